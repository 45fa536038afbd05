/** The seed is deterministic and covers everything the Order model can hold. */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, orderPath, ordersPath } from "./http-client.js";

const everything = "?include_price=true&include_system_purchases=true";

let simulator: RunningSimulator;
let orders: any[];

async function allOrders(target: RunningSimulator): Promise<any[]> {
  const lists = await Promise.all(
    target.store.customerIds().map(async (customerId) => (await call(target, "GET", ordersPath(customerId, everything))).body.items),
  );
  return lists.flat();
}

beforeAll(async () => {
  simulator = await startSimulator();
  orders = await allOrders(simulator);
});
afterAll(() => simulator.close());

const lines = () => orders.flatMap((order) => order.lineItems);

describe("determinism", () => {
  it("gives every simulator the same customers and orders, ids and prices included", async () => {
    const other = await startSimulator();
    try {
      expect(other.store.customerIds()).toEqual(simulator.store.customerIds());
      expect(await allOrders(other)).toEqual(orders);
    } finally {
      await other.close();
    }
  });
});

describe("well-known ids", () => {
  it("names customers that exist, each with several orders", async () => {
    expect([...simulator.store.customerIds()].sort()).toEqual(Object.values(SEED.customers).sort());
    for (const customerId of Object.values(SEED.customers)) {
      const count = orders.filter((order) => order.referenceCustomerId === customerId).length;
      expect(count).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(Object.entries(SEED.jobs))("has the order of the %s job", async (_job, { customerId, orderId }) => {
    const { status, body } = await call(simulator, "GET", orderPath(customerId, orderId));
    expect(status).toBe(200);
    expect(body.id).toBe(orderId);
  });
});

describe("coverage", () => {
  it("holds every billing cycle, in lower snake and once as the documented 'Annual'", () => {
    expect(new Set(orders.map((order) => order.billingCycle))).toEqual(
      new Set(["monthly", "annual", "Annual", "none", "one_time", "triennial", "biennial", "unknown"]),
    );
  });

  it("holds every order status (and no status at all, as in the billing-cycle example)", () => {
    expect(new Set(orders.map((order) => order.status))).toEqual(
      new Set([
        "completed",
        "pending",
        "pending_po_upload",
        "po_upload_complete",
        "cancelled",
        "partial_success",
        "po_review_rejected",
        "suspended",
        "pending_review",
        "error",
        undefined,
      ]),
    );
  });

  it("holds user and system purchases, and orders without a transaction type (the examples')", () => {
    expect(new Set(orders.map((order) => order.transactionType))).toEqual(
      new Set(["UserPurchase", "SystemPurchase", "SystemBilling", undefined]),
    );
  });

  it("has 1 to 4 lines per order, every line priced with all five fields", () => {
    for (const order of orders) {
      expect(order.lineItems.length).toBeGreaterThanOrEqual(1);
      expect(order.lineItems.length).toBeLessThanOrEqual(4);
      expect(typeof order.totalPrice).toBe("number");
    }
    for (const line of lines()) {
      expect(Object.keys(line.pricing).sort()).toEqual(["discountedPrice", "extendedPrice", "listPrice", "price", "proratedPrice"]);
    }
  });

  it.each(["purchaseCommitment", "renewsTo", "promotionId", "attestationAccepted", "customTermEndDate", "provisioningContext", "partnerIdOnRecord", "termDuration", "parentSubscriptionId"])(
    "has lines with %s",
    (field) => {
      expect(lines().some((line) => line[field] !== undefined)).toBe(true);
    },
  );

  it("has an add-on whose parent is another line of its order", () => {
    const addOns = orders.flatMap((order) =>
      order.lineItems
        .filter((line: any) => line.parentSubscriptionId !== undefined)
        .map((line: any) => order.lineItems.some((parent: any) => parent.subscriptionId === line.parentSubscriptionId)),
    );
    expect(addOns).toEqual([true]);
  });

  it("has an empty termDuration, as Partner Center sometimes sends", () => {
    expect(lines().some((line) => line.termDuration === "")).toBe(true);
  });

  it("has every kind of order link, and an order whose links are {}", () => {
    const kinds = new Set(orders.flatMap((order) => Object.keys(order.links)));
    expect(kinds).toEqual(new Set(["self", "provisioningStatus", "patchOperation"]));
    expect(orders.some((order) => Object.keys(order.links).length === 0)).toBe(true);
  });

  it("has every kind of line link", () => {
    const kinds = new Set(lines().flatMap((line) => Object.keys(line.links ?? {})));
    expect(kinds).toEqual(new Set(["subscription", "product", "sku", "availability", "provisioningStatus", "activationLinks"]));
  });

  it("has order ids as lower- and upper-case GUIDs and 33-character tokens", () => {
    const ids: string[] = orders.map((order) => order.id);
    expect(ids.some((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(ids.some((id) => /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/.test(id))).toBe(true);
    expect(ids.some((id) => /^[A-Za-z0-9_-]{33}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has 12-hex alternate ids and offer ids with ':'", () => {
    expect(orders.filter((order) => order.alternateId !== undefined).every((order) => /^[0-9a-f]{12}$/.test(order.alternateId))).toBe(true);
    expect(lines().some((line) => line.offerId.split(":").length === 3)).toBe(true);
  });

  it("has creation dates of varying precision, in UTC and with offsets", () => {
    const dates: string[] = orders.map((order) => order.creationDate);
    expect(dates.some((date) => /\.\d{7}Z$/.test(date))).toBe(true);
    expect(dates.some((date) => /:\d{2}Z$/.test(date))).toBe(true);
    expect(dates.some((date) => /\.\d{1,3}[+-]\d{2}:\d{2}$/.test(date))).toBe(true);
    expect(dates.some((date) => /:\d{2}[+-]\d{2}:\d{2}$/.test(date))).toBe(true);
    for (const date of dates) expect(Number.isNaN(Date.parse(date))).toBe(false);
  });

  it("gives every etag its own order's id", () => {
    for (const order of orders.filter((candidate) => candidate.attributes.etag !== undefined)) {
      expect(JSON.parse(Buffer.from(order.attributes.etag, "base64").toString("utf8"))).toMatchObject({ id: order.id });
    }
  });
});
