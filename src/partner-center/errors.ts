/**
 * The upstream half of the error contract: an upstream HTTP outcome → a PartnerCenterError carrying
 * the stable code of docs/errors.md. Knows nothing of GraphQL (it imports only the GraphQL-free
 * files of src/errors/, whose graphql.ts turns it into a GraphQLError). Messages are for humans and
 * never hold a URL, a token or a stack. Refusals made without a call are LocalRefusals, not these.
 */
import type { UpstreamErrorCode } from "../errors/codes.js";
import { ContractError } from "../errors/contract-error.js";
import type { PartnerCenterErrorModel, ThrottleErrorModel } from "./models.js";

/** What Partner Center said about a failure, as far as it said it. */
export interface UpstreamDetails {
  status?: number;
  code?: number | string;
  description?: string;
  source?: string;
  data?: unknown[];
}

export interface PartnerCenterErrorOptions {
  upstream?: UpstreamDetails;
  correlationId?: string;
  /** Seconds the caller should wait before trying again (RATE_LIMITED). */
  retryAfter?: number;
}

export class PartnerCenterError extends ContractError {
  override name = "PartnerCenterError";
  declare readonly code: UpstreamErrorCode;
  readonly upstream: UpstreamDetails | undefined;
  readonly correlationId: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(message: string, code: UpstreamErrorCode, options: PartnerCenterErrorOptions = {}) {
    super(message, code);
    this.upstream = options.upstream;
    this.correlationId = options.correlationId;
    this.retryAfter = options.retryAfter;
  }

  /** extensions.correlationId, .upstream and .retryAfter, as far as they are known (docs/errors.md). */
  protected override details(): Record<string, unknown> {
    return {
      ...(this.correlationId && { correlationId: this.correlationId }),
      ...(this.upstream && { upstream: this.upstream }),
      ...(this.retryAfter !== undefined && { retryAfter: this.retryAfter }),
    };
  }
}

/** Reads the error body Partner Center sent: the usual `{code, description, data, source}` or the 429 `{statusCode, message}`. */
export function readUpstreamDetails(status: number, body: string): UpstreamDetails {
  const details: UpstreamDetails = { status };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return details;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return details;
  const error = parsed as PartnerCenterErrorModel & ThrottleErrorModel;
  const code = error.code ?? error.statusCode;
  if (typeof code === "number" || typeof code === "string") details.code = code;
  const description = error.description ?? error.message;
  if (typeof description === "string") details.description = description;
  if (typeof error.source === "string") details.source = error.source;
  if (Array.isArray(error.data)) details.data = error.data;
  return details;
}

const codeByStatus: Record<number, UpstreamErrorCode> = {
  400: "BAD_USER_INPUT",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  412: "CONFLICT",
  429: "RATE_LIMITED",
};

const summaryByCode: Record<UpstreamErrorCode, string> = {
  BAD_USER_INPUT: "Partner Center rejected the request",
  UNAUTHENTICATED: "Partner Center rejected the credentials",
  FORBIDDEN: "Partner Center refused access",
  NOT_FOUND: "Partner Center found no such resource",
  CONFLICT: "The order changed since it was read (etag mismatch); read it again and retry",
  RATE_LIMITED: "Partner Center is throttling this caller",
  UPSTREAM_ERROR: "Partner Center failed to answer",
  SHUTTING_DOWN: "The server is shutting down",
};

/**
 * Partner Center's code for a stale If-Match: "Etag is no longer valid", sent with HTTP 400, not
 * 412 (docs/partner-center.md, Concurrency). It is a concurrency conflict, whatever the status.
 */
export const STALE_ETAG_CODE = 2055;

/** What a caller can do about a 401/403 of an endpoint with credential needs of its own (docs/partner-center.md, Credentials). */
export interface CredentialHint {
  hint?: string;
}

/** Maps a non-2xx upstream answer to the contract's error. */
export function errorFromStatus(
  status: number,
  body: string,
  correlationId: string,
  retryAfter?: number,
  credentials: CredentialHint = {},
): PartnerCenterError {
  const upstream = readUpstreamDetails(status, body);
  const staleEtag = upstream.code === STALE_ETAG_CODE || upstream.code === String(STALE_ETAG_CODE);
  const code = staleEtag ? "CONFLICT" : (codeByStatus[status] ?? "UPSTREAM_ERROR");
  let message = `${summaryByCode[code]} (HTTP ${status})`;
  if (upstream.description) message += `: ${upstream.description}`;
  if (code === "RATE_LIMITED" && retryAfter !== undefined) message += `; retry after ${retryAfter} s`;
  if ((code === "UNAUTHENTICATED" || code === "FORBIDDEN") && credentials.hint) message += `; ${credentials.hint}`;
  return new PartnerCenterError(message, code, { upstream, correlationId, retryAfter });
}

/** A failure with no usable HTTP answer: timeout, reset, malformed body, refused link. */
export function upstreamFailure(reason: string, correlationId: string, status?: number): PartnerCenterError {
  return new PartnerCenterError(`${summaryByCode.UPSTREAM_ERROR}: ${reason}`, "UPSTREAM_ERROR", {
    correlationId,
    upstream: status === undefined ? undefined : { status },
  });
}

/**
 * The operation was still waiting for Partner Center when the shutdown deadline passed: its call
 * was aborted. A change may or may not have been applied; the same idempotencyKey makes a retry safe.
 */
export function shuttingDown(correlationId: string): PartnerCenterError {
  return new PartnerCenterError(
    `${summaryByCode.SHUTTING_DOWN}: the operation was cut off before Partner Center answered; retry it (an updateOrder retried with the same idempotencyKey is applied once)`,
    "SHUTTING_DOWN",
    { correlationId },
  );
}
