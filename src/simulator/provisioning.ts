/**
 * Where an order's lines stand in provisioning, and which of them have an activation link — both
 * derived from the stored order on every read, so they follow every PATCH (a cancelled line, an
 * added add-on, a changed quantity) without bookkeeping of their own.
 *
 * Microsoft documents three line states (order-resources "OrderLineItemProvisioningStatus"):
 * Fulfilled, Unfulfilled ("not fulfilled due to cancellation") and PrefulfillmentPending ("your
 * request is still processing"); its example body writes them camelCase (`"fulfilled"`), as the
 * simulator does. How an order status maps onto them is the simulator's choice (README).
 */
import type {
  LinkModel,
  OrderLineItemActivationLinkModel,
  OrderLineItemModel,
  OrderLineItemProvisioningStatusModel,
  OrderModel,
} from "../partner-center/models.js";
import { readOrderStatus } from "./wire-enums.js";

const PROVISIONING_STATES = {
  fulfilled: "fulfilled",
  unfulfilled: "unfulfilled",
  pending: "prefulfillmentPending",
} as const;

type ProvisioningState = (typeof PROVISIONING_STATES)[keyof typeof PROVISIONING_STATES];

/**
 * A line of Microsoft's example carries `orderLineItemId` (equal to `lineItemNumber`) although
 * the SDK's model has no such property; the simulator writes it too, as the service does.
 */
export type WireProvisioningStatus = OrderLineItemProvisioningStatusModel & { orderLineItemId?: number };

/** The state of a line that still holds licences, by the order's status. */
function stateOfHeldLine(order: OrderModel, line: OrderLineItemModel, lastHeldLine: OrderLineItemModel | undefined): ProvisioningState {
  // An order without a status is one of the legacy orders already in use (Microsoft's
  // billing-cycle example has none): its licences are out.
  if (order.status === undefined) return PROVISIONING_STATES.fulfilled;
  switch (readOrderStatus(order.status)) {
    case "completed":
    case "suspended":
      return PROVISIONING_STATES.fulfilled;
    case "cancelled":
    case "error":
    case "po_review_rejected":
      return PROVISIONING_STATES.unfulfilled;
    case "partial_success":
      // Some lines went through, one did not: the simulator fails the last line still held.
      return line === lastHeldLine ? PROVISIONING_STATES.unfulfilled : PROVISIONING_STATES.fulfilled;
    default:
      // pending, pending_review, pending_po_upload, po_upload_complete, and statuses unknown to
      // the simulator: nothing is provisioned yet.
      return PROVISIONING_STATES.pending;
  }
}

/**
 * GET …/orders/{o}/provisioningstatus items, in line order. A line with quantity 0 (cancelled) is
 * unfulfilled for the quantity it held before, when the store knows it (`cancelledQuantities`).
 */
export function provisioningStatuses(order: OrderModel, cancelledQuantities: ReadonlyMap<number, number>): WireProvisioningStatus[] {
  const lines = order.lineItems ?? [];
  const held = lines.filter((line) => (line.quantity ?? 0) > 0);
  return lines.map((line) => {
    const lineItemNumber = line.lineItemNumber ?? 0;
    const quantity = line.quantity ?? 0;
    if (quantity > 0) {
      const status = stateOfHeldLine(order, line, held.at(-1));
      return { orderLineItemId: lineItemNumber, lineItemNumber, status, quantityProvisioningInformation: [{ quantity, status }] };
    }
    const cancelled = cancelledQuantities.get(lineItemNumber);
    return {
      orderLineItemId: lineItemNumber,
      lineItemNumber,
      status: PROVISIONING_STATES.unfulfilled,
      quantityProvisioningInformation: cancelled === undefined ? [] : [{ quantity: cancelled, status: PROVISIONING_STATES.unfulfilled }],
    };
  });
}

/**
 * The publisher page a line is activated on. Deterministic, on the reserved `.example` domain:
 * the simulator knows no real publisher.
 */
function activationLinkOf(order: OrderModel, line: OrderLineItemModel): LinkModel {
  const query = new URLSearchParams({ orderId: order.id ?? "", lineItemNumber: String(line.lineItemNumber ?? 0) });
  return { uri: `https://publisher.example/activate?${query.toString()}`, method: "GET", headers: [] };
}

/**
 * GET …/orders/{o}/activationlinks items: the lines that carry `links.activationLinks` (software
 * and marketplace products) and are fulfilled — a line still pending, cancelled or failed has
 * nothing to activate.
 */
export function activationLinks(order: OrderModel, cancelledQuantities: ReadonlyMap<number, number>): OrderLineItemActivationLinkModel[] {
  const states = provisioningStatuses(order, cancelledQuantities);
  return (order.lineItems ?? []).flatMap((line, index) =>
    line.links?.activationLinks !== undefined && states[index]?.status === PROVISIONING_STATES.fulfilled
      ? [{ lineItemNumber: line.lineItemNumber ?? 0, link: activationLinkOf(order, line) }]
      : [],
  );
}
