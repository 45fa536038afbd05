/**
 * Structural checks of 200 bodies before anything is mapped: a body that is not the shape
 * expected becomes UPSTREAM_ERROR for its field, never half-mapped data. Cheap by design
 * (type checks of containers and of the keys GraphQL declares non-null: an order's `id`, a line's
 * `lineItemNumber`); other scalar oddities are left to the mapping, which never throws.
 */
import { upstreamFailure } from "./errors.js";
import type {
  OrderCollectionModel,
  OrderLineItemActivationLinkModel,
  OrderLineItemProvisioningStatusModel,
  OrderModel,
  ResourceCollectionModel,
} from "./models.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isAbsentOr = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || value === null || check(value);

const isLineNumber = (value: unknown): boolean => typeof value === "number" && Number.isInteger(value);

function isOrderShaped(value: unknown): value is OrderModel {
  if (!isObject(value)) return false;
  const { id, lineItems, links, attributes, client } = value;
  if (typeof id !== "string" || id === "") return false;
  if (lineItems !== undefined && lineItems !== null) {
    if (!Array.isArray(lineItems)) return false;
    for (const line of lineItems) if (!isObject(line) || !isLineNumber(line.lineItemNumber)) return false;
  }
  return [links, attributes, client].every((part) => isAbsentOr(part, isObject));
}

function isProvisioningStatus(value: unknown): value is OrderLineItemProvisioningStatusModel {
  if (!isObject(value) || !isLineNumber(value.lineItemNumber)) return false;
  const quantities = value.quantityProvisioningInformation;
  return isAbsentOr(quantities, (list) => Array.isArray(list) && list.every(isObject));
}

function isActivationLink(value: unknown): value is OrderLineItemActivationLinkModel {
  return isObject(value) && isLineNumber(value.lineItemNumber) && isAbsentOr(value.link, isObject);
}

/** Checks one page of a collection body; throws UPSTREAM_ERROR when it is not one. */
export type CollectionCheck<T> = (body: unknown, correlationId: string) => T;

function collectionCheck<T>(what: string, isItem: (value: unknown) => boolean): CollectionCheck<ResourceCollectionModel<T>> {
  return (body, correlationId) => {
    const fail = () => upstreamFailure(`the answer was not ${what}`, correlationId, 200);
    if (!isObject(body) || !Array.isArray(body.items)) throw fail();
    if (body.totalCount !== undefined && typeof body.totalCount !== "number") throw fail();
    if (body.links !== undefined && body.links !== null && !isObject(body.links)) throw fail();
    for (const item of body.items) if (!isItem(item)) throw fail();
    return body as ResourceCollectionModel<T>;
  };
}

export function assertOrder(body: unknown, correlationId: string): OrderModel {
  if (!isOrderShaped(body)) throw upstreamFailure("the answer was not an order", correlationId, 200);
  return body;
}

export const assertOrderCollection: CollectionCheck<OrderCollectionModel> = collectionCheck<OrderModel>("an order collection", isOrderShaped);

export const assertProvisioningStatuses = collectionCheck<OrderLineItemProvisioningStatusModel>(
  "a collection of line provisioning statuses",
  isProvisioningStatus,
);

export const assertActivationLinks = collectionCheck<OrderLineItemActivationLinkModel>("a collection of activation links", isActivationLink);
