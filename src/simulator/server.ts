/**
 * The simulator's HTTP side (node:http only): reads and records requests (the most recent ones,
 * credentials redacted), answers through the routes with Partner Center's headers and error
 * bodies, and shuts down promptly.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SimulatorApiError, payloadTooLarge, unexpected } from "./errors.js";
import { DEFAULT_REQUEST_LOG_SIZE, MAX_RECORDED_BODY_BYTES, record, redactHeaders, type RecordedRequest } from "./request-log.js";
import { createRouter, type ApiReply, type ApiRequest } from "./routes.js";
import { seedStore } from "./seed.js";
import { SimulatorStore, type StoreOptions } from "./store.js";

export type { RecordedRequest } from "./request-log.js";

export interface SimulatorOptions extends StoreOptions {
  /** Listen port; 0 (the default) picks a free one. */
  port?: number;
  /** Listen address; default 127.0.0.1. */
  host?: string;
  /** The path segment before /customers; default "v1". */
  apiVersion?: string;
  /** How many recent requests `requests` keeps; default 1000, 0 keeps none. */
  requestLogSize?: number;
  /**
   * Orders added to the store after start join GET …/orders this many milliseconds later, as a
   * new order takes up to 15 minutes to appear in Partner Center's list; default 0 (at once).
   */
  listLagMs?: number;
}

export interface RunningSimulator {
  /** Base URL without the version, e.g. http://127.0.0.1:PORT. */
  url: string;
  /**
   * The most recent requests received (`requestLogSize` of them), oldest first, refused ones
   * included, with the Authorization value replaced by its fingerprint. Tests may empty it.
   */
  requests: RecordedRequest[];
  store: SimulatorStore;
  /** Stops listening and closes every connection, idle keep-alive ones included. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const SERVER_ID = "pc-simulator-01";

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** The body and its size; no bytes when it exceeds the limit (the rest is read and dropped). */
async function readBody(request: IncomingMessage): Promise<{ bytes: Buffer | undefined; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return { bytes: size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks), size };
}

function parseJson(bytes: Buffer): { body: unknown; malformed: boolean } {
  if (bytes.length === 0) return { body: undefined, malformed: false };
  try {
    return { body: JSON.parse(bytes.toString("utf8")), malformed: false };
  } catch {
    return { body: undefined, malformed: true };
  }
}

/**
 * Partner Center echoes the caller's request and correlation ids (generating them when absent),
 * extends the correlation vector, and names the server that answered.
 */
function correlationHeaders(headers: Record<string, string>): Record<string, string> {
  const incomingCv = headers["ms-cv"];
  return {
    "MS-RequestId": headers["ms-requestid"] || randomUUID(),
    "MS-CorrelationId": headers["ms-correlationid"] || randomUUID(),
    "MS-CV": incomingCv ? `${incomingCv}.1` : `${randomBytes(16).toString("base64").slice(0, 22)}.1`,
    "MS-ServerId": SERVER_ID,
  };
}

/** The route's reply, or the Partner Center error it threw (anything else is a 500). */
function answer(produce: () => ApiReply): ApiReply & { headers: Readonly<Record<string, string>> } {
  try {
    return { ...produce(), headers: {} };
  } catch (error) {
    const failure = error instanceof SimulatorApiError ? error : unexpected();
    return { status: failure.status, body: failure.toBody(), headers: failure.headers };
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? "127.0.0.1";
  const store = new SimulatorStore(options);
  seedStore(store);
  store.listLagMs = options.listLagMs ?? 0;
  const route = createRouter(store, options.apiVersion ?? "v1");
  const requestLogSize = options.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE;
  const requests: RecordedRequest[] = [];
  /** Responses not yet written: on close, their requests are still sending bodies. */
  const unanswered = new Set<ServerResponse>();
  let closing = false;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    unanswered.add(response);
    response.on("close", () => unanswered.delete(response));
    // A keep-alive connection that finishes its answer after close() began must not linger.
    response.on("finish", () => {
      if (closing) response.socket?.end();
    });

    const { bytes, size: bodyBytes } = await readBody(request);
    const target = request.url ?? "/";
    const queryStart = target.includes("?") ? target.indexOf("?") : target.length;
    const rawPath = target.slice(0, queryStart);
    const rawQuery = target.slice(queryStart + 1);
    const headers = headerRecord(request);
    const query = Object.fromEntries(new URLSearchParams(rawQuery));
    const { body, malformed } = bytes ? parseJson(bytes) : { body: undefined, malformed: false };
    const method = request.method ?? "GET";
    // Recorded before any check, so tests see refused calls too.
    record(
      requests,
      { method, path: decode(rawPath), query, headers: redactHeaders(headers), body: bodyBytes <= MAX_RECORDED_BODY_BYTES ? body : undefined, bodyBytes },
      requestLogSize,
    );

    const apiRequest: ApiRequest = {
      method,
      segments: rawPath.split("/").slice(1).map(decode),
      query,
      headers,
      body,
      bodyIsMalformed: malformed,
    };
    const reply = answer(() => {
      if (!bytes) throw payloadTooLarge(MAX_BODY_BYTES);
      return route(apiRequest);
    });
    unanswered.delete(response);
    send(response, reply.status, reply.body, { ...correlationHeaders(headers), ...reply.headers });
  }

  const server = createServer((request, response) => {
    // A client that hangs up mid-body leaves nothing to answer.
    handle(request, response).catch(() => response.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    requests,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        // Requests still sending their bodies would hold close() open indefinitely.
        for (const response of unanswered) response.socket?.destroy();
      }),
  };
}
