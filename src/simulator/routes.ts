/**
 * The order endpoints under /{apiVersion}: which path and method mean what, the checks every
 * call passes (route, method, bearer token), query parsing, and the answer bodies. Transport
 * concerns (reading, recording, headers, sockets) stay in server.ts.
 */
import type { OrderCollectionModel } from "../partner-center/models.js";
import { ORDERS_QUERY_KEYS } from "../partner-center/models.js";
import { invalidInput, methodNotAllowed, resourceNotFound, tokenMissing } from "./errors.js";
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

type Handler = (request: ApiRequest, customerId: string, orderId: string) => ApiReply;

/** Handlers by HTTP method. */
type Route = ReadonlyMap<string, Handler>;

/** Literal segments match in any case, like ASP.NET routes; ids are kept as sent. */
const isSegment = (segment: string | undefined, literal: string): boolean => segment?.toLowerCase() === literal.toLowerCase();

export function createRouter(store: SimulatorStore, apiVersion: string): (request: ApiRequest) => ApiReply {
  const listOrders: Handler = ({ query }, customerId) => {
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

  const getOrder: Handler = ({ query }, customerId, orderId) => {
    const includePrice = booleanQuery(query, ORDERS_QUERY_KEYS.includePrice);
    return { status: 200, body: presentOrder(store.getOrder(customerId, orderId), includePrice) };
  };

  const patchOrder: Handler = ({ body, bodyIsMalformed, headers }, customerId, orderId) => {
    if (bodyIsMalformed) throw invalidInput("The request body is not valid JSON.");
    if (body === undefined) throw invalidInput("The request body must be a JSON object (a partial Order).");
    const order = store.patchOrder(customerId, orderId, body, {
      ifMatch: headers["if-match"],
      requestId: headers["ms-requestid"],
    });
    return { status: 200, body: presentOrder(order, false) };
  };

  const ordersRoute: Route = new Map([["GET", listOrders]]);
  const orderRoute: Route = new Map([
    ["GET", getOrder],
    ["PATCH", patchOrder],
  ]);

  function match(segments: string[]): { route: Route; customerId: string; orderId: string } | undefined {
    const [version, customers, customerId, orders, orderId, ...rest] = segments;
    if (!isSegment(version, apiVersion) || !isSegment(customers, "customers") || !customerId || !isSegment(orders, "orders")) {
      return undefined;
    }
    if (orderId === undefined) return { route: ordersRoute, customerId, orderId: "" };
    if (orderId === "" || rest.length > 0) return undefined;
    return { route: orderRoute, customerId, orderId };
  }

  return (request) => {
    const matched = match(request.segments);
    if (!matched) throw resourceNotFound(`/${request.segments.join("/")}`);
    const handler = matched.route.get(request.method);
    if (!handler) throw methodNotAllowed(request.method, [...matched.route.keys()]);
    authorize(request.headers);
    return handler(request, matched.customerId, matched.orderId);
  };
}
