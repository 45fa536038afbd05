/** Real HTTP calls to a running simulator (Node's fetch), and the example fixtures they compare to. */
import { expect } from "@jest/globals";
import type { RunningSimulator } from "../../src/simulator/index.js";
import { example } from "../helpers/fixtures.js";

export const AUTHORIZATION = "Bearer test-token";

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is (for malformed or oversized bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Send no Authorization header. */
  anonymous?: boolean;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(simulator: RunningSimulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...(options.anonymous ? {} : { Authorization: AUTHORIZATION }), ...options.headers };
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["Content-Type"] ??= "application/json";
  const response = await fetch(`${simulator.url}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
}

export const ordersPath = (customerId: string, query = ""): string => `/v1/customers/${customerId}/orders${query}`;
export const orderPath = (customerId: string, orderId: string, query = ""): string =>
  `/v1/customers/${customerId}/orders/${orderId}${query}`;

/** One of Microsoft's example bodies (test/fixtures/partner-center). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- example bodies are read field by field
export const fixture = (name: string): any => example(name);

/** The etag Partner Center gives version `version` of an order. */
export const etag = (orderId: string, version: number): string =>
  Buffer.from(JSON.stringify({ id: orderId, version })).toString("base64");

/** Partner Center's error body. */
export const errorBody = (code: number | string, description: unknown = expect.any(String)) => ({
  code,
  description,
  data: [],
  source: "PartnerFD",
});
