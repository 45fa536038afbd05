/**
 * The simulator's in-memory Partner Center: customers, their orders, the offer catalogue, and the
 * PATCH bookkeeping (etags, If-Match, replays). Everything handed out is a copy, so callers can
 * never change stored orders behind the store's back.
 */
import type { OrderModel } from "../partner-center/models.js";
import { noCommerceRelationship, orderNotFound, preconditionFailed } from "./errors.js";
import { applyOrderPatch } from "./order-patch.js";
import { readOrderPatch } from "./patch-body.js";
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
}

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

interface StoredOrder {
  order: OrderModel;
  indirectResellerId: string | undefined;
  cancellationWindowOpen: boolean;
}

interface StoredCustomer {
  id: string;
  integrationSandbox: boolean;
  orders: Map<string, StoredOrder>;
}

/** Tenant ids are GUIDs, which Partner Center matches in any case. */
const customerKey = (customerId: string): string => customerId.toLowerCase();
const offerKey = (offerId: string): string => offerId.toUpperCase();

/** Orders the system created for itself (renewals, billing), hidden unless asked for. */
const isSystemPurchase = (order: OrderModel): boolean => /^system(purchase|billing)$/i.test(order.transactionType ?? "");

export class SimulatorStore {
  readonly #customers = new Map<string, StoredCustomer>();
  readonly #offers = new Map<string, OfferDefinition>();
  /** Successful PATCH results by customer/order/MS-RequestId. */
  readonly #replays = new Map<string, OrderModel>();

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
    return [...this.#customer(customerId).orders.values()]
      .filter(({ order, indirectResellerId }) =>
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
    if (options.ifMatch !== undefined && !ifMatchAccepts(options.ifMatch, currentEtag)) throw preconditionFailed(orderId);

    const draft = structuredClone(stored.order);
    applyOrderPatch(draft, patch, {
      customerId: customer.id,
      orderId,
      integrationSandbox: customer.integrationSandbox,
      cancellationWindowOpen: stored.cancellationWindowOpen,
      customerSubscriptionIds: this.#subscriptionIds(customer),
      supportsBillingCycle: (offerId, cycle) => this.#offers.get(offerKey(offerId))?.billingCycles?.includes(cycle) ?? true,
      listPriceOf: (offerId) => this.#offers.get(offerKey(offerId))?.listPrice,
    });
    draft.attributes = { ...draft.attributes, etag: etagFor(orderId, versionOf(currentEtag) + 1) };

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

