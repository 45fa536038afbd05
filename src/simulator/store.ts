/**
 * The simulator's in-memory Partner Center: customers, their orders, the offer catalogue, and the
 * PATCH bookkeeping (etags, If-Match, replays). Everything handed out is a copy, so callers can
 * never change stored orders behind the store's back.
 */
import { LRUCache } from "lru-cache";
import type { OrderLineItemActivationLinkModel, OrderModel } from "../partner-center/models.js";
import { lineItemNotFound, noCommerceRelationship, orderNotFound, staleEtag } from "./errors.js";
import { applyOrderPatch } from "./order-patch.js";
import { readOrderPatch } from "./patch-body.js";
import { activationLinks, provisioningStatuses, type WireProvisioningStatus } from "./provisioning.js";
import { billingCycleOf, type WireBillingCycle } from "./wire-enums.js";
import { etagFor, ifMatchAccepts, versionOf } from "./wire.js";

export interface CustomerOptions {
  /** Orders of an integration-sandbox customer can be cancelled whole (`{id, status: "cancelled"}`). */
  integrationSandbox?: boolean;
}

export interface OrderOptions {
  /** The indirect reseller the order was placed through; never part of the wire body. */
  indirectResellerId?: string;
  /** Whether listed lines can still be cancelled (software purchases, shortly after the order). */
  cancellationWindowOpen?: boolean;
}

export interface OfferDefinition {
  offerId: string;
  /** Unit list price used to price lines bought through PATCH (add-ons). */
  listPrice?: number;
  /** The cycles the offer can be billed on; absent = any. */
  billingCycles?: readonly WireBillingCycle[];
  /**
   * Whether a PATCH of its order can cancel it (docs/partner-center.md, Cancelling): `anywhere`
   * (software; the default), `sandboxOnly` (reserved instances), `never` (new commerce, Azure
   * plan, marketplace: they are cancelled through their subscription).
   */
  orderCancellation?: OrderCancellation;
}

export type OrderCancellation = "anywhere" | "sandboxOnly" | "never";

export interface OrdersFilter {
  indirectResellerId?: string;
  billingCycle?: WireBillingCycle;
  includeSystemPurchases?: boolean;
}

export interface PatchOptions {
  /** The If-Match header as received. */
  ifMatch?: string;
  /**
   * The MS-RequestId header: a PATCH that succeeded is answered again, not applied again, when
   * repeated with the same one. A refused PATCH is not remembered, so it can be fixed and retried.
   */
  requestId?: string;
}

export interface StoreOptions {
  /** Milliseconds since the epoch; default Date.now. Tests pass their own to move time. */
  clock?: () => number;
  /** How long a successful PATCH is answered again for its MS-RequestId; default 24 h. */
  replayTtlMs?: number;
  /** How many PATCH replays are kept at most (least recently used dropped first); default 1000. */
  replayLimit?: number;
}

/** Microsoft documents no idempotency window for MS-RequestId; the simulator keeps a day. */
export const DEFAULT_REPLAY_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_REPLAY_LIMIT = 1000;

interface StoredOrder {
  order: OrderModel;
  indirectResellerId: string | undefined;
  cancellationWindowOpen: boolean;
  /** When the order starts to appear in GET …/orders (see `listLagMs`). */
  listedFrom: number;
  /** The quantity each line held before it went to 0, by line number: what was cancelled. */
  cancelledQuantities: Map<number, number>;
}

interface StoredCustomer {
  id: string;
  integrationSandbox: boolean;
  orders: Map<string, StoredOrder>;
}

/** Remembers what each line held before a PATCH took it to 0, and forgets it once it holds again. */
function recordCancellations(stored: StoredOrder, next: OrderModel): void {
  const before = new Map((stored.order.lineItems ?? []).map((line) => [line.lineItemNumber, line.quantity ?? 0]));
  for (const line of next.lineItems ?? []) {
    if (line.lineItemNumber === undefined) continue;
    const held = before.get(line.lineItemNumber) ?? 0;
    if ((line.quantity ?? 0) > 0) stored.cancelledQuantities.delete(line.lineItemNumber);
    else if (held > 0) stored.cancelledQuantities.set(line.lineItemNumber, held);
  }
}

/** Tenant ids are GUIDs, which Partner Center matches in any case. */
const customerKey = (customerId: string): string => customerId.toLowerCase();
const offerKey = (offerId: string): string => offerId.toUpperCase();

/** Orders the system created for itself (renewals, billing), hidden unless asked for. */
const isSystemPurchase = (order: OrderModel): boolean => /^system(purchase|billing)$/i.test(order.transactionType ?? "");

export class SimulatorStore {
  readonly #customers = new Map<string, StoredCustomer>();
  readonly #offers = new Map<string, OfferDefinition>();
  readonly #clock: () => number;
  /** Successful PATCH results by customer/order/MS-RequestId: expiring, and bounded in number. */
  readonly #replays: LRUCache<string, OrderModel>;
  /**
   * Partner Center's list can take up to 15 minutes to show a new order, which GET by id finds at
   * once. Orders added from now on join GET …/orders this many milliseconds after they were
   * added (by the store's clock); 0, the default, lists them at once. The seed is always listed.
   */
  listLagMs = 0;

  constructor(options: StoreOptions = {}) {
    const clock = options.clock ?? Date.now;
    this.#clock = clock;
    this.#replays = new LRUCache<string, OrderModel>({
      max: options.replayLimit ?? DEFAULT_REPLAY_LIMIT,
      ttl: options.replayTtlMs ?? DEFAULT_REPLAY_TTL_MS,
      // Read the clock on every check, so that a test's clock is obeyed to the millisecond.
      ttlResolution: 0,
      perf: { now: clock },
    });
  }

  /** How many PATCH replays are held now (expired ones are not counted). */
  get replayCount(): number {
    this.#replays.purgeStale();
    return this.#replays.size;
  }

  addCustomer(customerId: string, options: CustomerOptions = {}): void {
    if (this.#customers.has(customerKey(customerId))) throw new Error(`Customer ${customerId} already exists.`);
    this.#customers.set(customerKey(customerId), {
      id: customerId,
      integrationSandbox: options.integrationSandbox ?? false,
      orders: new Map(),
    });
  }

  /** Stores an order as given (a copy); it keeps its place in the customer's list. */
  addOrder(customerId: string, order: OrderModel, options: OrderOptions = {}): void {
    const customer = this.#customer(customerId);
    if (typeof order.id !== "string" || order.id === "") throw new Error("An order needs an id.");
    if (customer.orders.has(order.id)) throw new Error(`Order ${order.id} already exists.`);
    customer.orders.set(order.id, {
      order: structuredClone(order),
      indirectResellerId: options.indirectResellerId,
      cancellationWindowOpen: options.cancellationWindowOpen ?? false,
      listedFrom: this.#clock() + this.listLagMs,
      cancelledQuantities: new Map(),
    });
  }

  defineOffer(offer: OfferDefinition): void {
    this.#offers.set(offerKey(offer.offerId), { ...offer });
  }

  customerIds(): string[] {
    return [...this.#customers.values()].map((customer) => customer.id);
  }

  /** GET /customers/{c}/orders: the customer's orders (priced copies) that pass the filter. */
  listOrders(customerId: string, filter: OrdersFilter = {}): OrderModel[] {
    const reseller = filter.indirectResellerId?.toLowerCase();
    const now = this.#clock();
    return [...this.#customer(customerId).orders.values()]
      .filter(({ order, indirectResellerId, listedFrom }) =>
        listedFrom <= now &&
        (reseller === undefined || indirectResellerId?.toLowerCase() === reseller) &&
        (filter.billingCycle === undefined || billingCycleOf(order) === filter.billingCycle) &&
        (filter.includeSystemPurchases === true || !isSystemPurchase(order)),
      )
      .map(({ order }) => structuredClone(order));
  }

  /** GET /customers/{c}/orders/{o}: a priced copy. */
  getOrder(customerId: string, orderId: string): OrderModel {
    return structuredClone(this.#order(this.#customer(customerId), orderId).order);
  }

  /** GET /customers/{c}/orders/{o}/provisioningstatus: one item per line, in line order. */
  provisioningStatus(customerId: string, orderId: string): WireProvisioningStatus[] {
    const stored = this.#order(this.#customer(customerId), orderId);
    return provisioningStatuses(stored.order, stored.cancelledQuantities);
  }

  /** GET /customers/{c}/orders/{o}/activationlinks: the fulfilled lines that have one. */
  activationLinks(customerId: string, orderId: string): OrderLineItemActivationLinkModel[] {
    const stored = this.#order(this.#customer(customerId), orderId);
    return activationLinks(stored.order, stored.cancelledQuantities);
  }

  /** GET /customers/{c}/orders/{o}/lineitems/{n}/activationlinks: that line's, if it has one. */
  lineActivationLinks(customerId: string, orderId: string, lineItemNumber: number): OrderLineItemActivationLinkModel[] {
    const stored = this.#order(this.#customer(customerId), orderId);
    if (!(stored.order.lineItems ?? []).some((line) => line.lineItemNumber === lineItemNumber)) {
      throw lineItemNotFound(orderId, lineItemNumber);
    }
    return activationLinks(stored.order, stored.cancelledQuantities).filter((item) => item.lineItemNumber === lineItemNumber);
  }

  /**
   * PATCH /customers/{c}/orders/{o}: applies the body to a copy and keeps it only when every rule
   * passed, bumping the etag. Runs synchronously, so of two PATCHes carrying the same If-Match
   * exactly one finds its etag current.
   */
  patchOrder(customerId: string, orderId: string, body: unknown, options: PatchOptions = {}): OrderModel {
    const customer = this.#customer(customerId);
    const stored = this.#order(customer, orderId);
    // A retry of a PATCH that already succeeded gets the same answer, even though its If-Match
    // is stale by now: that is what makes MS-RequestId an idempotency key.
    const replayKey = options.requestId ? `${customerKey(customer.id)}/${orderId}/${options.requestId}` : undefined;
    const replayed = replayKey ? this.#replays.get(replayKey) : undefined;
    if (replayed) return structuredClone(replayed);

    const patch = readOrderPatch(body);
    const currentEtag = stored.order.attributes?.etag;
    if (options.ifMatch !== undefined && !ifMatchAccepts(options.ifMatch, currentEtag)) throw staleEtag(orderId);

    const draft = structuredClone(stored.order);
    applyOrderPatch(draft, patch, {
      customerId: customer.id,
      orderId,
      integrationSandbox: customer.integrationSandbox,
      cancellationWindowOpen: stored.cancellationWindowOpen,
      customerSubscriptionIds: this.#subscriptionIds(customer),
      supportsBillingCycle: (offerId, cycle) => this.#offers.get(offerKey(offerId))?.billingCycles?.includes(cycle) ?? true,
      listPriceOf: (offerId) => this.#offers.get(offerKey(offerId))?.listPrice,
      orderCancellationOf: (offerId) => this.#offers.get(offerKey(offerId))?.orderCancellation ?? "anywhere",
    });
    draft.attributes = { ...draft.attributes, etag: etagFor(orderId, versionOf(currentEtag) + 1) };

    recordCancellations(stored, draft);
    stored.order = draft;
    if (replayKey) this.#replays.set(replayKey, structuredClone(draft));
    return structuredClone(draft);
  }

  #customer(customerId: string): StoredCustomer {
    const customer = this.#customers.get(customerKey(customerId));
    if (!customer) throw noCommerceRelationship(customerId);
    return customer;
  }

  #order(customer: StoredCustomer, orderId: string): StoredOrder {
    const stored = customer.orders.get(orderId);
    if (!stored) throw orderNotFound(orderId);
    return stored;
  }

  #subscriptionIds(customer: StoredCustomer): Set<string> {
    const ids = new Set<string>();
    for (const { order } of customer.orders.values()) {
      for (const line of order.lineItems ?? []) {
        if (line.subscriptionId) ids.add(line.subscriptionId.toUpperCase());
      }
    }
    return ids;
  }
}

