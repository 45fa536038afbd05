/**
 * Deterministic Partner Center order bodies for the upstream stub: the same bytes on every run,
 * with the field mix of real answers (and of src/simulator/seed.ts) — links on orders and lines,
 * pricing, purchaseCommitment, renewsTo, provisioningContext, promotions, etags — so that the
 * facade parses, validates and maps what it would in production.
 *
 * Sizes: a bench customer has 20 orders × 3 priced lines (≈100 KB); HEAVY_CUSTOMER has
 * 1000 orders × 10 lines (≈14 MB).
 */
import type { LinkModel, OrderCollectionModel, OrderLineItemModel, OrderModel } from "../src/partner-center/models.js";
import { SeededRandom } from "../src/simulator/random.js";

/** Customers the harness varies over; the stub pre-serializes a collection for each. */
export const BENCH_CUSTOMER_COUNT = 64;
export const benchCustomerId = (index: number): string =>
  `b3c0${(index % BENCH_CUSTOMER_COUNT).toString(16).padStart(4, "0")}-6f1e-4b7a-9c2d-5e8f0a1b2c3d`;

/** The one customer every connection of the hot scenario reads; the stub answers it after HOT_UPSTREAM_DELAY_MS. */
export const HOT_CUSTOMER = "c0ffee00-1234-4abc-9def-0123456789ab";
/** Partner Center answers in hundreds of milliseconds: the hot scenario's upstream takes this long. */
export const HOT_UPSTREAM_DELAY_MS = 100;

/** The one customer whose collection is the heavy one. */
export const HEAVY_CUSTOMER = "heavy";
/** The tenant id its orders carry (referenceCustomerId, link URIs), as long as any real one. */
export const HEAVY_TENANT = "4ea7c1d0-9b3f-4c5e-8a21-0d6f7e8b9c10";

export const ORDERS_PER_CUSTOMER = 20;
export const LINES_PER_ORDER = 3;
export const HEAVY_ORDERS = 1000;
export const HEAVY_LINES_PER_ORDER = 10;

type OfferKind = "nce" | "licence" | "software" | "reservation" | "savingsPlan";

interface Offer {
  offerId: string;
  kind: OfferKind;
  friendlyName: string;
  listPrice: number;
  termDuration?: string;
}

/** A catalogue like the simulator's: every kind of line Partner Center returns. */
const OFFERS: readonly Offer[] = [
  { offerId: "CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK", kind: "nce", friendlyName: "Microsoft 365 Business Premium", listPrice: 22, termDuration: "P1M" },
  { offerId: "CFQ7TTC0LFLZ:0001:CFQ7TTC0LH1K", kind: "nce", friendlyName: "Microsoft 365 E3", listPrice: 36, termDuration: "P1Y" },
  { offerId: "DZH318Z08M0F:0002:DZH318Z0BJ5N", kind: "savingsPlan", friendlyName: "Azure savings plan for compute", listPrice: 365, termDuration: "P1Y" },
  { offerId: "DZH318Z0BQ3Q:00BH:DZH318Z0C25B", kind: "reservation", friendlyName: "Reserved VM Instance, Standard_D2s_v3, US East, 3 Years", listPrice: 1743.12, termDuration: "P3Y" },
  { offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS", kind: "software", friendlyName: "SQL Server Enterprise - 2 Core License Pack - 3 year", listPrice: 13748, termDuration: "P3Y" },
  { offerId: "91FD106F-4B2C-4938-95AC-F54F74E9A239", kind: "licence", friendlyName: "Office 365 E1", listPrice: 8 },
  { offerId: "CFQ7TTC0LFK5:0002:CFQ7TTC0MK3V", kind: "nce", friendlyName: "Dynamics 365 Sales Enterprise", listPrice: 95, termDuration: "P3Y" },
  { offerId: "CFQ7TTC0RQN2:0001:CFQ7TTC0RQS4", kind: "nce", friendlyName: "Microsoft Teams Essentials", listPrice: 4, termDuration: "P1M" },
  { offerId: "CFQ7TTC0HCQH:0001:CFQ7TTC0K4L6", kind: "nce", friendlyName: "Microsoft Defender for Endpoint P2", listPrice: 5.2, termDuration: "P1Y" },
];

const BILLING_CYCLES = ["monthly", "annual", "one_time", "triennial", "none"] as const;
const STATUSES = ["completed", "completed", "completed", "pending", "cancelled"] as const;

const link = (uri: string, method = "GET"): LinkModel => ({ uri, method, headers: [] });
const cents = (amount: number): number => Math.round(amount * 100) / 100;
const etag = (orderId: string, version: number): string => Buffer.from(JSON.stringify({ id: orderId, version })).toString("base64");

function line(random: SeededRandom, customerId: string, orderId: string, lineItemNumber: number): OrderLineItemModel {
  const offer = OFFERS[(lineItemNumber + random.integer(0, OFFERS.length - 1)) % OFFERS.length]!;
  const quantity = random.integer(1, 250);
  const subscriptionId = offer.kind === "software" ? undefined : random.guid().toUpperCase();
  const [product, sku, availability] = offer.offerId.split(":");
  const catalog =
    sku === undefined
      ? {}
      : {
          product: link(`/products/${product}?country=US`),
          sku: link(`/products/${product}/skus/${sku}?country=US`),
          availability: link(`/products/${product}/skus/${sku}/availabilities/${availability}?country=US`),
        };
  const discountedPrice = cents(offer.listPrice * (1 - random.pick([0, 0.05, 0.1, 0.15])));
  const extendedPrice = cents(discountedPrice * quantity);
  const result: OrderLineItemModel = {
    lineItemNumber,
    offerId: offer.offerId,
    ...(subscriptionId && { subscriptionId }),
    ...(offer.termDuration !== undefined && { termDuration: offer.termDuration }),
    transactionType: "New",
    friendlyName: offer.friendlyName,
    quantity,
    partnerIdOnRecord: random.next() < 0.3 ? String(random.integer(1_000_000, 9_999_999)) : null,
    pricing: {
      listPrice: offer.listPrice,
      price: offer.listPrice,
      discountedPrice,
      extendedPrice,
      proratedPrice: cents(extendedPrice * (random.integer(25, 100) / 100)),
    },
    links: {
      ...(subscriptionId && { subscription: link(`/customers/${customerId}/subscriptions/${subscriptionId}`) }),
      ...catalog,
      ...(subscriptionId && { provisioningStatus: link(`/subscriptions/${subscriptionId}/provisioningstatus`) }),
      ...(offer.kind === "software" && { activationLinks: link(`/customers/${customerId}/orders/${orderId}/lineitems/${lineItemNumber}/activationlinks`) }),
    },
    attributes: { objectType: "OrderLineItem" },
  };
  switch (offer.kind) {
    case "nce":
      result.attestationAccepted = true;
      result.renewsTo = { termDuration: offer.termDuration ?? "P1M" };
      result.customTermEndDate = "2026-06-30T00:00:00Z";
      if (random.next() < 0.5) result.promotionId = "39NFJQT1Q5KV:0002:39NFJQT1P5W5";
      break;
    case "savingsPlan":
      result.purchaseCommitment = { amount: 0.5, currency: "USD", grain: "hourly" };
      result.provisioningContext = { billingScopeId: `/subscriptions/${random.guid()}`, scope: "shared", term: "P1Y" };
      break;
    case "reservation":
      result.provisioningContext = { subscriptionId: random.guid(), scope: "shared", duration: "3Years" };
      break;
    case "licence":
    case "software":
      break;
  }
  return result;
}

function order(random: SeededRandom, customerId: string, index: number, lineCount: number): OrderModel {
  const id = random.guid();
  const base = `/customers/${customerId}/orders/${id}`;
  const lineItems = Array.from({ length: lineCount }, (_, n) => line(random, customerId, id, n));
  const month = String(1 + (index % 12)).padStart(2, "0");
  const day = String(1 + (index % 28)).padStart(2, "0");
  return {
    id,
    alternateId: random.hex12(),
    referenceCustomerId: customerId,
    billingCycle: random.pick(BILLING_CYCLES),
    currencyCode: "USD",
    currencySymbol: "$",
    lineItems,
    creationDate: `20${20 + (index % 5)}-${month}-${day}T${String(index % 24).padStart(2, "0")}:17:15.6455674Z`,
    status: random.pick(STATUSES),
    totalPrice: cents(lineItems.reduce((sum, item) => sum + (item.pricing?.extendedPrice ?? 0), 0)),
    transactionType: "UserPurchase",
    client: { marketplaceCountry: "US", deviceFamily: "UniversalStore-PartnerCenter", name: "Partner Center API" },
    links: { self: link(base), provisioningStatus: link(`${base}/provisioningstatus`), patchOperation: link(base, "PATCH") },
    attributes: { etag: etag(id, random.integer(1, 5)), objectType: "Order" },
  };
}

/** Partner Center omits totalPrice and line pricing unless include_price=true. */
function withoutPrices(source: OrderModel): OrderModel {
  const { totalPrice: _totalPrice, lineItems, ...rest } = source;
  return { ...rest, lineItems: (lineItems ?? []).map(({ pricing: _pricing, ...item }) => item) };
}

function collection(customerId: string, items: OrderModel[]): OrderCollectionModel {
  return { totalCount: items.length, items, links: { self: link(`/customers/${customerId}/orders`) }, attributes: { objectType: "Collection" } };
}

export interface CollectionBodies {
  priced: Buffer;
  unpriced: Buffer;
}

/** A customer's orders, priced; seeded by the id, so each customer's differ but never change between runs. */
function generateOrders(customerId: string, orderCount: number, linesPerOrder: number): OrderModel[] {
  if (customerId === HEAVY_CUSTOMER) customerId = HEAVY_TENANT;
  let seed = 0x5eed;
  for (const char of customerId) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193);
  const random = new SeededRandom(seed);
  return Array.from({ length: orderCount }, (_, index) => order(random, customerId, index, linesPerOrder));
}

/** The heavy customer's order the `lookup` scenario reads by id (one in the middle of its 1000). */
export const HEAVY_LOOKUP_INDEX = 500;

/** GET /customers/heavy/orders/{id}: each of the heavy customer's orders by id, serialized once with and once without prices. */
export function heavyOrdersById(): Map<string, CollectionBodies> {
  return new Map(
    generateOrders(HEAVY_CUSTOMER, HEAVY_ORDERS, HEAVY_LINES_PER_ORDER).map((source) => [
      source.id!,
      { priced: Buffer.from(JSON.stringify(source)), unpriced: Buffer.from(JSON.stringify(withoutPrices(source))) },
    ]),
  );
}

/** The id of the heavy customer's order that the `lookup` scenario reads. */
export function heavyLookupOrderId(): string {
  return generateOrders(HEAVY_CUSTOMER, HEAVY_LOOKUP_INDEX + 1, HEAVY_LINES_PER_ORDER)[HEAVY_LOOKUP_INDEX]!.id!;
}

/** A customer's order list, serialized once with and once without prices. */
export function customerOrders(customerId: string, orderCount: number, linesPerOrder: number): CollectionBodies {
  const orders = generateOrders(customerId, orderCount, linesPerOrder);
  if (customerId === HEAVY_CUSTOMER) customerId = HEAVY_TENANT;
  return {
    priced: Buffer.from(JSON.stringify(collection(customerId, orders))),
    unpriced: Buffer.from(JSON.stringify(collection(customerId, orders.map(withoutPrices)))),
  };
}

/** What a PATCH answers: an updated order, as Partner Center returns it (no prices). */
export function patchedOrder(): Buffer {
  const random = new SeededRandom(0xa7c4);
  return Buffer.from(JSON.stringify(withoutPrices(order(random, benchCustomerId(0), 0, LINES_PER_ORDER))));
}
