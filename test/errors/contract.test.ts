/** src/errors/ on its own: what each kind of failure becomes, before any server is involved. */
import { describe, expect, it } from "@jest/globals";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ERROR_CODES, LocalRefusal, badUserInput, contractErrorOf, errorBody, formatError, overLimit, toGraphQLError } from "../../src/errors/index.js";
import { PartnerCenterError, errorFromStatus } from "../../src/partner-center/index.js";

/** What Apollo hands formatError for an error a resolver threw at `customer.orders`. */
const thrownAt = (error: Error): [GraphQLFormattedError, unknown] => {
  const located = new GraphQLError(error.message, { path: ["customer", "orders"], originalError: error });
  return [{ message: located.message, path: ["customer", "orders"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at secret.ts:1"] } }, located];
};

describe("the error contract", () => {
  it("answers a refusal with its code and the fields it names, none absent ones", () => {
    expect(formatError(...thrownAt(badUserInput("customerId", "must not be empty")))).toEqual({
      message: "Invalid argument customerId: must not be empty",
      path: ["customer", "orders"],
      extensions: { code: "BAD_USER_INPUT", argument: "customerId" },
    });
  });

  it("answers Partner Center's error with its correlation id and what Partner Center said", () => {
    const upstream = errorFromStatus(404, JSON.stringify({ code: 600, description: "gone" }), "corr-1");
    expect(formatError(...thrownAt(upstream))).toEqual({
      message: "Partner Center found no such resource (HTTP 404): gone",
      path: ["customer", "orders"],
      extensions: { code: "NOT_FOUND", correlationId: "corr-1", upstream: { status: 404, code: 600, description: "gone" } },
    });
  });

  it("masks anything else: a generic message, INTERNAL_SERVER_ERROR, no stack", () => {
    expect(formatError(...thrownAt(new TypeError("cannot read x of undefined at /srv/secret")))).toEqual({
      message: "Internal server error",
      path: ["customer", "orders"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("finds the contract error behind the GraphQLErrors wrapped around it", () => {
    const refusal = overLimit("too deep", "MAX_QUERY_DEPTH");
    const wrapped = new GraphQLError("validation", { originalError: toGraphQLError(refusal) });
    expect(contractErrorOf(wrapped)).toBe(refusal);
    expect(contractErrorOf(new GraphQLError("plain"))).toBeUndefined();
  });

  it("gives a GraphQLError the HTTP status of a refusal of the whole request, and only then", () => {
    expect(toGraphQLError(new LocalRefusal("bad header", "BAD_USER_INPUT", {}, 400)).extensions).toEqual({ code: "BAD_USER_INPUT", http: { status: 400 } });
    expect(toGraphQLError(badUserInput("id", "must be a string")).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "id" });
    expect(toGraphQLError(new PartnerCenterError("slow down", "RATE_LIMITED", { retryAfter: 3 })).extensions).toEqual({ code: "RATE_LIMITED", retryAfter: 3 });
  });

  it("lets graphql-js carry a thrown contract error's extensions on the error it locates", () => {
    expect(new GraphQLError("x", { originalError: badUserInput("input", "give at least one field to change") }).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input" });
  });

  it("answers what is refused before GraphQL runs in the same shape, with a code of the list", () => {
    expect(errorBody("SHUTTING_DOWN", "The server is shutting down")).toEqual({ errors: [{ message: "The server is shutting down", extensions: { code: "SHUTTING_DOWN" } }] });
    expect(ERROR_CODES).toContain("SHUTTING_DOWN");
  });
});
