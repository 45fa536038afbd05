/**
 * The one mapping from raw Partner Center models to the plain objects the GraphQL types describe
 * ("reducer"). Never throws: enums are read leniently, absent lists become [], absent fields stay
 * absent (GraphQL reads them as null), dates keep the exact string the upstream gave.
 * Objects are shallow-copied once, with only the fields that need it rewritten.
 */
import { type BillingCycle, type OrderStatus, readBillingCycle, readOrderStatus } from "./enums.js";
import type {
  KeyValuePairModel,
  LinkModel,
  OrderCollectionModel,
  OrderLineItemLinksModel,
  OrderLineItemModel,
  OrderLinksModel,
  OrderModel,
} from "./models.js";

export interface LinkView extends Omit<LinkModel, "headers"> {
  headers: KeyValuePairModel[];
}

export type OrderLinksView = { [K in keyof OrderLinksModel]?: LinkView };
export type OrderLineItemLinksView = { [K in keyof OrderLineItemLinksModel]?: LinkView };

export interface OrderLineItemView extends Omit<OrderLineItemModel, "links"> {
  links?: OrderLineItemLinksView;
}

export interface OrderView extends Omit<OrderModel, "billingCycle" | "status" | "lineItems" | "links"> {
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

function mapLink(link: LinkModel | undefined): LinkView | undefined {
  if (!link || typeof link !== "object") return undefined;
  return { ...link, headers: Array.isArray(link.headers) ? link.headers : [] };
}

function mapLinks<K extends string>(links: Partial<Record<K, LinkModel>> | undefined): Partial<Record<K, LinkView>> | undefined {
  if (!links || typeof links !== "object") return undefined;
  const mapped: Partial<Record<K, LinkView>> = {};
  for (const key of Object.keys(links) as K[]) mapped[key] = mapLink(links[key]);
  return mapped;
}

export function mapLineItem(line: OrderLineItemModel): OrderLineItemView {
  return { ...line, links: mapLinks(line.links) };
}

export function mapOrder(order: OrderModel, customerId: string): OrderView {
  return {
    ...order,
    customerId,
    billingCycle: readBillingCycle(order.billingCycle),
    status: readOrderStatus(order.status),
    links: mapLinks(order.links),
    lineItems: Array.isArray(order.lineItems) ? order.lineItems.map(mapLineItem) : [],
  };
}

export function mapOrderCollection(collection: OrderCollectionModel, customerId: string): OrderCollectionView {
  const items = (collection.items ?? []).map((order) => mapOrder(order, customerId));
  return { totalCount: typeof collection.totalCount === "number" ? collection.totalCount : items.length, items };
}
