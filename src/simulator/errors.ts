/**
 * Partner Center's error answers: an HTTP status plus the `{code, description, data, source}` body
 * of Microsoft's error-400.json example (test/fixtures/partner-center). Store and server throw these; the server turns them into responses.
 */
import type { PartnerCenterErrorModel } from "../partner-center/models.js";

/**
 * Error codes. The numbers are Partner Center's own (docs/partner-center.md, Errors). Microsoft
 * documents none for an unknown route, a wrong method, an unknown order line or an oversized body,
 * and every number near the documented ones may mean something else upstream (800004, 800005 and
 * 800007 do), so those answers carry codes of the simulator's own: strings starting `Simulator`,
 * which no Partner Center answer uses.
 */
export const ErrorCode = {
  tokenMissing: 800001,
  invalidInput: 800002,
  unexpected: 800003,
  noCommerceRelationship: 20002,
  orderNotFound: 20000,
  billingCycleNotSupported: 6001,
  /** "Etag is no longer valid": a stale If-Match, answered with HTTP 400. */
  staleEtag: 2055,
  unableToProcessOrder: 4018,
  /** The simulator's own (undocumented upstream). */
  resourceNotFound: "SimulatorResourceNotFound",
  /** The simulator's own (undocumented upstream). */
  lineItemNotFound: "SimulatorLineItemNotFound",
  /** The simulator's own (undocumented upstream). */
  methodNotAllowed: "SimulatorMethodNotAllowed",
  /** The simulator's own (undocumented upstream). */
  payloadTooLarge: "SimulatorPayloadTooLarge",
} as const;

/**
 * A refusal the simulator answers with. Named apart from the facade's own `PartnerCenterError`
 * (src/partner-center/errors.ts), which is an unrelated class of the other program.
 */
export class SimulatorApiError extends Error {
  override name = "SimulatorApiError";

  constructor(
    readonly status: number,
    readonly code: number | string,
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

export const invalidInput = (description: string) => new SimulatorApiError(400, ErrorCode.invalidInput, description);

export const tokenMissing = () =>
  new SimulatorApiError(401, ErrorCode.tokenMissing, "Authorization token is missing or invalid.", {
    "WWW-Authenticate": "Bearer",
  });

export const noCommerceRelationship = (customerId: string) =>
  new SimulatorApiError(
    403,
    ErrorCode.noCommerceRelationship,
    `The partner does not have a commerce relationship with the customer ${customerId}.`,
  );

export const orderNotFound = (orderId: string) =>
  new SimulatorApiError(404, ErrorCode.orderNotFound, `Order ${orderId} was not found.`);

/** An unknown line of a known order: Microsoft documents no code for it. */
export const lineItemNotFound = (orderId: string, lineItemNumber: string | number) =>
  new SimulatorApiError(404, ErrorCode.lineItemNotFound, `Order ${orderId} has no line item number ${lineItemNumber}.`);

export const resourceNotFound = (path: string) =>
  new SimulatorApiError(404, ErrorCode.resourceNotFound, `No resource exists at ${path}.`);

export const methodNotAllowed = (method: string, allowed: readonly string[]) =>
  new SimulatorApiError(
    405,
    ErrorCode.methodNotAllowed,
    `The method ${method} is not allowed on this resource; allowed: ${allowed.join(", ")}.`,
    { Allow: allowed.join(", ") },
  );

/** A stale If-Match: Partner Center answers 400 with code 2055, not 412 (docs/partner-center.md, Concurrency). */
export const staleEtag = (orderId: string) =>
  new SimulatorApiError(
    400,
    ErrorCode.staleEtag,
    `Etag is no longer valid: order ${orderId} changed since it was read; read it again and retry.`,
  );

export const payloadTooLarge = (limitBytes: number) =>
  // The rest of an oversized body is not worth keeping the connection for.
  new SimulatorApiError(413, ErrorCode.payloadTooLarge, `The request body exceeds ${limitBytes} bytes.`, {
    Connection: "close",
  });

export const billingCycleNotSupported = (billingCycle: string, offerId: string) =>
  new SimulatorApiError(
    400,
    ErrorCode.billingCycleNotSupported,
    `The billing cycle '${billingCycle}' is not supported for the offer ${offerId}.`,
  );

export const unableToProcessOrder = (reason: string) =>
  new SimulatorApiError(400, ErrorCode.unableToProcessOrder, `Unable to process the order: ${reason}`);

export const unexpected = () =>
  new SimulatorApiError(500, ErrorCode.unexpected, "An unexpected error occurred in the service.");
