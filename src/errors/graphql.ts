/**
 * The GraphQL side of the contract: a ContractError (a LocalRefusal, a PartnerCenterError) as a
 * GraphQLError, and Apollo's formatError, which answers every error as docs/errors.md says and
 * masks anything that is not a deliberate error as INTERNAL_SERVER_ERROR.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError, type SourceLocation } from "graphql";
import { ContractError } from "./contract-error.js";
import { LocalRefusal } from "./local-refusal.js";

export interface Located {
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<SourceLocation>;
}

/**
 * A contract error as a GraphQLError, for where a GraphQLError must be thrown or reported (Apollo's
 * context and plugin hooks, validation rules, an executor's result). A refusal of the whole request
 * carries its HTTP status, which Apollo takes off the extensions before answering.
 */
export function toGraphQLError(error: ContractError, located: Located = {}): GraphQLError {
  const httpStatus = error instanceof LocalRefusal ? error.httpStatus : undefined;
  const shaped = new GraphQLError(error.message, {
    path: located.path,
    originalError: error,
    extensions: { ...error.extensions, ...(httpStatus !== undefined && { http: { status: httpStatus } }) },
  });
  return located.locations === undefined ? shaped : Object.assign(shaped, { locations: located.locations });
}

/**
 * graphql-jit's errors imitate GraphQLError without its `extensions` object, which Apollo's error
 * formatting reads; rebuilt as real ones, they keep path, locations and the resolver's error.
 */
export function asRealGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  return Object.assign(rebuilt, { locations: error.locations });
}

/** The contract error behind an error as Apollo hands it over: thrown by a resolver, wrapped by an engine or by Apollo. */
export function contractErrorOf(error: unknown): ContractError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    if (current instanceof ContractError) return current;
    if (!(current instanceof GraphQLError)) return undefined;
    current = current.originalError;
  }
  return undefined;
}

const INTERNAL: GraphQLFormattedError["extensions"] = { code: "INTERNAL_SERVER_ERROR" };

/**
 * Apollo's formatError: keeps path and locations, replaces the message and extensions with the
 * contract's. Stack traces never leave the process; unexpected errors become INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { message, locations, path } = formatted;
  const contract = contractErrorOf(error);
  if (contract) return { message: contract.message, locations, path, extensions: contract.extensions };
  const code = formatted.extensions?.code;
  // A literal argument of the wrong form (a malformed DateTime, a JSONObject that is not an object)
  // is a validation error to graphql-js; to the caller it is bad input, as it is when sent as a variable.
  if (code === "GRAPHQL_VALIDATION_FAILED" && message.startsWith("Expected value of type")) {
    return { message, locations, path, extensions: { code: "BAD_USER_INPUT" } };
  }
  // Apollo's refusal tells the caller to "pass introspection: true to ApolloServer": a setting of
  // this service's code, not one a caller or operator can act on. The operator's switch is named instead.
  if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.extensions?.validationErrorCode === "INTROSPECTION_DISABLED") {
    return {
      message: "Introspection is off on this server (NODE_ENV=production; GRAPHQL_INTROSPECTION=true turns it on)",
      locations,
      path,
      extensions: { code, validationErrorCode: "INTROSPECTION_DISABLED" },
    };
  }
  // Apollo's own errors (parse, validation, persisted queries) and the engines' are deliberate: as sent, without stack.
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message, locations, path, extensions };
  }
  return { message: "Internal server error", locations, path, extensions: INTERNAL };
}

/**
 * An execution error that no resolver threw: the engine found a value that does not fit the schema
 * (a scalar it cannot serialize, a null in a non-null field). Every value comes from Partner
 * Center's answer through the mapping, so Partner Center sent something other than the JSON
 * expected: UPSTREAM_ERROR with the correlation id (docs/errors.md), never an internal error.
 * graphql-jit reports these with no originalError; graphql-js (mutations) with the scalar's own
 * "cannot represent" error. `upstreamFailure` makes the upstream error for a reason (src/partner-center).
 */
export function asUpstreamShapeError(error: GraphQLError, upstreamFailure: ((reason: string) => ContractError) | undefined): GraphQLError | undefined {
  const original = error.originalError;
  const fromEngine =
    original === undefined || original === null
      ? true
      : !(original instanceof ContractError) && !(original instanceof GraphQLError && original.extensions.code !== undefined) && /cannot represent/i.test(original.message);
  if (!fromEngine || upstreamFailure === undefined) return undefined;
  const shaped = new GraphQLError(error.message, { path: error.path, originalError: upstreamFailure(`its answer does not fit the schema: ${error.message}`) });
  return Object.assign(shaped, { locations: error.locations });
}
