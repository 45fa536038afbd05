/**
 * The body of an answer given before GraphQL runs at all (a body that is not JSON, 413, the
 * drain's 503): a GraphQL response of one error, as every other error of the contract looks.
 */
import type { ErrorCode } from "./codes.js";

export interface ErrorBody {
  errors: [{ message: string; extensions: { code: ErrorCode } }];
}

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ errors: [{ message, extensions: { code } }] });
