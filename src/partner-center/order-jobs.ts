/**
 * What each job of PATCH /customers/{c}/orders/{o} needs in its body (docs/partner-center.md,
 * Updating an order): the one table of those rules, read by the facade before it sends anything
 * and by the simulator before it changes anything, so that both refuse the same bodies.
 *
 * - change the billing cycle (`billingCycle` given): `lineItems`, each with `lineItemNumber`,
 *   `offerId`, `subscriptionId` and `quantity`;
 * - buy an add-on (a line with `parentSubscriptionId`): that line's `offerId` and a `quantity` ≥ 1;
 * - cancel lines (status cancelled with `lineItems`): each line's `lineItemNumber` and `offerId`;
 * - change a quantity (a line with `quantity`): that line's `lineItemNumber`, a `quantity` ≥ 0.
 *
 * And for every body: `currencyCode` and `transactionType` are read-only on the Order resource,
 * and `provisioningContext` is a map of strings to strings.
 */

/** A PATCH body as the rules read it; `null` and `undefined` both mean "not given". */
export interface OrderPatchShape {
  billingCycle?: unknown;
  /** Whether the body sets the status to cancelled. */
  cancels: boolean;
  currencyCode?: unknown;
  transactionType?: unknown;
  lineItems?: ReadonlyArray<{
    lineItemNumber?: unknown;
    offerId?: unknown;
    subscriptionId?: unknown;
    parentSubscriptionId?: unknown;
    quantity?: unknown;
    provisioningContext?: unknown;
  }> | null;
}

/** Why a body cannot be sent: the field (a path from the order, e.g. `lineItems[0].offerId`) and what is wrong with it. */
export interface OrderPatchProblem {
  field: string;
  problem: string;
}

/** Order properties Microsoft's order resources page marks read-only that a caller might try to set. */
export const READ_ONLY_ORDER_FIELDS = ["currencyCode", "transactionType"] as const;

const given = (value: unknown): boolean => value !== undefined && value !== null;
const isWholeNumber = (value: unknown, min: number): boolean => typeof value === "number" && Number.isInteger(value) && value >= min;

/** The first thing a body lacks or must not have, or undefined when every job it asks for has what it needs. */
export function orderPatchProblem(patch: OrderPatchShape): OrderPatchProblem | undefined {
  for (const field of READ_ONLY_ORDER_FIELDS) {
    if (given(patch[field])) return { field, problem: "is read-only in Partner Center: it is set when the order is placed and cannot be changed" };
  }
  const lines = patch.lineItems ?? [];
  for (const [index, line] of lines.entries()) {
    const context = line.provisioningContext;
    if (typeof context === "object" && context !== null && !Array.isArray(context)) {
      for (const [key, value] of Object.entries(context)) {
        if (typeof value !== "string") return { field: `lineItems[${index}].provisioningContext.${key}`, problem: "must be a string: provisioningContext maps names to strings" };
      }
    }
  }
  if (given(patch.billingCycle)) {
    if (lines.length === 0) return { field: "lineItems", problem: "must list the order's lines to change the billing cycle" };
    for (const [index, line] of lines.entries()) {
      for (const key of ["lineItemNumber", "offerId", "subscriptionId", "quantity"] as const) {
        if (!given(line[key])) return { field: `lineItems[${index}].${key}`, problem: "is required to change the billing cycle" };
      }
    }
  }
  for (const [index, line] of lines.entries()) {
    const at = `lineItems[${index}]`;
    if (patch.cancels) {
      if (!given(line.lineItemNumber)) return { field: `${at}.lineItemNumber`, problem: "is required to cancel a line" };
      if (!given(line.offerId)) return { field: `${at}.offerId`, problem: "is required to cancel a line" };
    } else if (given(line.parentSubscriptionId)) {
      if (!given(line.offerId)) return { field: `${at}.offerId`, problem: "is required to buy an add-on" };
      if (!isWholeNumber(line.quantity, 1)) return { field: `${at}.quantity`, problem: "must be at least 1 to buy an add-on" };
    } else if (given(line.quantity)) {
      if (!given(line.lineItemNumber)) return { field: `${at}.lineItemNumber`, problem: "is required to change a quantity" };
      if (!isWholeNumber(line.quantity, 0)) return { field: `${at}.quantity`, problem: "must be a whole number, zero or more" };
    }
  }
  return undefined;
}
