/**
 * Structural checks of 200 bodies before anything is mapped: a body that is not the shape
 * expected becomes UPSTREAM_ERROR for its field, never half-mapped data. Cheap by design
 * (type checks of containers only); scalar oddities are left to the mapping, which never throws.
 */
import { upstreamFailure } from "./errors.js";
import type { OrderCollectionModel, OrderModel } from "./models.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isOrderShaped(value: unknown): value is OrderModel {
  if (!isObject(value)) return false;
  const { lineItems, links, attributes, client } = value;
  if (lineItems !== undefined && lineItems !== null) {
    if (!Array.isArray(lineItems)) return false;
    for (const line of lineItems) if (!isObject(line)) return false;
  }
  return [links, attributes, client].every((part) => part === undefined || part === null || isObject(part));
}

export function assertOrder(body: unknown, correlationId: string): OrderModel {
  if (!isOrderShaped(body)) throw upstreamFailure("the answer was not an order", correlationId, 200);
  return body;
}

export function assertOrderCollection(body: unknown, correlationId: string): OrderCollectionModel {
  const fail = () => upstreamFailure("the answer was not an order collection", correlationId, 200);
  if (!isObject(body) || !Array.isArray(body.items)) throw fail();
  if (body.totalCount !== undefined && typeof body.totalCount !== "number") throw fail();
  if (body.links !== undefined && body.links !== null && !isObject(body.links)) throw fail();
  for (const item of body.items) if (!isOrderShaped(item)) throw fail();
  return body as OrderCollectionModel;
}
