/**
 * Reading billing cycles and order statuses the way Partner Center does: case- and
 * separator-insensitively (`Annual`, `annual`, `OneTime`, `one_time`), always answering with the
 * lower-snake value the service writes in order bodies.
 */
import { WIRE_BILLING_CYCLES, WIRE_ORDER_STATUSES } from "../partner-center/models.js";

export type WireBillingCycle = (typeof WIRE_BILLING_CYCLES)[number];
export type WireOrderStatus = (typeof WIRE_ORDER_STATUSES)[number];

const compact = (value: string): string => value.replace(/[_\-\s]/g, "").toLowerCase();

const billingCycleByName = new Map<string, WireBillingCycle>(WIRE_BILLING_CYCLES.map((cycle) => [compact(cycle), cycle]));

const orderStatusByName = new Map<string, WireOrderStatus>([
  ...WIRE_ORDER_STATUSES.map((status) => [compact(status), status] as const),
  // US spelling, which callers write as often as Partner Center's own "cancelled".
  ["canceled", "cancelled"],
]);

/** The billing cycle a value names, or undefined when it names none. */
export function readBillingCycle(value: string): WireBillingCycle | undefined {
  return billingCycleByName.get(compact(value));
}

/** The order status a value names, or undefined when it names none. */
export function readOrderStatus(value: string): WireOrderStatus | undefined {
  return orderStatusByName.get(compact(value));
}

/** The cycle an order is billed on; absent or unrecognised values count as "unknown". */
export function billingCycleOf(order: { billingCycle?: string }): WireBillingCycle {
  return (order.billingCycle !== undefined && readBillingCycle(order.billingCycle)) || "unknown";
}

/** The names the `billingType` query accepts, as the .NET SDK sends them (for error messages). */
export const BILLING_TYPE_NAMES = ["Monthly", "Annual", "OneTime", "None", "Triennial", "Biennial", "Unknown"] as const;
