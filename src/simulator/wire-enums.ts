/**
 * Reading billing cycles and order statuses the way Partner Center does: case- and
 * separator-insensitively (`Annual`, `annual`, `OneTime`, `one_time`), always answering with the
 * lower-snake value the service writes in order bodies.
 */
import { type WireBillingCycle, type WireOrderStatus, readWireBillingCycle, readWireOrderStatus } from "../partner-center/models.js";

export type { WireBillingCycle, WireOrderStatus };

/** The billing cycle a value names, or undefined when it names none. */
export const readBillingCycle = readWireBillingCycle;

/** The order status a value names, or undefined when it names none; the US "canceled" too, which callers write as often as Partner Center's own "cancelled". */
export function readOrderStatus(value: string): WireOrderStatus | undefined {
  return /^\s*canceled\s*$/i.test(value) ? "cancelled" : readWireOrderStatus(value);
}

/** The cycle an order is billed on; absent or unrecognised values count as "unknown". */
export function billingCycleOf(order: { billingCycle?: string }): WireBillingCycle {
  return (order.billingCycle !== undefined && readBillingCycle(order.billingCycle)) || "unknown";
}

/** The names the `billingType` query accepts, as the .NET SDK sends them (for error messages). */
export const BILLING_TYPE_NAMES = ["Monthly", "Annual", "OneTime", "None", "Triennial", "Biennial", "Unknown"] as const;
