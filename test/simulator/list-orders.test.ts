import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, fixture, ordersPath } from "./http-client.js";

const { customers, indirectResellers } = SEED;

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());

const list = (customerId: string, query = "") => call(simulator, "GET", ordersPath(customerId, query));

/** billingCycle/transactionType of each listed order, in list order. */
async function summary(customerId: string, query = ""): Promise<string[]> {
  const { status, body } = await list(customerId, query);
  expect(status).toBe(200);
  expect(body.totalCount).toBe(body.items.length);
  return body.items.map((order: any) => `${order.billingCycle}/${order.transactionType}`);
}

describe("GET /customers/{id}/orders for Microsoft's example customer", () => {
  it("answers exactly examples/orders-collection.json", async () => {
    const { status, headers, body } = await list(customers.example);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body).toEqual(fixture("orders-collection.json"));
  });

  it("answers the same with include_price=false", async () => {
    expect((await list(customers.example, "?include_price=false")).body).toEqual(fixture("orders-collection.json"));
  });

  it("adds totalPrice and line pricing with include_price=true, and nothing else", async () => {
    const expected = fixture("orders-collection.json");
    const [reservation, subscription] = expected.items;
    reservation.totalPrice = 612;
    reservation.lineItems[0].pricing = { listPrice: 612, price: 612, discountedPrice: 612, extendedPrice: 612, proratedPrice: 612 };
    subscription.totalPrice = 9;
    subscription.lineItems[0].pricing = { listPrice: 9, price: 9, discountedPrice: 9, extendedPrice: 9, proratedPrice: 9 };

    expect((await list(customers.example, "?include_price=true")).body).toEqual(expected);
  });

  it("counts an order without transactionType as a user purchase", async () => {
    expect((await list(customers.example, "?include_system_purchases=false")).body.totalCount).toBe(2);
  });
});

describe("include_price on generated orders", () => {
  it("gives every order a totalPrice equal to its lines' extended prices, each line all five pricing fields", async () => {
    const { body } = await list(customers.northwind, "?include_price=true&include_system_purchases=true");
    expect(body.totalCount).toBe(4);
    for (const order of body.items) {
      const sum = order.lineItems.reduce((total: number, line: any) => total + line.pricing.extendedPrice, 0);
      expect(order.totalPrice).toBeCloseTo(sum, 2);
      for (const line of order.lineItems) {
        expect(Object.keys(line.pricing).sort()).toEqual(["discountedPrice", "extendedPrice", "listPrice", "price", "proratedPrice"]);
        expect(line.pricing.extendedPrice).toBeCloseTo(line.pricing.discountedPrice * line.quantity, 2);
      }
    }
  });

  it("leaves both out by default", async () => {
    const { body } = await list(customers.northwind, "?include_system_purchases=true");
    for (const order of body.items) {
      expect(order).not.toHaveProperty("totalPrice");
      for (const line of order.lineItems) expect(line).not.toHaveProperty("pricing");
    }
  });

  it.each(["yes", "1", ""])("refuses include_price=%j with 400 / 800002", async (value) => {
    const { status, body } = await list(customers.example, `?include_price=${value}`);
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002));
  });

  it("reads the boolean in any case", async () => {
    expect((await list(customers.example, "?include_price=TRUE")).body.items[0].totalPrice).toBe(612);
  });
});

describe("include_system_purchases", () => {
  it("shows only user purchases by default", async () => {
    expect(await summary(customers.fabrikam)).toEqual(["monthly/UserPurchase", "annual/UserPurchase", "triennial/UserPurchase"]);
  });

  it("adds SystemPurchase and SystemBilling orders when true", async () => {
    expect(await summary(customers.fabrikam, "?include_system_purchases=true")).toEqual([
      "monthly/UserPurchase",
      "annual/UserPurchase",
      "triennial/UserPurchase",
      "monthly/SystemPurchase",
      "unknown/SystemBilling",
    ]);
  });

  it("refuses a value that is not a boolean", async () => {
    const { status, body } = await list(customers.fabrikam, "?include_system_purchases=all");
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002));
  });
});

describe("billingType", () => {
  it.each([
    ["Monthly", customers.fabrikam, ["monthly/UserPurchase"]],
    ["Annual", customers.fabrikam, ["annual/UserPurchase"]],
    ["Triennial", customers.fabrikam, ["triennial/UserPurchase"]],
    ["OneTime", customers.wingtip, ["one_time/UserPurchase", "one_time/UserPurchase", "one_time/UserPurchase"]],
    ["None", customers.wingtip, ["none/UserPurchase"]],
    ["Biennial", customers.tailspin, ["biennial/UserPurchase"]],
    // The documented "Annual" spelling in an order body is an annual order all the same.
    ["Annual", customers.tailspin, ["Annual/UserPurchase"]],
    ["Monthly", customers.tailspin, ["monthly/UserPurchase", "monthly/UserPurchase"]],
  ])("billingType=%s keeps only orders on that cycle", async (billingType, customerId, expected) => {
    expect(await summary(customerId, `?billingType=${billingType}`)).toEqual(expected);
  });

  it("finds the system's orders on an unknown cycle with billingType=Unknown", async () => {
    expect(await summary(customers.fabrikam, "?billingType=Unknown&include_system_purchases=true")).toEqual(["unknown/SystemBilling"]);
    expect(await summary(customers.fabrikam, "?billingType=Unknown")).toEqual([]);
  });

  it.each(["OneTime", "onetime", "one_time", "ONETIME", "oneTime"])("reads %s as one_time", async (billingType) => {
    expect(await summary(customers.wingtip, `?billingType=${billingType}`)).toHaveLength(3);
  });

  it.each(["monthly", "MONTHLY", "mOnThLy"])("reads %s case-insensitively", async (billingType) => {
    expect(await summary(customers.fabrikam, `?billingType=${billingType}`)).toEqual(["monthly/UserPurchase"]);
  });

  it.each(["Weekly", "2", "", "one time!"])("refuses billingType=%j with 400 / 800002", async (billingType) => {
    const { status, body } = await list(customers.fabrikam, `?billingType=${encodeURIComponent(billingType)}`);
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002, expect.stringContaining("billingType")));
  });

  it("answers an empty collection when nothing matches", async () => {
    const { status, body } = await list(customers.example, "?billingType=Triennial");
    expect(status).toBe(200);
    expect(body).toEqual({
      totalCount: 0,
      items: [],
      links: { self: { uri: `/customers/${customers.example}/orders`, method: "GET", headers: [] } },
      attributes: { objectType: "Collection" },
    });
  });
});

describe("indirect_reseller_id", () => {
  it("keeps only orders placed through that reseller", async () => {
    expect(await summary(customers.fabrikam, `?indirect_reseller_id=${indirectResellers.adatum}`)).toEqual([
      "annual/UserPurchase",
      "triennial/UserPurchase",
    ]);
    expect(await summary(customers.wingtip, `?indirect_reseller_id=${indirectResellers.litware}`)).toEqual(["one_time/UserPurchase"]);
  });

  it("matches the GUID in any case", async () => {
    const upper = indirectResellers.adatum.toUpperCase();
    expect(await summary(customers.fabrikam, `?indirect_reseller_id=${upper}`)).toHaveLength(2);
  });

  it("combines with the other filters", async () => {
    const reseller = `indirect_reseller_id=${indirectResellers.adatum}`;
    expect(await summary(customers.northwind, `?${reseller}`)).toEqual(["monthly/UserPurchase"]);
    expect(await summary(customers.northwind, `?${reseller}&include_system_purchases=true`)).toEqual([
      "triennial/SystemPurchase",
      "monthly/UserPurchase",
    ]);
    expect(await summary(customers.northwind, `?${reseller}&include_system_purchases=true&billingType=Triennial`)).toEqual([
      "triennial/SystemPurchase",
    ]);
  });

  it("finds nothing for a reseller the customer never bought through, or an empty id", async () => {
    expect(await summary(customers.fabrikam, `?indirect_reseller_id=${indirectResellers.litware}`)).toEqual([]);
    expect(await summary(customers.fabrikam, "?indirect_reseller_id=")).toEqual([]);
  });

  it("never shows the reseller in the order body", async () => {
    const { body } = await list(customers.fabrikam, `?indirect_reseller_id=${indirectResellers.adatum}`);
    expect(JSON.stringify(body)).not.toContain(indirectResellers.adatum);
  });
});

describe("query keys", () => {
  it("are read in any case, as ASP.NET binds them", async () => {
    expect(await summary(customers.fabrikam, "?BillingType=Annual")).toEqual(["annual/UserPurchase"]);
  });

  it("ignores keys it does not know", async () => {
    expect((await list(customers.example, "?size=1&seekOperation=Next")).body.totalCount).toBe(2);
  });
});
