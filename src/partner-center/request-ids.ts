/**
 * Keys a caller chooses that become Partner Center request ids: its `ms-correlationid` header
 * (sent as MS-CorrelationId) and updateOrder's idempotencyKey (sent as MS-RequestId). One form for both.
 */
export const REQUEST_KEY = {
  pattern: /^[A-Za-z0-9._:-]{1,128}$/,
  accepts: "1–128 characters of A-Z a-z 0-9 . _ : -",
} as const;
