/**
 * The caller of one GraphQL operation, read once from the incoming headers: the token forwarded
 * verbatim, the correlation id (generated when absent), ms-cv and locale. A malformed header is a
 * MalformedHeaderError, which the server answers with HTTP 400 before anything runs.
 */
import { randomUUID } from "node:crypto";
import { LocalRefusal } from "../errors/index.js";
import { REQUEST_KEY, type UpstreamCaller, newReadStats, readCachePolicy, requestGuid } from "../partner-center/index.js";

type Headers = Record<string, string | string[] | undefined>;

/** Used when the embedded simulator is the upstream and the request carries no token, so Sandbox works with no set-up. */
export const SIMULATOR_DEMO_TOKEN = "Bearer simulator-demo-token";

const HEADER_RULES: Record<string, { pattern: RegExp; accepts: string }> = {
  "ms-correlationid": REQUEST_KEY,
  "ms-cv": { pattern: /^[A-Za-z0-9+/=._-]{1,128}$/, accepts: "a correlation vector of 1–128 characters" },
  "x-locale": { pattern: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/, accepts: "a language tag such as en-US" },
  authorization: { pattern: /^[\x21-\x7e]+( [\x21-\x7e]+)*$/, accepts: "a printable credential such as 'Bearer <token>' of at most 16 KiB" },
};
const MAX_AUTHORIZATION_LENGTH = 16 * 1024;

/**
 * A request header that does not have the form it must have: a refusal of the whole request (400
 * BAD_USER_INPUT); the message names the header and what it accepts, never its value (it may be a credential).
 */
export class MalformedHeaderError extends LocalRefusal {
  override name = "MalformedHeaderError";

  constructor(readonly header: string, accepts: string) {
    super(`Header ${header} is malformed: expected ${accepts}`, "BAD_USER_INPUT", {}, 400);
  }
}

/**
 * The correlation id an answer carries: the caller's own when it is well-formed, else a new UUID.
 * For the server to echo on answers refused before an operation runs (a body that is not JSON, a
 * malformed header), where readCaller never gets to generate one.
 */
export function correlationIdFor(value: string | string[] | undefined): string {
  return typeof value === "string" && HEADER_RULES["ms-correlationid"]!.pattern.test(value) ? value : randomUUID();
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined || single === "") return undefined;
  const rule = HEADER_RULES[name];
  if (rule && (!rule.pattern.test(single) || single.length > MAX_AUTHORIZATION_LENGTH)) throw new MalformedHeaderError(name, rule.accepts);
  return single;
}

export interface CallerOptions {
  /** With the embedded simulator, a missing token is replaced by the demo token. */
  simulator: boolean;
  operationDeadlineMs: number;
  /** Epoch ms the operation starts at (its deadline counts from it). */
  now: number;
}

/** Caller plus whether a token was given (a real upstream refuses to be called without one). */
export interface Caller extends UpstreamCaller {
  authenticated: boolean;
}

export function readCaller(headers: Headers, options: CallerOptions): Caller {
  const authorization = header(headers, "authorization") ?? (options.simulator ? SIMULATOR_DEMO_TOKEN : undefined);
  const given = header(headers, "ms-correlationid") ?? randomUUID();
  const correlationId = requestGuid(given);
  return {
    authorization: authorization ?? "",
    authenticated: authorization !== undefined,
    correlationId,
    ...(given !== correlationId && { callerCorrelationId: given }),
    cv: header(headers, "ms-cv"),
    locale: header(headers, "x-locale"),
    deadline: options.now + options.operationDeadlineMs,
    stats: { calls: 0, retries: 0 },
    cachePolicy: readCachePolicy(header(headers, "cache-control")),
    reads: newReadStats(),
  };
}
