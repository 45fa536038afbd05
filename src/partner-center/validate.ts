/**
 * Structural checks of 200 bodies before anything is mapped: a body that is not the shape
 * expected becomes UPSTREAM_ERROR for its field, never half-mapped data. Cheap by design
 * (type checks of containers and of the keys GraphQL declares non-null: an order's `id`, a line's
 * `lineItemNumber`, a link's `uri` and `method`, a header's `key` and `value`); other scalar oddities
 * are left to the mapping, which never throws.
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

const isHeader = (value: unknown): boolean => isObject(value) && typeof value.key === "string" && typeof value.value === "string";

/** A link as Link! declares it: `uri` and `method` strings, `headers` absent or a list of key/value strings. */
const isLink = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.uri === "string" &&
  typeof value.method === "string" &&
  isAbsentOr(value.headers, (headers) => Array.isArray(headers) && headers.every(isHeader));

/** `links` of an order or a line: absent, or an object whose present links are links. */
const isLinks = (value: unknown): boolean => {
  if (value === undefined || value === null) return true;
  if (!isObject(value)) return false;
  for (const key in value) if (!isAbsentOr(value[key], isLink)) return false;
  return true;
};

function isOrderShaped(value: unknown): value is OrderModel {
  if (!isObject(value)) return false;
  const { id, lineItems, links, attributes, client } = value;
  if (typeof id !== "string" || id === "") return false;
  if (lineItems !== undefined && lineItems !== null) {
    if (!Array.isArray(lineItems)) return false;
    for (const line of lineItems) if (!isObject(line) || !isLineNumber(line.lineItemNumber) || !isLinks(line.links)) return false;
  }
  return isLinks(links) && [attributes, client].every((part) => isAbsentOr(part, isObject));
}

function isProvisioningStatus(value: unknown): value is OrderLineItemProvisioningStatusModel {
  if (!isObject(value) || !isLineNumber(value.lineItemNumber)) return false;
  const quantities = value.quantityProvisioningInformation;
  return isAbsentOr(quantities, (list) => Array.isArray(list) && list.every(isObject));
}

function isActivationLink(value: unknown): value is OrderLineItemActivationLinkModel {
  return isObject(value) && isLineNumber(value.lineItemNumber) && isAbsentOr(value.link, isLink);
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
