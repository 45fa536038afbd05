import { GraphQLError } from "graphql";

/**
 * graphql-js reports a scalar's own GraphQLError from parseLiteral as it is, so a malformed literal
 * could not be told apart from other validation errors. Rethrown as a plain error, it is reported
 * as `Expected value of type "X", found …; <reason>`, which formatError answers as BAD_USER_INPUT.
 */
export function withPlainErrors<A extends unknown[], R>(parse: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return parse(...args);
    } catch (error) {
      throw error instanceof GraphQLError ? new TypeError(error.message) : error;
    }
  };
}
