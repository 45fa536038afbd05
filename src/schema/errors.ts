/**
 * GraphQL side of the one error mapping: PartnerCenterError → extensions of docs/errors.md
 * (code, correlationId, upstream, retryAfter); anything that is not a deliberate error is masked.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { PartnerCenterError, upstreamFailure } from "../partner-center/index.js";

/**
 * A refused argument: BAD_USER_INPUT naming the argument, before any upstream call; `field` names
 * the part of an input object at fault (`lineItems[0].subscriptionId`), as extensions.field.
 */
export function badUserInput(argument: string, problem: string, field?: string): GraphQLError {
  return new GraphQLError(`Invalid argument ${argument}${field === undefined ? "" : `.${field}`}: ${problem}`, {
    extensions: { code: "BAD_USER_INPUT", argument, ...(field !== undefined && { field }) },
  });
}

function extensionsOf(error: PartnerCenterError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.correlationId) extensions.correlationId = error.correlationId;
  if (error.upstream) extensions.upstream = error.upstream;
  if (error.retryAfter !== undefined) extensions.retryAfter = error.retryAfter;
  return extensions;
}

/**
 * Apollo's formatError: keeps path and locations, replaces the message and extensions with the
 * contract's. Stack traces never leave the process; unexpected errors become INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { message, locations, path } = formatted;
  if (original instanceof PartnerCenterError) {
    return { message: original.message, locations, path, extensions: extensionsOf(original) };
  }
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
  // A document refused by a limit (too deep, too many aliases) is bad input, like one over the upstream-call budget.
  const limit = formatted.extensions?.limit;
  if (code === "GRAPHQL_VALIDATION_FAILED" && typeof limit === "string") {
    return { message, locations, path, extensions: { code: "BAD_USER_INPUT", limit } };
  }
  if (original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message, locations, path, extensions };
  }
  return { message: "Internal server error", locations, path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * An execution error that no resolver threw: the engine found a value that does not fit the schema
 * (a scalar it cannot serialize, a null in a non-null field). Every value comes from Partner
 * Center's answer through the mapping, so Partner Center sent something other than the JSON
 * expected: UPSTREAM_ERROR with the correlation id (docs/errors.md), never an internal error.
 * graphql-jit reports these with no originalError; graphql-js (mutations) with the scalar's own
 * "cannot represent" error.
 */
export function asUpstreamShapeError(error: GraphQLError, correlationId: string | undefined): GraphQLError | undefined {
  const original = error.originalError;
  const fromEngine =
    original === undefined || original === null
      ? true
      : !(original instanceof PartnerCenterError) && !(original instanceof GraphQLError && original.extensions.code !== undefined) && /cannot represent/i.test(original.message);
  if (!fromEngine || correlationId === undefined) return undefined;
  const shaped = new GraphQLError(error.message, {
    path: error.path,
    originalError: upstreamFailure(`its answer does not fit the schema: ${error.message}`, correlationId, 200),
  });
  return Object.assign(shaped, { locations: error.locations });
}
