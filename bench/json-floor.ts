/**
 * The JSON floor: the least a GraphQL facade over Partner Center must do for each bench document,
 * without GraphQL. A bare node:http server that makes the same upstream call(s) as the facade,
 * `JSON.parse`s each body, copies exactly the fields the scenario's document selects (hand-written
 * below, enum names mapped to their GraphQL names, absent fields as null, as GraphQL answers them)
 * and `JSON.stringify`s the GraphQL-shaped answer. No parsing of the document, no validation, no
 * resolvers. Forked by the harness (IPC), with UPSTREAM_URL set; the harness checks that its sample
 * answer equals the facade's.
 */
import { HEAVY_CUSTOMER } from "./fixtures.js";
import type { GraphQLBody } from "./operations.js";
import { ordersPath, serveForked, upstreamCaller } from "./upstream-call.js";

const { call } = upstreamCaller(process.env.UPSTREAM_URL ?? "http://127.0.0.1:1");

type Wire = any;

const BILLING_CYCLES: Record<string, string> = {
  unknown: "UNKNOWN", monthly: "MONTHLY", annual: "ANNUAL", none: "NONE", one_time: "ONE_TIME", triennial: "TRIENNIAL", biennial: "BIENNIAL",
};
const ORDER_STATUSES: Record<string, string> = {
  unknown: "UNKNOWN", completed: "COMPLETED", pending: "PENDING", pending_po_upload: "PENDING_PO_UPLOAD", po_upload_complete: "PO_UPLOAD_COMPLETE",
  cancelled: "CANCELLED", partial_success: "PARTIAL_SUCCESS", po_review_rejected: "PO_REVIEW_REJECTED", suspended: "SUSPENDED",
  pending_review: "PENDING_REVIEW", error: "ERROR",
};
const enumName = (names: Record<string, string>, wire: unknown): string | null =>
  wire === undefined || wire === null ? null : (typeof wire === "string" && names[wire.toLowerCase()]) || "UNKNOWN";

const or = (value: unknown): unknown => (value === undefined ? null : value);

function link(value: Wire): unknown {
  if (!value || typeof value !== "object") return null;
  const headers = Array.isArray(value.headers) ? value.headers.map((header: Wire) => ({ key: or(header.key), value: or(header.value) })) : [];
  return { uri: or(value.uri), method: or(value.method), headers, body: or(value.body) };
}

/** Every line field of operations.ts's orderFields. */
function lineItem(line: Wire, prices: boolean): unknown {
  const links = line.links;
  const pricing = line.pricing;
  return {
    lineItemNumber: or(line.lineItemNumber),
    offerId: or(line.offerId),
    subscriptionId: or(line.subscriptionId),
    parentSubscriptionId: or(line.parentSubscriptionId),
    termDuration: or(line.termDuration),
    transactionType: or(line.transactionType),
    friendlyName: or(line.friendlyName),
    quantity: or(line.quantity),
    partnerIdOnRecord: or(line.partnerIdOnRecord),
    promotionId: or(line.promotionId),
    attestationAccepted: or(line.attestationAccepted),
    customTermEndDate: or(line.customTermEndDate),
    provisioningContext: or(line.provisioningContext),
    ...(prices && {
      pricing: pricing
        ? { listPrice: or(pricing.listPrice), price: or(pricing.price), discountedPrice: or(pricing.discountedPrice), extendedPrice: or(pricing.extendedPrice), proratedPrice: or(pricing.proratedPrice) }
        : null,
    }),
    purchaseCommitment: line.purchaseCommitment
      ? { amount: or(line.purchaseCommitment.amount), currency: or(line.purchaseCommitment.currency), grain: or(line.purchaseCommitment.grain) }
      : null,
    renewsTo: line.renewsTo ? { termDuration: or(line.renewsTo.termDuration) } : null,
    links: links
      ? {
          subscription: link(links.subscription),
          product: link(links.product),
          sku: link(links.sku),
          availability: link(links.availability),
          provisioningStatus: link(links.provisioningStatus),
          activationLinks: link(links.activationLinks),
        }
      : null,
  };
}

/** Every order field of operations.ts's orderFields. */
function order(source: Wire, customerId: string, prices: boolean): unknown {
  const { client, attributes, links } = source;
  return {
    id: or(source.id),
    alternateId: or(source.alternateId),
    referenceCustomerId: or(source.referenceCustomerId),
    billingCycle: enumName(BILLING_CYCLES, source.billingCycle),
    status: enumName(ORDER_STATUSES, source.status),
    currencyCode: or(source.currencyCode),
    currencySymbol: or(source.currencySymbol),
    creationDate: or(source.creationDate),
    ...(prices && { totalPrice: or(source.totalPrice) }),
    transactionType: or(source.transactionType),
    customer: { id: customerId },
    client: client ? { deviceFamily: or(client.deviceFamily), marketplaceCountry: or(client.marketplaceCountry), name: or(client.name) } : null,
    attributes: attributes ? { etag: or(attributes.etag), objectType: or(attributes.objectType) } : null,
    links: links ? { self: link(links.self), provisioningStatus: link(links.provisioningStatus), patchOperation: link(links.patchOperation) } : null,
    lineItems: Array.isArray(source.lineItems) ? source.lineItems.map((line: Wire) => lineItem(line, prices)) : [],
  };
}

const totalCount = (collection: Wire): number => (typeof collection.totalCount === "number" ? collection.totalCount : collection.items.length);

/** FAN_OUT's per-alias summary. */
function summary(collection: Wire, customerId: string): unknown {
  return {
    id: customerId,
    orders: {
      totalCount: totalCount(collection),
      items: collection.items.map((source: Wire) => ({
        id: or(source.id),
        status: enumName(ORDER_STATUSES, source.status),
        creationDate: or(source.creationDate),
        totalPrice: or(source.totalPrice),
        lineItems: (Array.isArray(source.lineItems) ? source.lineItems : []).map((line: Wire) => ({
          lineItemNumber: or(line.lineItemNumber),
          offerId: or(line.offerId),
          quantity: or(line.quantity),
          pricing: line.pricing ? { extendedPrice: or(line.pricing.extendedPrice) } : null,
        })),
      })),
    },
  };
}

const parse = (body: Buffer): Wire => JSON.parse(body.toString("utf8"));

async function answer(request: GraphQLBody, authorization: string): Promise<string> {
  const variables = request.variables;
  switch (request.operationName) {
    case "CustomerOrders": {
      const customerId = String(variables.customerId);
      const collection = parse(await call("GET", ordersPath(customerId), authorization));
      const orders = { totalCount: totalCount(collection), items: collection.items.map((source: Wire) => order(source, customerId, true)) };
      return JSON.stringify({ data: { customer: { id: customerId, orders } } });
    }
    case "FanOut": {
      const aliases = Object.entries(variables).map(([alias, id]) => [alias, String(id)] as const);
      const distinct = [...new Set(aliases.map(([, id]) => id))];
      const summaries = new Map(
        await Promise.all(distinct.map(async (id) => [id, summary(parse(await call("GET", ordersPath(id), authorization)), id)] as const)),
      );
      return JSON.stringify({ data: Object.fromEntries(aliases.map(([alias, id]) => [alias, summaries.get(id)])) });
    }
    case "UpdateOrder": {
      const { customerId, orderId, input } = variables as { customerId: string; orderId: string; input: Record<string, unknown> };
      const path = `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`;
      const updated = parse(await call("PATCH", path, authorization, JSON.stringify({ id: orderId, ...input })));
      return JSON.stringify({ data: { updateOrder: order(updated, customerId, false) } });
    }
    case "OrderLookup": {
      const { customerId, orderId } = variables as { customerId: string; orderId: string };
      const path = `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}?include_price=true`;
      const found = parse(await call("GET", path, authorization));
      return JSON.stringify({ data: { customer: { order: order(found, customerId, true) } } });
    }
    case "Amplification": {
      // customer { orders { items { customer { orders { items { id } } } } } }: every order repeats the same inner list.
      const collection = parse(await call("GET", ordersPath(HEAVY_CUSTOMER, false), authorization));
      const inner = { customer: { orders: { items: collection.items.map((source: Wire) => ({ id: or(source.id) })) } } };
      return JSON.stringify({ data: { customer: { orders: { items: collection.items.map(() => inner) } } } });
    }
    default:
      throw new Error(`unknown operation ${request.operationName}`);
  }
}

serveForked(answer);
