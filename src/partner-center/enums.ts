/**
 * The one set of enum maps. Domain enums are string enums whose values are the GraphQL names;
 * beside each, how Partner Center spells them on the wire. Reading is case- and separator-
 * insensitive (`one_time`, `OneTime`, `ONE-TIME`) and never fails: anything unrecognised is UNKNOWN.
 */

export enum BillingCycle {
  UNKNOWN = "UNKNOWN",
  MONTHLY = "MONTHLY",
  ANNUAL = "ANNUAL",
  NONE = "NONE",
  ONE_TIME = "ONE_TIME",
  TRIENNIAL = "TRIENNIAL",
  BIENNIAL = "BIENNIAL",
}

export enum OrderStatus {
  UNKNOWN = "UNKNOWN",
  COMPLETED = "COMPLETED",
  PENDING = "PENDING",
  PENDING_PO_UPLOAD = "PENDING_PO_UPLOAD",
  PO_UPLOAD_COMPLETE = "PO_UPLOAD_COMPLETE",
  CANCELLED = "CANCELLED",
  PARTIAL_SUCCESS = "PARTIAL_SUCCESS",
  PO_REVIEW_REJECTED = "PO_REVIEW_REJECTED",
  SUSPENDED = "SUSPENDED",
  PENDING_REVIEW = "PENDING_REVIEW",
  ERROR = "ERROR",
}

const normalize = (value: string): string => value.replace(/[_\-\s]/g, "").toLowerCase();

function indexByNormalizedName<E extends string>(values: readonly E[]): Map<string, E> {
  return new Map(values.map((value) => [normalize(value), value]));
}

const billingCycleByName = indexByNormalizedName(Object.values(BillingCycle));
const orderStatusByName = indexByNormalizedName(Object.values(OrderStatus));

/** Reads a billing cycle as Partner Center sent it; unrecognised or absent → UNKNOWN / null. */
export function readBillingCycle(wire: unknown): BillingCycle | null {
  if (wire === undefined || wire === null) return null;
  return (typeof wire === "string" && billingCycleByName.get(normalize(wire))) || BillingCycle.UNKNOWN;
}

/** Reads an order status as Partner Center sent it (an open set upstream); unrecognised → UNKNOWN. */
export function readOrderStatus(wire: unknown): OrderStatus | null {
  if (wire === undefined || wire === null) return null;
  return (typeof wire === "string" && orderStatusByName.get(normalize(wire))) || OrderStatus.UNKNOWN;
}

/** Order bodies use lower snake: ONE_TIME → one_time. */
export const toWireBillingCycle = (value: BillingCycle): string => value.toLowerCase();
export const toWireOrderStatus = (value: OrderStatus): string => value.toLowerCase();

/** The `billingType` query parameter uses the PascalCase name, as the .NET SDK sends it: ONE_TIME → OneTime. */
export const toBillingTypeQuery = (value: BillingCycle): string =>
  value
    .toLowerCase()
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
