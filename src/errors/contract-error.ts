/**
 * The base of every deliberate failure: a code of codes.ts, a message for humans (never a URL, a
 * token or a stack) and the extension fields docs/errors.md gives it. No GraphQL here: graphql.ts
 * turns one into a GraphQLError, and formatError answers it exactly as `extensions` says.
 */
import type { ErrorCode } from "./codes.js";

/** `extensions` of the GraphQL error: the code first, then the fields that describe this failure. */
export type ContractExtensions = { readonly code: ErrorCode } & Readonly<Record<string, unknown>>;

export abstract class ContractError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
  }

  /** The fields beside `code`; absent ones are left out, never sent as null. */
  protected abstract details(): Record<string, unknown>;

  /**
   * A getter, not an own property: graphql-js adopts an original error's `extensions` for the
   * GraphQLError it locates, so a thrown contract error carries its code on every execution path.
   */
  get extensions(): ContractExtensions {
    return { code: this.code, ...this.details() };
  }
}
