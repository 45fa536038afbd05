/**
 * Keys a caller chooses that become Partner Center request ids: its `ms-correlationid` header
 * (sent as MS-CorrelationId) and updateOrder's idempotencyKey (sent as MS-RequestId). Partner
 * Center documents both headers as GUIDs (docs/partner-center.md, Headers), so a key that is not
 * one is sent as a UUID v5 of it: the same key always gives the same GUID, on every retry and
 * every replica, and the caller still sees its own value where it is echoed.
 */
import { createHash } from "node:crypto";

export const REQUEST_KEY = {
  pattern: /^[A-Za-z0-9._:-]{1,128}$/,
  accepts: "1–128 characters of A-Z a-z 0-9 . _ : -",
} as const;

/** The fixed namespace of those UUID v5s (README, Headers); changing it would change every derived id. */
export const REQUEST_ID_NAMESPACE = "47acec2d-4199-4fd8-bb83-8062625501eb";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE_BYTES = Buffer.from(REQUEST_ID_NAMESPACE.replace(/-/g, ""), "hex");

/** RFC 9562, section 5.5: SHA-1 of namespace and name, with the version (5) and variant bits set. */
export function uuidV5(name: string, namespace: Buffer = NAMESPACE_BYTES): string {
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID a caller's key is sent as: itself when it is a GUID, else its UUID v5. */
export const requestGuid = (key: string): string => (GUID.test(key) ? key : uuidV5(key));
