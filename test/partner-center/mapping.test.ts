/**
 * The mapping is idempotent: operations that joined one call in flight are given the same parsed
 * objects and each maps them (src/partner-center/read-cache.ts), so mapping a view again must give
 * the same view. Checked on Microsoft's example bodies and on the odd values the mapping reads
 * leniently.
 */
import { describe, expect, it } from "@jest/globals";
import { mapActivationLinks, mapOrder, mapOrderCollection, mapProvisioningStatuses } from "../../src/partner-center/mapping.js";
import type { OrderCollectionModel, OrderModel } from "../../src/partner-center/models.js";
import { example } from "../helpers/fixtures.js";

const clone = <T>(value: T): T => structuredClone(value);

/** Bodies with what the mapping changes: enum spellings, unknown values, links without headers, absent lists. */
const ODD_ORDERS = [
  { id: "o-1", billingCycle: "OneTime", status: "Completed", links: { self: { uri: "/o-1", method: "GET" } } },
  { id: "o-2", billingCycle: "quarterly", status: "awaiting_payment", lineItems: [{ lineItemNumber: 0, links: { product: { uri: "/p", method: "GET" }, sku: null } }] },
  { id: "o-3", billingCycle: null, lineItems: null, links: { patchOperation: null } },
  { id: "o-4", billingCycle: 7, status: ["pending"] },
] as unknown as OrderModel[];

describe("mapping a view again gives the same view", () => {
  it("the collection of orders-collection.json", () => {
    const once = mapOrderCollection(example<OrderCollectionModel>("orders-collection.json"), "c-1");
    const expected = clone(once);
    expect(mapOrderCollection(once as unknown as OrderCollectionModel, "c-1")).toEqual(expected);
    expect(once).toEqual(expected);
  });

  it.each(["order-after-cancel.json", "order-after-billing-cycle-change.json"])("the order of %s", (name) => {
    const once = mapOrder(example<OrderModel>(name), "c-1");
    const expected = clone(once);
    expect(mapOrder(once as unknown as OrderModel, "c-1")).toEqual(expected);
  });

  it("orders with odd enum spellings, unknown values, links without headers and absent lists", () => {
    const once = ODD_ORDERS.map((order) => mapOrder(clone(order), "c-1"));
    expect(once.map(({ billingCycle, status, lineItems }) => ({ billingCycle, status, lines: lineItems.length }))).toEqual([
      { billingCycle: "ONE_TIME", status: "COMPLETED", lines: 0 },
      { billingCycle: "UNKNOWN", status: "UNKNOWN", lines: 1 },
      { billingCycle: null, status: null, lines: 0 },
      { billingCycle: "UNKNOWN", status: "UNKNOWN", lines: 0 },
    ]);
    expect(once[0]!.links?.self?.headers).toEqual([]);
    expect(once[1]!.lineItems[0]!.links).toEqual({ product: { uri: "/p", method: "GET", headers: [] }, sku: undefined });
    const expected = clone(once);
    expect(once.map((view) => mapOrder(view as unknown as OrderModel, "c-1"))).toEqual(expected);
  });

  it("provisioning statuses and activation links", () => {
    const statuses = mapProvisioningStatuses({ items: [{ lineItemNumber: 0, status: "fulfilled" }] });
    expect(mapProvisioningStatuses({ items: clone(statuses) })).toEqual(statuses);
    const links = mapActivationLinks({ items: [{ lineItemNumber: 0, link: { uri: "https://example.com/activate", method: "GET" } }] });
    expect(links).toEqual([{ lineItemNumber: 0, link: { uri: "https://example.com/activate", method: "GET", headers: [] } }]);
    expect(mapActivationLinks({ items: clone(links) as never })).toEqual(links);
  });
});
