/**
 * The one set of enum maps. Domain enums are string enums whose values are the GraphQL names;
 * the wire spellings are models.ts's (shared with the simulator). Reading is case- and separator-
 * insensitive (`one_time`, `OneTime`, `ONE-TIME`) and never fails: anything unrecognised is UNKNOWN.
 */
import { WIRE_BILLING_CYCLES, WIRE_ORDER_STATUSES, type WireBillingCycle, type WireOrderStatus, readWireBillingCycle, readWireOrderStatus } from "./models.js";

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

// Each wire value's GraphQL name is its upper case; the types make a wire value without one a compile error.
const billingCycleOfWire = new Map(WIRE_BILLING_CYCLES.map((wire) => [wire, BillingCycle[wire.toUpperCase() as Uppercase<WireBillingCycle>]]));
const orderStatusOfWire = new Map(WIRE_ORDER_STATUSES.map((wire) => [wire, OrderStatus[wire.toUpperCase() as Uppercase<WireOrderStatus>]]));

/** Reads a billing cycle as Partner Center sent it; unrecognised or absent → UNKNOWN / null. */
export function readBillingCycle(wire: unknown): BillingCycle | null {
  if (wire === undefined || wire === null) return null;
  const known = typeof wire === "string" ? readWireBillingCycle(wire) : undefined;
  return known === undefined ? BillingCycle.UNKNOWN : billingCycleOfWire.get(known)!;
}

/** Reads an order status as Partner Center sent it (an open set upstream); unrecognised → UNKNOWN. */
export function readOrderStatus(wire: unknown): OrderStatus | null {
  if (wire === undefined || wire === null) return null;
  const known = typeof wire === "string" ? readWireOrderStatus(wire) : undefined;
  return known === undefined ? OrderStatus.UNKNOWN : orderStatusOfWire.get(known)!;
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
