/**
 * The order endpoints under /{apiVersion}: which path and method mean what, the checks every
 * call passes (route, method, bearer token), query parsing, and the answer bodies. Transport
 * concerns (reading, recording, headers, sockets) stay in server.ts.
 */
import type { OrderCollectionModel, ResourceCollectionModel } from "../partner-center/models.js";
import { ORDERS_QUERY_KEYS } from "../partner-center/models.js";
import { invalidInput, lineItemNotFound, methodNotAllowed, resourceNotFound, tokenMissing } from "./errors.js";
import type { SimulatorStore } from "./store.js";
import { BILLING_TYPE_NAMES, readBillingCycle } from "./wire-enums.js";
import { link, presentOrder } from "./wire.js";

/** A request as the routes see it: path split into decoded segments, body already parsed. */
export interface ApiRequest {
  method: string;
  /** Path segments after the leading slash, percent-decoded. */
  segments: string[];
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  /** True when a body was sent but is not JSON. */
  bodyIsMalformed: boolean;
}

export interface ApiReply {
  status: number;
  body: unknown;
}

/** A query value by name; ASP.NET, which serves Partner Center, binds query keys in any case. */
function queryValue(query: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(query).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : query[key];
}

function booleanQuery(query: Record<string, string>, name: string): boolean {
  const value = queryValue(query, name);
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (lower === "true" || lower === "false") return lower === "true";
  throw invalidInput(`The value '${value}' is not valid for ${name}; expected true or false.`);
}

function billingTypeQuery(query: Record<string, string>) {
  const value = queryValue(query, ORDERS_QUERY_KEYS.billingType);
  if (value === undefined) return undefined;
  const billingCycle = readBillingCycle(value);
  if (billingCycle === undefined) {
    throw invalidInput(`The value '${value}' is not valid for billingType; expected one of ${BILLING_TYPE_NAMES.join(", ")}.`);
  }
  return billingCycle;
}

/** Any non-empty bearer token is accepted: the simulator checks presence, not identity. */
function authorize(headers: Record<string, string>): void {
  if (!/^bearer\s+\S/i.test(headers.authorization ?? "")) throw tokenMissing();
}

/** What the path names: the customer, and the order and line when the route has them. */
interface PathParams {
  customerId: string;
  orderId: string;
  lineItemNumber: string;
}

type Handler = (request: ApiRequest, params: PathParams) => ApiReply;

/** Handlers by HTTP method. */
type Route = ReadonlyMap<string, Handler>;

/** Literal segments match in any case, like ASP.NET routes; ids are kept as sent. */
const isSegment = (segment: string | undefined, literal: string): boolean => segment?.toLowerCase() === literal.toLowerCase();

/** Partner Center's collection envelope around a list of items. */
function collection<T>(items: T[], selfUri?: string): ResourceCollectionModel<T> {
  return {
    totalCount: items.length,
    items,
    ...(selfUri !== undefined && { links: { self: link(selfUri) } }),
    attributes: { objectType: "Collection" },
  };
}

export function createRouter(store: SimulatorStore, apiVersion: string): (request: ApiRequest) => ApiReply {
  const listOrders: Handler = ({ query }, { customerId }) => {
    const filter = {
      indirectResellerId: queryValue(query, ORDERS_QUERY_KEYS.indirectResellerId),
      billingCycle: billingTypeQuery(query),
      includeSystemPurchases: booleanQuery(query, ORDERS_QUERY_KEYS.includeSystemPurchases),
    };
    const includePrice = booleanQuery(query, ORDERS_QUERY_KEYS.includePrice);
    const items = store.listOrders(customerId, filter).map((order) => presentOrder(order, includePrice));
    // Orders are not paged: `links` has only `self` and the count is the whole list.
    const collection: OrderCollectionModel = {
      totalCount: items.length,
      items,
      links: { self: link(`/customers/${customerId}/orders`) },
      attributes: { objectType: "Collection" },
    };
    return { status: 200, body: collection };
  };

  const getOrder: Handler = ({ query }, { customerId, orderId }) => {
    const includePrice = booleanQuery(query, ORDERS_QUERY_KEYS.includePrice);
    return { status: 200, body: presentOrder(store.getOrder(customerId, orderId), includePrice) };
  };

  const patchOrder: Handler = ({ body, bodyIsMalformed, headers }, { customerId, orderId }) => {
    if (bodyIsMalformed) throw invalidInput("The request body is not valid JSON.");
    if (body === undefined) throw invalidInput("The request body must be a JSON object (a partial Order).");
    const order = store.patchOrder(customerId, orderId, body, {
      ifMatch: headers["if-match"],
      requestId: headers["ms-requestid"],
    });
    return { status: 200, body: presentOrder(order, false) };
  };

  // Microsoft's example of this body has no `links`; the simulator writes none either.
  const getProvisioningStatus: Handler = (_request, { customerId, orderId }) => ({
    status: 200,
    body: collection(store.provisioningStatus(customerId, orderId)),
  });

  const getActivationLinks: Handler = (_request, { customerId, orderId }) => ({
    status: 200,
    body: collection(store.activationLinks(customerId, orderId), `/customers/${customerId}/orders/${orderId}/activationlinks`),
  });

  const getLineActivationLinks: Handler = (_request, { customerId, orderId, lineItemNumber }) => {
    // The reference types the segment int32: anything else names no line.
    if (!/^\d{1,9}$/.test(lineItemNumber)) throw lineItemNotFound(orderId, lineItemNumber);
    const items = store.lineActivationLinks(customerId, orderId, Number(lineItemNumber));
    return { status: 200, body: collection(items, `/customers/${customerId}/orders/${orderId}/lineitems/${lineItemNumber}/activationlinks`) };
  };

  const ordersRoute: Route = new Map([["GET", listOrders]]);
  const orderRoute: Route = new Map([
    ["GET", getOrder],
    ["PATCH", patchOrder],
  ]);
  const provisioningStatusRoute: Route = new Map([["GET", getProvisioningStatus]]);
  const activationLinksRoute: Route = new Map([["GET", getActivationLinks]]);
  const lineActivationLinksRoute: Route = new Map([["GET", getLineActivationLinks]]);

  /** The route a path names, or undefined; ids must be non-empty. */
  function routeOf(rest: string[]): { route: Route; lineItemNumber: string } | undefined {
    const [first, second, third, ...more] = rest;
    if (first === undefined) return { route: orderRoute, lineItemNumber: "" };
    if (second === undefined && isSegment(first, "provisioningstatus")) return { route: provisioningStatusRoute, lineItemNumber: "" };
    if (second === undefined && isSegment(first, "activationlinks")) return { route: activationLinksRoute, lineItemNumber: "" };
    if (isSegment(first, "lineitems") && second && isSegment(third, "activationlinks") && more.length === 0) {
      return { route: lineActivationLinksRoute, lineItemNumber: second };
    }
    return undefined;
  }

  function match(segments: string[]): { route: Route; params: PathParams } | undefined {
    const [version, customers, customerId, orders, orderId, ...rest] = segments;
    if (!isSegment(version, apiVersion) || !isSegment(customers, "customers") || !customerId || !isSegment(orders, "orders")) {
      return undefined;
    }
    if (orderId === undefined) return { route: ordersRoute, params: { customerId, orderId: "", lineItemNumber: "" } };
    if (orderId === "") return undefined;
    const found = routeOf(rest);
    return found && { route: found.route, params: { customerId, orderId, lineItemNumber: found.lineItemNumber } };
  }

  return (request) => {
    const matched = match(request.segments);
    if (!matched) throw resourceNotFound(`/${request.segments.join("/")}`);
    const handler = matched.route.get(request.method);
    if (!handler) throw methodNotAllowed(request.method, [...matched.route.keys()]);
    authorize(request.headers);
    return handler(request, matched.params);
  };
}
