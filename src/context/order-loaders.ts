/**
 * The data layer of one operation: DataLoaders created per request (never shared between callers),
 * in front of the one Partner Center client. Resolvers ask it; it dedups, admits, counts and forgets.
 *
 * - the same customer + filters asked twice cost one GET;
 * - `Customer.order(id)` is a GET by id, once per (customer, order, price flag), unless a list the
 *   operation loads holds that order. Which lists the operation loads is known before execution
 *   (the document's walk, src/planning/, hands an OperationPlan over), so a lookup loads those lists itself (the
 *   same DataLoader keys, so no extra call) and fetches by id only when they lack the order:
 *   deterministic, whatever the field order;
 * - per-order reads (provisioning status, activation links) are once per order;
 * - every upstream call — each page of `links.next` included — is admitted against
 *   MAX_UPSTREAM_CALLS_PER_OPERATION as it is made; the orders fields return are counted against
 *   MAX_ORDERS_PER_OPERATION as they resolve;
 * - after a PATCH, that customer's lists and that order's reads are forgotten, the order primed.
 */
import DataLoader from "dataloader";
import { LocalRefusal } from "../errors/index.js";
import {
  type OrderCollectionView,
  type OrderLineItemActivationLinkView,
  type OrderLineItemProvisioningStatusView,
  type OrderModel,
  type OrderView,
  PartnerCenterClient,
  PartnerCenterError,
  mapActivationLinks,
  mapOrder,
  mapOrderCollection,
  mapProvisioningStatuses,
} from "../partner-center/index.js";
import { NO_PLAN, type OperationPlan, type OrderKey, type OrderRef, type OrdersFilter, orderKey, orderRefKey, ordersFilterKey, patchEffects } from "../planning/index.js";
import type { Caller } from "./caller.js";

export interface UpdateOrderRequest {
  customerId: string;
  orderId: string;
  patch: OrderModel;
  requestId: string;
  ifMatch?: string;
}

export interface OrderLoadersOptions {
  client: PartnerCenterClient;
  caller: Caller;
  /** Upstream requests (pages included) this operation may make: MAX_UPSTREAM_CALLS_PER_OPERATION. */
  maxUpstreamCalls: number;
  /** Orders the fields of this operation may return: MAX_ORDERS_PER_OPERATION. */
  maxOrders: number;
}

export class OrderLoaders {
  readonly #client: PartnerCenterClient;
  readonly #caller: Caller;
  readonly #maxUpstreamCalls: number;
  readonly #maxOrders: number;
  #upstreamRequests = 0;
  #ordersReturned = 0;
  #plan: OperationPlan = NO_PLAN;
  /** Filters loaded per customer, so a mutation can forget exactly that customer's lists. */
  readonly #filtersByCustomer = new Map<string, Set<OrdersFilter>>();
  /** Orders of a loaded list by id, built when a lookup first searches it. */
  readonly #indexes = new WeakMap<OrderCollectionView, Map<string, OrderView>>();

  readonly #lists = new DataLoader<OrdersFilter, OrderCollectionView, string>(
    (filters) => Promise.all(filters.map((filter) => this.#loadList(filter).catch((error: Error) => error))),
    { cacheKeyFn: ordersFilterKey, name: "orders" },
  );

  readonly #orders = new DataLoader<OrderKey, OrderView | null, string>(
    (keys) => Promise.all(keys.map((key) => this.#lookup(key).catch((error: Error) => error))),
    { cacheKeyFn: orderKey, name: "orderById" },
  );

  readonly #provisioning = this.#perOrder("provisioningStatus", async (ref) =>
    mapProvisioningStatuses(await this.#client.getOrderProvisioningStatus(this.#caller, ref.customerId, ref.orderId, this.#paging)),
  );

  readonly #activationLinks = this.#perOrder("activationLinks", async (ref) =>
    mapActivationLinks(await this.#client.getOrderActivationLinks(this.#caller, ref.customerId, ref.orderId, this.#paging)),
  );

  /** Admits every page after the first of a collection against the call budget. */
  readonly #paging = { beforeNextPage: () => this.#admit() };

  constructor(options: OrderLoadersOptions) {
    this.#client = options.client;
    this.#caller = options.caller;
    this.#maxUpstreamCalls = options.maxUpstreamCalls;
    this.#maxOrders = options.maxOrders;
  }

  /** What the walk of the document found, before execution starts. */
  usePlan(plan: OperationPlan): void {
    this.#plan = plan;
  }

  /** What the walk of the document found (src/planning/): the lists it loads, the price flags it inferred. */
  get plan(): OperationPlan {
    return this.#plan;
  }

  /** GET /customers/{id}/orders with these filters, once per operation; its orders count against the budget. */
  async orders(filter: OrdersFilter): Promise<OrderCollectionView> {
    const collection = await this.#lists.load(filter);
    this.#countOrders(collection.items.length);
    return collection;
  }

  /** One order of a customer, or null when the customer has no such order. */
  async order(key: OrderKey): Promise<OrderView | null> {
    const order = await this.#orders.load(key);
    if (order) this.#countOrders(1);
    return order;
  }

  /** GET …/orders/{id}/provisioningstatus, once per order per operation. */
  provisioningStatus(ref: OrderRef): Promise<OrderLineItemProvisioningStatusView[]> {
    return this.#provisioning.load(ref);
  }

  /** GET …/orders/{id}/activationlinks, once per order per operation. */
  activationLinks(ref: OrderRef): Promise<OrderLineItemActivationLinkView[]> {
    return this.#activationLinks.load(ref);
  }

  /** PATCH the order; later reads in this operation see the result. */
  async updateOrder(request: UpdateOrderRequest): Promise<OrderView> {
    this.#admit();
    const updated = await this.#client.updateOrder(this.#caller, request.customerId, request.orderId, request.patch, {
      requestId: request.requestId,
      ifMatch: request.ifMatch,
    });
    const order = mapOrder(updated, request.customerId);
    const effects = patchEffects(request.customerId, order.id ?? request.orderId);
    for (const filter of this.#filtersByCustomer.get(effects.listsOf) ?? []) this.#lists.clear(filter);
    this.#filtersByCustomer.delete(effects.listsOf);
    for (const stale of effects.staleLookups) this.#orders.clear(stale);
    this.#orders.clear(effects.primed).prime(effects.primed, order);
    // The reads that hang off the order (not planned: they are admitted as made) are stale too.
    this.#provisioning.clear(effects.primed);
    this.#activationLinks.clear(effects.primed);
    this.#countOrders(1);
    return order;
  }

  /** From a list the operation loads anyway, when one holds the order; else GET by id (404 = null). */
  async #lookup(key: OrderKey): Promise<OrderView | null> {
    for (const filter of this.#plan.listsFor(key)) {
      // A failing list is that list's field's error; the lookup still tries by id.
      const list = await this.#lists.load(filter).catch(() => undefined);
      const found = list && this.#index(list).get(key.orderId);
      if (found) return found;
    }
    this.#admit();
    try {
      return mapOrder(await this.#client.getOrder(this.#caller, key.customerId, key.orderId, key.includePrice), key.customerId);
    } catch (error) {
      if (error instanceof PartnerCenterError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  }

  #index(list: OrderCollectionView): Map<string, OrderView> {
    let index = this.#indexes.get(list);
    if (!index) {
      index = new Map();
      for (const order of list.items) if (order.id) index.set(order.id, order);
      this.#indexes.set(list, index);
    }
    return index;
  }

  async #loadList(filter: OrdersFilter): Promise<OrderCollectionView> {
    this.#admit();
    let known = this.#filtersByCustomer.get(filter.customerId);
    if (!known) this.#filtersByCustomer.set(filter.customerId, (known = new Set()));
    known.add(filter);
    return mapOrderCollection(await this.#client.listOrders(this.#caller, filter.customerId, filter, this.#paging), filter.customerId);
  }

  /** A read that hangs off one order: once per order per operation, each call admitted against the budget as it is made. */
  #perOrder<T>(name: string, read: (ref: OrderRef) => Promise<T>): DataLoader<OrderRef, T, string> {
    const admitted = async (ref: OrderRef): Promise<T> => {
      this.#admit();
      return read(ref);
    };
    return new DataLoader<OrderRef, T, string>((refs) => Promise.all(refs.map((ref) => admitted(ref).catch((error: Error) => error))), {
      cacheKeyFn: orderRefKey,
      name,
    });
  }

  /** A field that would take the operation past MAX_ORDERS_PER_OPERATION returns nothing; what resolved before stays. */
  #countOrders(count: number): void {
    if (this.#ordersReturned + count > this.#maxOrders) {
      throw new LocalRefusal(
        `This field would take the operation past ${this.#maxOrders} orders (MAX_ORDERS_PER_OPERATION); ${this.#ordersReturned} were already returned. Ask for fewer or narrower lists.`,
        "BAD_USER_INPUT",
        { correlationId: this.#caller.correlationId },
      );
    }
    this.#ordersReturned += count;
  }

  /** Refuses a call the caller cannot make, with no call made: no token for a real upstream, or over the operation's budget. */
  #admit(): void {
    if (!this.#caller.authenticated) {
      throw new LocalRefusal("An Authorization header with a Partner Center bearer token is required", "UNAUTHENTICATED", {
        correlationId: this.#caller.correlationId,
      });
    }
    if (this.#upstreamRequests >= this.#maxUpstreamCalls) {
      throw new LocalRefusal(
        `This operation needs more than ${this.#maxUpstreamCalls} upstream calls (MAX_UPSTREAM_CALLS_PER_OPERATION); this field's call was not made`,
        "BAD_USER_INPUT",
        { correlationId: this.#caller.correlationId },
      );
    }
    this.#upstreamRequests++;
  }
}
