/**
 * The one key a caller is known by outside its own operation: in Redis keys and in-process maps
 * (rate budget, cool-downs). Never the token: its SHA-256, or — with CALLER_KEY_SECRET set, the
 * same on every replica — an HMAC-SHA-256 with that secret, so that a key read from Redis cannot
 * be confirmed against a guessed or leaked token by whoever can read Redis.
 */
import { createHash, createHmac } from "node:crypto";

export type CallerKeyFunction = (authorization: string) => string;

export function callerKeyFunction(secret: string | undefined): CallerKeyFunction {
  if (secret === undefined) return (authorization) => createHash("sha256").update(authorization).digest("hex");
  return (authorization) => createHmac("sha256", secret).update(authorization).digest("hex");
}
