/**
 * Every `extensions.code` this service answers (docs/errors.md), in one closed list. Knows nothing
 * of GraphQL, so that src/partner-center/ can name its codes from it.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "UPSTREAM_ERROR",
  /** The process is stopping: a new operation (HTTP 503), or one cut off while Partner Center had not answered. */
  "SHUTTING_DOWN",
  /** Anything unexpected (a bug): nothing of it is shown. */
  "INTERNAL_SERVER_ERROR",
  /** A request body that is not a GraphQL request (413, 415, malformed JSON), answered before Apollo. */
  "BAD_REQUEST",
  /** Apollo's own, passed through as it sends them (introspection off, unknown fields, …). */
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a failure of a Partner Center call (or of the process cutting one off) can be: src/partner-center/errors.ts. */
export type UpstreamErrorCode = Extract<
  ErrorCode,
  "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UPSTREAM_ERROR" | "SHUTTING_DOWN"
>;

/** What this service refuses by itself, before or instead of a Partner Center call. */
export type RefusalCode = Extract<ErrorCode, "BAD_USER_INPUT" | "UNAUTHENTICATED">;
