/**
 * The GraphQL requests of each scenario, as ready-made POST bodies. The facade and the passthrough
 * receive the very same bytes; the passthrough reads only `operationName` and `variables`.
 */
import { BENCH_CUSTOMER_COUNT, HEAVY_CUSTOMER, HOT_CUSTOMER, benchCustomerId, heavyLookupOrderId } from "./fixtures.js";

const LINK = "uri method headers { key value } body";

/** Every field of an order; with prices, includePrice defaults to true. */
const orderFields = (prices: boolean): string => `
  id alternateId referenceCustomerId billingCycle status currencyCode currencySymbol creationDate
  ${prices ? "totalPrice" : ""} transactionType
  customer { id }
  client { deviceFamily marketplaceCountry name }
  attributes { etag objectType }
  links { self { ${LINK} } provisioningStatus { ${LINK} } patchOperation { ${LINK} } }
  lineItems {
    lineItemNumber offerId subscriptionId parentSubscriptionId termDuration transactionType
    friendlyName quantity partnerIdOnRecord promotionId attestationAccepted customTermEndDate
    provisioningContext
    ${prices ? "pricing { listPrice price discountedPrice extendedPrice proratedPrice }" : ""}
    purchaseCommitment { amount currency grain }
    renewsTo { termDuration }
    links {
      subscription { ${LINK} } product { ${LINK} } sku { ${LINK} }
      availability { ${LINK} } provisioningStatus { ${LINK} } activationLinks { ${LINK} }
    }
  }`;

/** Like the README's CustomerOrders, reading totalPrice and lineItems.pricing. */
export const CUSTOMER_ORDERS = `query CustomerOrders($customerId: ID!) {
  customer(id: $customerId) {
    id
    orders { totalCount items { ${orderFields(true)} } }
  }
}`;

/** Aliases in one fan-out document; the last FAN_OUT_DUPLICATES repeat the first ones. */
export const FAN_OUT_ALIASES = 25;
export const FAN_OUT_DUPLICATES = 5;
export const FAN_OUT_DISTINCT = FAN_OUT_ALIASES - FAN_OUT_DUPLICATES;

/** A dashboard-like summary per customer: fan-out is about the calls, not about mapping bulk. */
export const FAN_OUT = `query FanOut(${Array.from({ length: FAN_OUT_ALIASES }, (_, i) => `$c${i}: ID!`).join(", ")}) {
${Array.from(
  { length: FAN_OUT_ALIASES },
  (_, i) => `  c${i}: customer(id: $c${i}) {
    id
    orders { totalCount items { id status creationDate totalPrice lineItems { lineItemNumber offerId quantity pricing { extendedPrice } } } }
  }`,
).join("\n")}
}`;

export const UPDATE_ORDER = `mutation UpdateOrder($customerId: ID!, $orderId: ID!, $input: UpdateOrderInput!, $ifMatch: String) {
  updateOrder(customerId: $customerId, orderId: $orderId, input: $input, ifMatch: $ifMatch) { ${orderFields(false)} }
}`;

export interface GraphQLBody {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

const body = (operationName: string, query: string, variables: Record<string, unknown>): string =>
  JSON.stringify({ operationName, query, variables } satisfies GraphQLBody);

/** One body per bench customer, so consecutive requests ask for different customers. */
export function ordersBodies(): string[] {
  return Array.from({ length: BENCH_CUSTOMER_COUNT }, (_, i) => body("CustomerOrders", CUSTOMER_ORDERS, { customerId: benchCustomerId(i) }));
}

/** Every request reads the one hot customer's orders (a dashboard, many pollers). */
export function hotBodies(): string[] {
  return [body("CustomerOrders", CUSTOMER_ORDERS, { customerId: HOT_CUSTOMER })];
}

export function heavyBodies(): string[] {
  return [body("CustomerOrders", CUSTOMER_ORDERS, { customerId: HEAVY_CUSTOMER })];
}

/** The customers of fan-out document `n`: FAN_OUT_DISTINCT distinct ids, then repeats of the first ones. */
export function fanOutCustomers(n: number): string[] {
  const distinct = Array.from({ length: FAN_OUT_DISTINCT }, (_, i) => benchCustomerId(n + i));
  return [...distinct, ...distinct.slice(0, FAN_OUT_DUPLICATES)];
}

export function fanOutBodies(): string[] {
  return Array.from({ length: BENCH_CUSTOMER_COUNT }, (_, n) =>
    body("FanOut", FAN_OUT, Object.fromEntries(fanOutCustomers(n).map((id, i) => [`c${i}`, id]))),
  );
}

export function updateOrderBodies(): string[] {
  return Array.from({ length: BENCH_CUSTOMER_COUNT }, (_, i) =>
    body("UpdateOrder", UPDATE_ORDER, {
      customerId: benchCustomerId(i),
      orderId: `0ca1b2c3-d4e5-4f60-8a7b-${String(i).padStart(12, "0")}`,
      input: { lineItems: [{ lineItemNumber: 0, quantity: 1 + (i % 50) }] },
      ifMatch: Buffer.from(JSON.stringify({ id: i, version: 1 })).toString("base64"),
    }),
  );
}

/** Issue 9's amplification: one upstream call, N² orders in the answer (N = 1000 for the heavy customer). */
export const AMPLIFICATION = `query Amplification {
  customer(id: "${HEAVY_CUSTOMER}") { orders { items { customer { orders { items { id } } } } } }
}`;

export function amplificationBodies(): string[] {
  return [body("Amplification", AMPLIFICATION, {})];
}

/** Issue 10: one order of the 1000-order customer by id, every field priced (a GET by id, not the 11.5 MB list). */
export const ORDER_LOOKUP = `query OrderLookup($customerId: ID!, $orderId: ID!) {
  customer(id: $customerId) { order(id: $orderId) { ${orderFields(true)} } }
}`;

export function lookupBodies(): string[] {
  return [body("OrderLookup", ORDER_LOOKUP, { customerId: HEAVY_CUSTOMER, orderId: heavyLookupOrderId() })];
}
