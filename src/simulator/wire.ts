/**
 * Small pieces of the wire format that seed, store and PATCH rules all build: links, etags,
 * pricing, and the shape of an order as a client sees it.
 */
import { createHash } from "node:crypto";
import type { LinkModel, OrderModel, PricingModel } from "../partner-center/models.js";

/** A Link as Partner Center writes it: URIs relative to the versioned base, headers always present. */
export function link(uri: string, method = "GET"): LinkModel {
  return { uri, method, headers: [] };
}

/** Etags are base64 of `{"id":"<orderId>","version":N}`, exactly like the examples' etags. */
export function etagFor(orderId: string, version: number): string {
  return Buffer.from(JSON.stringify({ id: orderId, version })).toString("base64");
}

/** The version an etag carries; 0 for an order that has none yet (the cancel example has none). */
export function versionOf(etag: string | undefined): number {
  if (etag === undefined) return 0;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(etag, "base64").toString("utf8"));
    const version = (decoded as { version?: unknown } | null)?.version;
    return typeof version === "number" && Number.isInteger(version) ? version : 0;
  } catch {
    return 0;
  }
}

/**
 * Whether an If-Match header admits the current etag. Clients send it quoted (as docs/partner-center.md
 * advises) or bare, sometimes weak or as a list; `*` admits any existing order.
 */
export function ifMatchAccepts(ifMatch: string, currentEtag: string | undefined): boolean {
  return ifMatch
    .split(",")
    .map((candidate) => candidate.trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1"))
    .some((candidate) => candidate === "*" || (currentEtag !== undefined && candidate === currentEtag));
}

/**
 * A GUID (upper case, like the examples' subscription ids) that is a pure function of its input,
 * so that subscriptions the simulator creates are the same on every run.
 */
export function deterministicGuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("/")).digest("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const roundCents = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * A line's pricing: unit list price, unit price charged, unit price after the partner's
 * discount, the line total, and the share of it billed for the current (partial) period.
 */
export function linePricing(listPrice: number, quantity: number, discountRate = 0, proratedShare = 1): PricingModel {
  const discountedPrice = roundCents(listPrice * (1 - discountRate));
  const extendedPrice = roundCents(discountedPrice * quantity);
  return {
    listPrice,
    price: listPrice,
    discountedPrice,
    extendedPrice,
    proratedPrice: roundCents(extendedPrice * proratedShare),
  };
}

/** The sum the order's `totalPrice` shows: every line's extended price. */
export function orderTotal(order: OrderModel): number {
  return roundCents((order.lineItems ?? []).reduce((sum, line) => sum + (line.pricing?.extendedPrice ?? 0), 0));
}

/**
 * The order as a client receives it: a copy, with prices only when asked for (`include_price`),
 * since Partner Center omits `totalPrice` and line `pricing` otherwise.
 */
export function presentOrder(order: OrderModel, includePrice: boolean): OrderModel {
  const copy = structuredClone(order);
  if (!includePrice) {
    delete copy.totalPrice;
    for (const line of copy.lineItems ?? []) delete line.pricing;
  }
  return copy;
}
