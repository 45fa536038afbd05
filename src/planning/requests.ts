/**
 * The upstream requests a field makes, as both the plan (before execution) and the loaders (during
 * it) name them: the same keys, the same defaults, the same rule for what a PATCH makes stale.
 * Built here only, so that what the estimate counts is what the loaders dedup on.
 */
import type { BillingCycle } from "../partner-center/index.js";
import { assertId } from "../schema/validation.js";

/** GET /customers/{id}/orders, with its filters. */
export interface OrdersFilter {
  customerId: string;
  indirectResellerId?: string;
  billingType?: BillingCycle;
  includePrice: boolean;
  includeSystemPurchases: boolean;
}

/** GET /customers/{id}/orders/{orderId}, priced or not. */
export interface OrderKey {
  customerId: string;
  orderId: string;
  includePrice: boolean;
}

/** One order of one customer, for the reads that hang off an order. */
export interface OrderRef {
  customerId: string;
  orderId: string;
}

export type Args = Record<string, unknown>;

export const ordersFilterKey = (filter: OrdersFilter): string =>
  JSON.stringify([filter.customerId, filter.indirectResellerId ?? null, filter.billingType ?? null, filter.includePrice, filter.includeSystemPurchases]);

export const orderKey = (key: OrderKey): string => JSON.stringify([key.customerId, key.orderId, key.includePrice]);

export const orderRefKey = (ref: OrderRef): string => JSON.stringify([ref.customerId, ref.orderId]);

/** A list answers a lookup when it is of that customer and carries prices if the lookup wants them. */
export const listAnswers = (filter: OrdersFilter, key: OrderKey): boolean => filter.customerId === key.customerId && (filter.includePrice || !key.includePrice);

/** Throws BAD_USER_INPUT (naming the argument) for an id that must not reach a URL. */
export const requestId = (argument: string, value: unknown): string => assertId(argument, typeof value === "string" ? value : "");

/**
 * include_price: the caller's `includePrice` when given, else whether the selection reads a price
 * (Order.totalPrice, OrderLineItem.pricing), asked only then. The one default of every priced read.
 */
export const includePriceOf = (args: Args, readsPrice: () => boolean): boolean => (typeof args.includePrice === "boolean" ? args.includePrice : readsPrice());

/** GET /customers/{id}/orders: the filters of Customer.orders, defaults applied. */
export function ordersRequest(customerId: string, args: Args, readsPrice: () => boolean): OrdersFilter {
  return {
    customerId: requestId("id", customerId),
    indirectResellerId: args.indirectResellerId == null ? undefined : requestId("indirectResellerId", args.indirectResellerId),
    billingType: (args.billingType ?? undefined) as BillingCycle | undefined,
    includePrice: includePriceOf(args, readsPrice),
    includeSystemPurchases: args.includeSystemPurchases === true,
  };
}

/** GET /customers/{id}/orders/{orderId}: the key of Customer.order. */
export function orderRequest(customerId: string, args: Args, readsPrice: () => boolean): OrderKey {
  return { customerId: requestId("id", customerId), orderId: requestId("id", args.id), includePrice: includePriceOf(args, readsPrice) };
}

/** What a PATCH of an order changes in what the operation knows. */
export interface PatchEffects {
  /** Every list of this customer is stale (the loaders forget them; the plan counts them again). */
  listsOf: string;
  /** Reads of this order that are stale. */
  staleLookups: OrderKey[];
  /** The PATCH's answer is this read (unpriced, as Partner Center returns it): primed, not fetched again. */
  primed: OrderKey;
}

/** The one PATCH-invalidation rule, read by the plan and by the loaders. */
export function patchEffects(customerId: string, orderId: string): PatchEffects {
  return {
    listsOf: customerId,
    staleLookups: [{ customerId, orderId, includePrice: true }],
    primed: { customerId, orderId, includePrice: false },
  };
}
