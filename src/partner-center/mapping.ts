/**
 * The one mapping from raw Partner Center models to the plain objects the GraphQL types describe
 * ("reducer"). Never throws: enums are read leniently, absent lists become [], absent fields stay
 * absent (GraphQL reads them as null), dates keep the exact string the upstream gave.
 */
import { type BillingCycle, type OrderStatus, readBillingCycle, readOrderStatus } from "./enums.js";
import type {
  KeyValuePairModel,
  LinkModel,
  OrderCollectionModel,
  OrderLineItemLinksModel,
  OrderLineItemModel,
  OrderLinksModel,
  OrderLineItemActivationLinkModel,
  OrderLineItemProvisioningStatusModel,
  OrderModel,
  QuantityProvisioningStatusModel,
  ResourceCollectionModel,
} from "./models.js";

export interface LinkView extends Omit<LinkModel, "headers"> {
  headers: KeyValuePairModel[];
}

export type OrderLinksView = { [K in keyof OrderLinksModel]?: LinkView };
export type OrderLineItemLinksView = { [K in keyof OrderLineItemLinksModel]?: LinkView };

export interface OrderLineItemView extends Omit<OrderLineItemModel, "links"> {
  links?: OrderLineItemLinksView;
}

export interface OrderView extends Omit<OrderModel, "id" | "billingCycle" | "status" | "lineItems" | "links"> {
  /** Always there: validate.ts refuses an order body without a non-empty string id. */
  id: string;
  /** The customer whose orders these are (the path's id), for Order.customer. */
  customerId: string;
  billingCycle: BillingCycle | null;
  status: OrderStatus | null;
  links?: OrderLinksView;
  lineItems: OrderLineItemView[];
}

export interface OrderCollectionView {
  totalCount: number;
  items: OrderView[];
}

export interface OrderLineItemProvisioningStatusView extends Omit<OrderLineItemProvisioningStatusModel, "quantityProvisioningInformation"> {
  lineItemNumber: number;
  quantityProvisioningInformation: QuantityProvisioningStatusModel[];
}

export interface OrderLineItemActivationLinkView extends Omit<OrderLineItemActivationLinkModel, "link"> {
  lineItemNumber: number;
  link?: LinkView;
}

/**
 * A parsed upstream body belongs to the one call that fetched it, so it is normalized in place
 * rather than copied: on a 1000-order list, copying every order, line and link was a large share
 * of the allocations (and so of garbage collection). Operations that joined that call in flight
 * (read-cache.ts) are given the same objects and map them again: the mapping is idempotent (a view
 * maps to itself), so every reader sees one and the same view, whichever maps first.
 */
function normalizeLinks(links: Record<string, unknown> | undefined, keys?: readonly string[]): void {
  if (!links || typeof links !== "object") return;
  for (const key of keys ?? Object.keys(links)) {
    const link = links[key] as LinkModel | undefined;
    if (!link || typeof link !== "object") links[key] = undefined;
    else if (!Array.isArray(link.headers)) link.headers = [];
  }
}

function mapLineItem(line: OrderLineItemModel): OrderLineItemView {
  normalizeLinks(line.links as Record<string, unknown> | undefined);
  return line as OrderLineItemView;
}

export function mapOrder(order: OrderModel, customerId: string): OrderView {
  const view = order as unknown as OrderView;
  view.customerId = customerId;
  view.billingCycle = readBillingCycle(order.billingCycle);
  view.status = readOrderStatus(order.status);
  normalizeLinks(order.links as Record<string, unknown> | undefined);
  if (Array.isArray(order.lineItems)) order.lineItems.forEach(mapLineItem);
  else view.lineItems = [];
  return view;
}

export function mapOrderCollection(collection: OrderCollectionModel, customerId: string): OrderCollectionView {
  const items = (collection.items ?? []).map((order) => mapOrder(order, customerId));
  return { totalCount: typeof collection.totalCount === "number" ? collection.totalCount : items.length, items };
}

/** Where each line of an order stands; an absent quantity breakdown is []. */
export function mapProvisioningStatuses(
  collection: ResourceCollectionModel<OrderLineItemProvisioningStatusModel>,
): OrderLineItemProvisioningStatusView[] {
  const items = (collection.items ?? []) as OrderLineItemProvisioningStatusView[];
  for (const item of items) if (!Array.isArray(item.quantityProvisioningInformation)) item.quantityProvisioningInformation = [];
  return items;
}

/** The activation links of an order's lines; a link without headers gets []. */
export function mapActivationLinks(collection: ResourceCollectionModel<OrderLineItemActivationLinkModel>): OrderLineItemActivationLinkView[] {
  const items = (collection.items ?? []) as OrderLineItemActivationLinkView[];
  for (const item of items) normalizeLinks(item as unknown as Record<string, unknown>, ["link"]);
  return items;
}
