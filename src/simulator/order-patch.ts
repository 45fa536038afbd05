/**
 * What PATCH /customers/{c}/orders/{o} does to an order (docs/partner-center.md, Updating an order):
 * change the billing cycle, buy an add-on, cancel listed lines inside the cancellation window,
 * cancel a whole integration-sandbox order, change quantities, and merge any other given field.
 *
 * Rules mutate the draft they are given and throw a SimulatorApiError to refuse; the store hands
 * in a copy and keeps it only when every rule passed, so a refused PATCH changes nothing.
 */
import type { OrderLineItemModel, OrderModel } from "../partner-center/models.js";
import { billingCycleNotSupported, invalidInput, unableToProcessOrder } from "./errors.js";
import type { LineItemPatch, OrderPatch } from "./patch-body.js";
import type { OrderCancellation } from "./store.js";
import type { WireBillingCycle } from "./wire-enums.js";
import { billingCycleOf, readOrderStatus } from "./wire-enums.js";
import { deterministicGuid, link, linePricing, orderTotal, roundCents } from "./wire.js";

/** What the rules need to know beyond the order itself. */
export interface PatchContext {
  customerId: string;
  orderId: string;
  integrationSandbox: boolean;
  cancellationWindowOpen: boolean;
  /** Every subscription of the customer (upper case), the possible parents of an add-on. */
  customerSubscriptionIds: ReadonlySet<string>;
  supportsBillingCycle(offerId: string, billingCycle: WireBillingCycle): boolean;
  listPriceOf(offerId: string): number | undefined;
  /** Whether a PATCH of the order can cancel a line of this offer. */
  orderCancellationOf(offerId: string): OrderCancellation;
}

const sameId = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === "string" && typeof b === "string" && a.toUpperCase() === b.toUpperCase();

type LineTarget = { kind: "existing"; line: OrderLineItemModel } | { kind: "addOn"; parentSubscriptionId: string };

/**
 * Which line a body line means. A subscription id wins over the line number: Microsoft's own
 * billing-cycle example sends line number 0 with the offer and subscription of line 1. A line
 * naming a parent subscription that the numbered line does not already have is a new add-on
 * (the add-on example reuses line number 0).
 */
function resolveLine(lines: OrderLineItemModel[], patch: LineItemPatch, where: string): LineTarget {
  if (patch.subscriptionId !== undefined) {
    const line = lines.find((candidate) => sameId(candidate.subscriptionId, patch.subscriptionId));
    if (!line) throw invalidInput(`${where}: subscription ${patch.subscriptionId} is not part of this order.`);
    return { kind: "existing", line };
  }
  const numbered = patch.lineItemNumber === undefined ? undefined : lines.find((line) => line.lineItemNumber === patch.lineItemNumber);
  if (patch.parentSubscriptionId !== undefined && !sameId(numbered?.parentSubscriptionId, patch.parentSubscriptionId)) {
    return { kind: "addOn", parentSubscriptionId: patch.parentSubscriptionId };
  }
  if (numbered) return { kind: "existing", line: numbered };
  throw invalidInput(
    patch.lineItemNumber === undefined
      ? `${where}: a line item needs a lineItemNumber or a subscriptionId.`
      : `${where}: the order has no line item number ${patch.lineItemNumber}.`,
  );
}

/** Sets a quantity and keeps the line's extended price in step with it. */
function setQuantity(line: OrderLineItemModel, quantity: number): void {
  line.quantity = quantity;
  if (line.pricing?.discountedPrice !== undefined) {
    line.pricing.extendedPrice = roundCents(line.pricing.discountedPrice * quantity);
  }
}

function checkOffer(line: OrderLineItemModel, patch: LineItemPatch, where: string): void {
  if (patch.offerId !== undefined && !sameId(patch.offerId, line.offerId)) {
    throw invalidInput(`${where}: line item ${line.lineItemNumber} is for offer ${line.offerId}, not ${patch.offerId}.`);
  }
}

/** Each body line must mean a different order line. */
function claimOnce(claimed: Set<OrderLineItemModel>, line: OrderLineItemModel, where: string): void {
  if (claimed.has(line)) throw invalidInput(`${where}: line item ${line.lineItemNumber} is listed more than once.`);
  claimed.add(line);
}

function mergeLine(line: OrderLineItemModel, patch: LineItemPatch): void {
  const { purchaseCommitment, renewsTo, ...fields } = patch.fields;
  Object.assign(line, fields);
  if (purchaseCommitment) line.purchaseCommitment = { ...line.purchaseCommitment, ...purchaseCommitment };
  if (renewsTo) line.renewsTo = { ...line.renewsTo, ...renewsTo };
  if (patch.quantity !== undefined) setQuantity(line, patch.quantity);
}

/**
 * The most line items an order can reach through add-on PATCHes. Microsoft documents no limit;
 * the simulator sets one so that no stream of PATCHes can grow an order, and its memory, forever.
 */
const MAX_LINE_ITEMS_PER_ORDER = 100;

/** Job 2: the new line gets the next number and a subscription of its own. */
function addOnLine(order: OrderModel, patch: LineItemPatch, parentSubscriptionId: string, context: PatchContext, where: string): OrderLineItemModel {
  if ((order.lineItems ?? []).length >= MAX_LINE_ITEMS_PER_ORDER) {
    throw invalidInput(`${where}: order ${context.orderId} already has ${MAX_LINE_ITEMS_PER_ORDER} line items, the most an order can hold.`);
  }
  if (!context.customerSubscriptionIds.has(parentSubscriptionId.toUpperCase())) {
    throw invalidInput(`${where}: parent subscription ${parentSubscriptionId} is not a subscription of customer ${context.customerId}.`);
  }
  if (patch.offerId === undefined) throw invalidInput(`${where}: an add-on needs the offerId to buy.`);
  if (patch.quantity === 0) throw invalidInput(`${where}: an add-on needs a quantity of at least 1.`);
  const lines = order.lineItems ?? [];
  const lineItemNumber = Math.max(-1, ...lines.map((line) => line.lineItemNumber ?? -1)) + 1;
  const subscriptionId = deterministicGuid(context.orderId, String(lineItemNumber));
  const quantity = patch.quantity ?? 1;
  const listPrice = context.listPriceOf(patch.offerId);
  const { purchaseCommitment, renewsTo, ...fields } = patch.fields;
  return {
    lineItemNumber,
    offerId: patch.offerId,
    subscriptionId,
    parentSubscriptionId,
    ...fields,
    ...(purchaseCommitment && { purchaseCommitment }),
    ...(renewsTo && { renewsTo }),
    quantity,
    ...(order.totalPrice !== undefined && listPrice !== undefined && { pricing: linePricing(listPrice, quantity) }),
    links: { subscription: link(`/customers/${context.customerId}/subscriptions/${subscriptionId}`) },
  };
}

/** Jobs 2 and 5, and plain merges: every body line updates its line or adds an add-on. */
function updateLines(order: OrderModel, patches: LineItemPatch[], context: PatchContext): void {
  const lines = (order.lineItems ??= []);
  const claimed = new Set<OrderLineItemModel>();
  patches.forEach((patch, index) => {
    const where = `lineItems[${index}]`;
    const target = resolveLine(lines, patch, where);
    if (target.kind === "addOn") {
      lines.push(addOnLine(order, patch, target.parentSubscriptionId, context, where));
      return;
    }
    claimOnce(claimed, target.line, where);
    checkOffer(target.line, patch, where);
    mergeLine(target.line, patch);
  });
}

/**
 * Refuses a line its order cannot cancel (docs/partner-center.md, Cancelling): new commerce, Azure
 * plans and marketplace offers are cancelled through their subscription; reserved instances only in
 * the integration sandbox. Microsoft documents no code for this: 4018, "unable to process the order".
 */
function checkCancellable(line: OrderLineItemModel, context: PatchContext, where: string): void {
  const rule = line.offerId === undefined ? "anywhere" : context.orderCancellationOf(line.offerId);
  if (rule === "never" || (rule === "sandboxOnly" && !context.integrationSandbox)) {
    throw unableToProcessOrder(
      `${where}: line item ${line.lineItemNumber} (offer ${line.offerId}) cannot be cancelled through its order${rule === "sandboxOnly" ? " outside the integration sandbox" : ""}; cancel its subscription instead.`,
    );
  }
}

/**
 * Jobs 3 and 4 (docs/partner-center.md, Cancelling). Inside the cancellation window, the listed
 * lines — or, with no list, every line — are cancelled: each comes back with quantity 0, and the
 * order is `cancelled` once every line is, else `completed`.
 */
function cancel(order: OrderModel, patches: LineItemPatch[] | undefined, context: PatchContext): void {
  const lines = order.lineItems ?? [];
  if (patches !== undefined && patches.length === 0) throw invalidInput("lineItems must list at least one line item to cancel.");
  const targets: OrderLineItemModel[] = [];
  if (patches === undefined) {
    lines.forEach((line, index) => checkCancellable(line, context, `lineItems[${index}]`));
    targets.push(...lines);
  } else {
    const claimed = new Set<OrderLineItemModel>();
    patches.forEach((patch, index) => {
      const where = `lineItems[${index}]`;
      const target = resolveLine(lines, patch, where);
      if (target.kind === "addOn") throw invalidInput(`${where}: a cancellation cannot add a line item.`);
      claimOnce(claimed, target.line, where);
      checkOffer(target.line, patch, where);
      checkCancellable(target.line, context, where);
      targets.push(target.line);
    });
  }
  if (!context.cancellationWindowOpen) {
    throw unableToProcessOrder(`the cancellation window of order ${context.orderId} has passed.`);
  }
  for (const line of targets) setQuantity(line, 0);
  order.status = lines.every((line) => line.quantity === 0) ? "cancelled" : "completed";
}

/** Job 1: refused (code 6001) when an offer of the order cannot be billed on the new cycle. */
function changeBillingCycle(order: OrderModel, billingCycle: WireBillingCycle, context: PatchContext): void {
  if (billingCycle === billingCycleOf(order)) return;
  if (billingCycle === "unknown") throw invalidInput("billingCycle cannot be changed to unknown.");
  for (const line of order.lineItems ?? []) {
    if (line.offerId !== undefined && !context.supportsBillingCycle(line.offerId, billingCycle)) {
      throw billingCycleNotSupported(billingCycle, line.offerId);
    }
  }
  order.billingCycle = billingCycle;
}

/** Applies a patch to a draft order, or throws without any promise about the draft's state. */
export function applyOrderPatch(order: OrderModel, patch: OrderPatch, context: PatchContext): void {
  if (patch.id !== undefined && patch.id !== context.orderId) {
    throw invalidInput(`The body's id ${patch.id} does not match the order id ${context.orderId} in the URL.`);
  }
  const { client, ...fields } = patch.fields;
  Object.assign(order, fields);
  if (client) order.client = { ...order.client, ...client };

  if (patch.status === "cancelled") {
    cancel(order, patch.lineItems, context);
  } else {
    const currentStatus = order.status === undefined ? undefined : readOrderStatus(order.status);
    if (patch.status !== undefined && patch.status !== currentStatus) {
      throw invalidInput(`An order's status can only be changed to cancelled, not ${patch.status}.`);
    }
    if (patch.lineItems) updateLines(order, patch.lineItems, context);
  }
  if (patch.billingCycle !== undefined) changeBillingCycle(order, patch.billingCycle, context);
  if (order.totalPrice !== undefined) order.totalPrice = orderTotal(order);
}
