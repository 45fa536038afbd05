/**
 * The data layer of one operation: DataLoaders created per request (never shared between callers),
 * in front of the one Partner Center client. Resolvers ask it; it dedups, primes and forgets.
 *
 * - the same customer + filters asked twice cost one GET;
 * - `Customer.order(id)` is answered from the customer's full order list (system purchases
 *   included), so several lookups of one customer cost at most one GET;
 * - orders a list returned answer lookups by id (found in the loaded lists when a lookup asks,
 *   rather than primed one by one: most operations never look one up);
 * - after a PATCH, that customer's lists are forgotten and the returned order primed.
 */
import DataLoader from "dataloader";
import {
  type BillingCycle,
  type OrderCollectionView,
  type OrderModel,
  type OrderView,
  PartnerCenterClient,
  PartnerCenterError,
  mapOrder,
  mapOrderCollection,
} from "../partner-center/index.js";
import type { Caller } from "./caller.js";

export interface OrdersFilter {
  customerId: string;
  indirectResellerId?: string;
  billingType?: BillingCycle;
  includePrice: boolean;
  includeSystemPurchases: boolean;
}

export interface OrderKey {
  customerId: string;
  orderId: string;
  includePrice: boolean;
}

export interface UpdateOrderRequest {
  customerId: string;
  orderId: string;
  patch: OrderModel;
  requestId: string;
  ifMatch?: string;
}

/** One upstream list call serves every order lookup of a customer: all orders, system purchases included. */
export const lookupFilter = (customerId: string, includePrice: boolean): OrdersFilter => ({
  customerId,
  includePrice,
  includeSystemPurchases: true,
});

export const ordersFilterKey = (filter: OrdersFilter): string =>
  JSON.stringify([
    filter.customerId,
    filter.indirectResellerId ?? null,
    filter.billingType ?? null,
    filter.includePrice,
    filter.includeSystemPurchases,
  ]);

const orderKey = (key: OrderKey): string => JSON.stringify([key.customerId, key.orderId, key.includePrice]);
const priceScope = (key: { customerId: string; includePrice: boolean }): string => JSON.stringify([key.customerId, key.includePrice]);

export interface OrderLoadersOptions {
  client: PartnerCenterClient;
  caller: Caller;
  /** Logical upstream requests this operation may make (a safety net behind the static estimate). */
  maxUpstreamCalls: number;
}

export class OrderLoaders {
  readonly #client: PartnerCenterClient;
  readonly #caller: Caller;
  readonly #maxUpstreamCalls: number;
  #upstreamRequests = 0;
  /** Filter keys loaded per customer, so a mutation can forget exactly that customer's lists. */
  readonly #filtersByCustomer = new Map<string, Set<OrdersFilter>>();

  readonly #lists = new DataLoader<OrdersFilter, OrderCollectionView, string>(
    (filters) => Promise.all(filters.map((filter) => this.#fetchList(filter).catch((error: Error) => error))),
    { cacheKeyFn: ordersFilterKey, name: "orders" },
  );

  /** Lists of this operation still loading, per customer + price flag: a lookup waits for them before fetching. */
  readonly #listsInFlight = new Map<string, Set<Promise<unknown>>>();
  /** Lists this operation loaded, per customer + price flag, to answer lookups by id. */
  readonly #loaded = new Map<string, OrderCollectionView[]>();

  readonly #orders = new DataLoader<OrderKey, OrderView | null, string>(
    (keys) => Promise.all(keys.map((key) => this.#lookup(key).catch((error: Error) => error))),
    { cacheKeyFn: orderKey, name: "orderById" },
  );

  constructor(options: OrderLoadersOptions) {
    this.#client = options.client;
    this.#caller = options.caller;
    this.#maxUpstreamCalls = options.maxUpstreamCalls;
  }

  /** GET /customers/{id}/orders with these filters, once per operation. */
  orders(filter: OrdersFilter): Promise<OrderCollectionView> {
    return this.#lists.load(filter);
  }

  /** One order of a customer, or null when the customer has no such order. */
  order(key: OrderKey): Promise<OrderView | null> {
    return this.#orders.load(key);
  }

  /** PATCH the order; later reads in this operation see the result. */
  async updateOrder(request: UpdateOrderRequest): Promise<OrderView> {
    this.#admit();
    const updated = await this.#client.updateOrder(this.#caller, request.customerId, request.orderId, request.patch, {
      requestId: request.requestId,
      ifMatch: request.ifMatch,
    });
    const order = mapOrder(updated, request.customerId);
    for (const filter of this.#filtersByCustomer.get(request.customerId) ?? []) this.#lists.clear(filter);
    this.#filtersByCustomer.delete(request.customerId);
    const orderId = order.id ?? request.orderId;
    for (const includePrice of [true, false]) this.#loaded.delete(priceScope({ customerId: request.customerId, includePrice }));
    this.#orders.clear({ customerId: request.customerId, orderId, includePrice: true });
    this.#orders.clear({ customerId: request.customerId, orderId, includePrice: false }).prime(
      { customerId: request.customerId, orderId, includePrice: false },
      order,
    );
    return order;
  }

  /** An order a list of this operation already returned (or is returning) costs nothing; else the lookup list. */
  async #lookup(key: OrderKey): Promise<OrderView | null> {
    // Let the lists this operation asks for in the same tick start first, whatever the field order.
    await new Promise((resolve) => setImmediate(resolve));
    const scope = priceScope(key);
    const inFlight = this.#listsInFlight.get(scope);
    if (inFlight) await Promise.allSettled(inFlight);
    for (const loaded of this.#loaded.get(scope) ?? []) {
      const found = loaded.items.find((order) => order.id === key.orderId);
      if (found) return found;
    }
    const list = await this.#lists.load(lookupFilter(key.customerId, key.includePrice));
    return list.items.find((order) => order.id === key.orderId) ?? null;
  }

  #fetchList(filter: OrdersFilter): Promise<OrderCollectionView> {
    const scope = priceScope(filter);
    let inFlight = this.#listsInFlight.get(scope);
    if (!inFlight) this.#listsInFlight.set(scope, (inFlight = new Set()));
    const loading = this.#loadList(filter);
    inFlight.add(loading);
    void loading.finally(() => inFlight.delete(loading)).catch(() => undefined);
    return loading;
  }

  async #loadList(filter: OrdersFilter): Promise<OrderCollectionView> {
    this.#admit();
    let known = this.#filtersByCustomer.get(filter.customerId);
    if (!known) this.#filtersByCustomer.set(filter.customerId, (known = new Set()));
    known.add(filter);
    const collection = mapOrderCollection(
      await this.#client.listOrders(this.#caller, filter.customerId, {
        indirectResellerId: filter.indirectResellerId,
        billingType: filter.billingType,
        includePrice: filter.includePrice,
        includeSystemPurchases: filter.includeSystemPurchases,
      }),
      filter.customerId,
    );
    const scope = priceScope(filter);
    this.#loaded.set(scope, [...(this.#loaded.get(scope) ?? []), collection]);
    return collection;
  }

  /** Refuses a call the caller cannot make: no token for a real upstream, or over the operation's budget. */
  #admit(): void {
    if (!this.#caller.authenticated) {
      throw new PartnerCenterError("An Authorization header with a Partner Center bearer token is required", "UNAUTHENTICATED", {
        correlationId: this.#caller.correlationId,
      });
    }
    if (++this.#upstreamRequests > this.#maxUpstreamCalls) {
      throw new PartnerCenterError(
        `This operation needs more than ${this.#maxUpstreamCalls} upstream calls (MAX_UPSTREAM_CALLS_PER_OPERATION)`,
        "BAD_USER_INPUT",
        { correlationId: this.#caller.correlationId },
      );
    }
  }
}
