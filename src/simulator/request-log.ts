/**
 * What the simulator remembers of the requests it received, for tests and demos to look at:
 * the most recent ones only (a bounded log, oldest dropped first), and never a credential.
 *
 * The log is a plain array so that tests keep reading it with `filter`, `at(-1)` and
 * `length = 0`; `record` keeps it at its bound. Each entry is bounded too: headers by Node's
 * header limit (16 KiB), bodies by MAX_RECORDED_BODY_BYTES.
 */
import { createHmac, randomBytes } from "node:crypto";

export interface RecordedRequest {
  method: string;
  /** The pathname as received, percent-decoded, e.g. /v1/customers/x/orders. */
  path: string;
  query: Record<string, string>;
  /**
   * Lower-case names. `authorization` is never the value received: it is the scheme followed by
   * a fingerprint (see `authorizationFingerprint`), e.g. `Bearer [redacted:3f09c1a2b7de]`.
   */
  headers: Record<string, string>;
  /**
   * The parsed JSON body; undefined when there was none, it was not JSON, or it was larger than
   * MAX_RECORDED_BODY_BYTES (then `bodyBytes` still says how large it was).
   */
  body: unknown;
  /** The size of the body received, in bytes. */
  bodyBytes: number;
}

/** Bodies larger than this are answered as usual but not kept in the log. */
export const MAX_RECORDED_BODY_BYTES = 16 * 1024;

/** The default number of requests kept. */
export const DEFAULT_REQUEST_LOG_SIZE = 1000;

/**
 * A key of this process only: fingerprints cannot be recomputed elsewhere, so even a short or
 * guessable token cannot be recovered from a log by trying candidates offline.
 */
const FINGERPRINT_KEY = randomBytes(32);

/**
 * What the log records instead of an Authorization value: its scheme (as sent) and the first 12
 * hex digits of an HMAC-SHA-256 of the whole value under a per-process key. Equal values give
 * equal fingerprints within one process, so a test can still tell which token was forwarded
 * (`expect(recorded).toBe(authorizationFingerprint("Bearer abc"))`) without the log holding it.
 */
export function authorizationFingerprint(value: string): string {
  const digest = createHmac("sha256", FINGERPRINT_KEY).update(value).digest("hex").slice(0, 12);
  const scheme = /^(\S+)\s/.exec(value)?.[1];
  return scheme === undefined ? `[redacted:${digest}]` : `${scheme} [redacted:${digest}]`;
}

/** Headers as the log keeps them: the Authorization value replaced by its fingerprint. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const redacted = { ...headers };
  if (redacted.authorization !== undefined) redacted.authorization = authorizationFingerprint(redacted.authorization);
  return redacted;
}

/** Appends an entry and drops the oldest ones past `size` (0 keeps nothing). */
export function record(log: RecordedRequest[], entry: RecordedRequest, size: number): void {
  log.push(entry);
  if (log.length > size) log.splice(0, log.length - size);
}
