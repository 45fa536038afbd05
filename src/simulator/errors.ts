/**
 * Partner Center's error answers: an HTTP status plus the `{code, description, data, source}` body
 * of examples/error-400.json. Store and server throw these; the server turns them into responses.
 */
import type { PartnerCenterErrorModel } from "../partner-center/models.js";

/**
 * Error codes. The documented ones are Partner Center's own (REFERENCE.md "Errors"); Microsoft
 * documents none for an unknown route, a wrong method, a stale etag or an oversized body, so the
 * simulator picks codes for those next to 800001–800003 to keep them numeric like the rest.
 */
export const ErrorCode = {
  tokenMissing: 800001,
  invalidInput: 800002,
  unexpected: 800003,
  noCommerceRelationship: 20002,
  orderNotFound: 20000,
  billingCycleNotSupported: 6001,
  unableToProcessOrder: 4018,
  /** Simulator's choice (undocumented upstream). */
  resourceNotFound: 800004,
  /** Simulator's choice (undocumented upstream). */
  methodNotAllowed: 800005,
  /** Simulator's choice (undocumented upstream). */
  preconditionFailed: 800006,
  /** Simulator's choice (undocumented upstream). */
  payloadTooLarge: 800007,
} as const;

export class PartnerCenterError extends Error {
  override name = "PartnerCenterError";

  constructor(
    readonly status: number,
    readonly code: number,
    readonly description: string,
    /** Headers the answer needs besides the usual ones (Allow, WWW-Authenticate). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(description);
  }

  /** The wire body, key order as in Microsoft's examples. */
  toBody(): Required<PartnerCenterErrorModel> {
    return { code: this.code, description: this.description, data: [], source: "PartnerFD" };
  }
}

export const invalidInput = (description: string) => new PartnerCenterError(400, ErrorCode.invalidInput, description);

export const tokenMissing = () =>
  new PartnerCenterError(401, ErrorCode.tokenMissing, "Authorization token is missing or invalid.", {
    "WWW-Authenticate": "Bearer",
  });

export const noCommerceRelationship = (customerId: string) =>
  new PartnerCenterError(
    403,
    ErrorCode.noCommerceRelationship,
    `The partner does not have a commerce relationship with the customer ${customerId}.`,
  );

export const orderNotFound = (orderId: string) =>
  new PartnerCenterError(404, ErrorCode.orderNotFound, `Order ${orderId} was not found.`);

export const resourceNotFound = (path: string) =>
  new PartnerCenterError(404, ErrorCode.resourceNotFound, `No resource exists at ${path}.`);

export const methodNotAllowed = (method: string, allowed: readonly string[]) =>
  new PartnerCenterError(
    405,
    ErrorCode.methodNotAllowed,
    `The method ${method} is not allowed on this resource; allowed: ${allowed.join(", ")}.`,
    { Allow: allowed.join(", ") },
  );

export const preconditionFailed = (orderId: string) =>
  new PartnerCenterError(
    412,
    ErrorCode.preconditionFailed,
    `The If-Match etag does not match the current version of order ${orderId}; read the order again and retry.`,
  );

export const payloadTooLarge = (limitBytes: number) =>
  // The rest of an oversized body is not worth keeping the connection for.
  new PartnerCenterError(413, ErrorCode.payloadTooLarge, `The request body exceeds ${limitBytes} bytes.`, {
    Connection: "close",
  });

export const billingCycleNotSupported = (billingCycle: string, offerId: string) =>
  new PartnerCenterError(
    400,
    ErrorCode.billingCycleNotSupported,
    `The billing cycle '${billingCycle}' is not supported for the offer ${offerId}.`,
  );

export const unableToProcessOrder = (reason: string) =>
  new PartnerCenterError(400, ErrorCode.unableToProcessOrder, `Unable to process the order: ${reason}`);

export const unexpected = () =>
  new PartnerCenterError(500, ErrorCode.unexpected, "An unexpected error occurred in the service.");
