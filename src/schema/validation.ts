/**
 * Argument checks done before any upstream call; each failure is BAD_USER_INPUT naming the argument.
 */
import { badUserInput } from "../errors/index.js";

const MAX_ID_LENGTH = 256;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** A UTF-16 surrogate without its pair: no character at all, and encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Ids are opaque but travel in URL paths: no empty, over-long, path-changing or control characters. */
export function assertId(argument: string, value: string): string {
  if (value.trim() === "") throw badUserInput(argument, "must not be empty");
  if (value.length > MAX_ID_LENGTH) throw badUserInput(argument, `must be at most ${MAX_ID_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(value)) throw badUserInput(argument, "must not contain control characters");
  if (LONE_SURROGATE.test(value)) throw badUserInput(argument, "must be well-formed Unicode (it has a lone surrogate)");
  if (/[/?#%\\]/.test(value)) throw badUserInput(argument, "must not contain / ? # % or \\");
  if (value.includes("..")) throw badUserInput(argument, "must not contain ..");
  return value;
}

/** Free-text filters that travel in a query string. */
export function assertText(argument: string, value: string, maxLength = MAX_ID_LENGTH): string {
  if (value.length > maxLength) throw badUserInput(argument, `must be at most ${maxLength} characters`);
  if (CONTROL_CHARACTERS.test(value)) throw badUserInput(argument, "must not contain control characters");
  if (LONE_SURROGATE.test(value)) throw badUserInput(argument, "must be well-formed Unicode (it has a lone surrogate)");
  return value;
}
