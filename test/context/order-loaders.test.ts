/**
 * Upstream-call counts for the dedup cases, counted where the upstream received them (URLs included).
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CustomerOrderDocument } from "../generated/graphql.js";
import { useFacadeOnOrdersStub, wireOrder } from "../helpers/orders-stub.js";
import { startFacadeOnSimulator } from "../helpers/simulated.js";

describe("per-request loaders", () => {
  // c-1-new exists by id but is not yet in c-1's list.
  const stub = useFacadeOnOrdersStub({
    override: (request) =>
      request.path === "/v1/customers/c-1/orders/c-1-new" ? { body: { ...wireOrder("c-1", "c-1-new", false), status: "pending" } } : {},
  });

  it("asks once for the same customer and filters asked twice in one operation", async () => {
    const response = await stub.facade.request(`{
      a: customer(id: "c-1") { orders(billingType: MONTHLY) { totalCount } }
      b: customer(id: "c-1") { orders(billingType: MONTHLY) { items { id } } }
    }`);
    expect(response.body).toEqual({
      data: { a: { orders: { totalCount: 2 } }, b: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] } } },
    });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("asks once per distinct filter", async () => {
    await stub.facade.request(`{
      a: customer(id: "c-1") { orders(billingType: MONTHLY) { totalCount } }
      b: customer(id: "c-1") { orders(billingType: ANNUAL) { totalCount } }
      c: customer(id: "c-2") { orders(billingType: MONTHLY) { totalCount } }
    }`);
    expect(stub.upstream.requests).toHaveLength(3);
  });

  it("makes one GET by id per distinct lookup and no list call; an unknown id is null without an error", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        x: order(id: "c-1-o1") { id status }
        y: order(id: "c-1-o2") { id }
        z: order(id: "missing") { id }
      }
    }`);
    expect(response.body).toEqual({
      data: { customer: { x: { id: "c-1-o1", status: "COMPLETED" }, y: { id: "c-1-o2" }, z: null } },
    });
    expect(stub.upstream.requests.map((request) => request.url).sort()).toEqual([
      "/v1/customers/c-1/orders/c-1-o1?include_price=false",
      "/v1/customers/c-1/orders/c-1-o2?include_price=false",
      "/v1/customers/c-1/orders/missing?include_price=false",
    ]);
  });

  it("asks once for the same lookup made twice", async () => {
    const response = await stub.facade.request(`{
      a: customer(id: "c-1") { order(id: "c-1-o1") { id } }
      b: customer(id: "c-1") { order(id: "c-1-o1") { status } }
    }`);
    expect(response.body).toEqual({ data: { a: { order: { id: "c-1-o1" } }, b: { order: { status: "COMPLETED" } } } });
    expect(stub.upstream.requests.map((request) => request.url)).toEqual(["/v1/customers/c-1/orders/c-1-o1?include_price=false"]);
  });

  it("sends include_price as for lists: inferred from the selection, or the explicit argument", async () => {
    await stub.facade.request(`{ customer(id: "c-1") { order(id: "c-1-o1") { totalPrice } } }`);
    await stub.facade.request(`{ customer(id: "c-1") { order(id: "c-1-o1", includePrice: true) { id } } }`);
    await stub.facade.request(`{ customer(id: "c-1") { order(id: "c-1-o1", includePrice: false) { totalPrice } } }`);
    expect(stub.upstream.requests.map((request) => request.url)).toEqual([
      "/v1/customers/c-1/orders/c-1-o1?include_price=true",
      "/v1/customers/c-1/orders/c-1-o1?include_price=true",
      "/v1/customers/c-1/orders/c-1-o1?include_price=false",
    ]);
  });

  it("answers a lookup from a list of the same operation that holds the order: one call", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        orders { items { id } }
        order(id: "c-1-o2") { id billingCycle }
      }
    }`);
    expect(response.body).toEqual({
      data: { customer: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] }, order: { id: "c-1-o2", billingCycle: "MONTHLY" } } },
    });
    expect(stub.upstream.requests.map((request) => request.url)).toEqual(["/v1/customers/c-1/orders?include_price=false&include_system_purchases=false"]);
  });

  it("answers it from the list whatever the field order: a lookup written before the list uses it too", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        order(id: "c-1-o1") { id }
        orders { totalCount }
      }
    }`);
    expect(response.body).toEqual({ data: { customer: { order: { id: "c-1-o1" }, orders: { totalCount: 2 } } } });
    expect(stub.upstream.requests.map((request) => request.url)).toEqual(["/v1/customers/c-1/orders?include_price=false&include_system_purchases=false"]);
  });

  it("fetches by id an order the list lacks, whichever field comes first", async () => {
    for (const query of [
      `{ customer(id: "c-1") { order(id: "missing") { id } orders { totalCount } } }`,
      `{ customer(id: "c-1") { orders { totalCount } order(id: "missing") { id } } }`,
    ]) {
      stub.upstream.requests.length = 0;
      const response = await stub.facade.request(query);
      expect(response.body.data).toEqual({ customer: { order: null, orders: { totalCount: 2 } } });
      expect(stub.upstream.requests.map((request) => request.url).sort()).toEqual([
        "/v1/customers/c-1/orders/missing?include_price=false",
        "/v1/customers/c-1/orders?include_price=false&include_system_purchases=false",
      ]);
    }
  });

  it("finds an order visible by id but not yet in the list (Partner Center's list lags up to 15 minutes)", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { items { id } } order(id: "c-1-new") { id status } } }`);
    expect(response.body).toEqual({
      data: { customer: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] }, order: { id: "c-1-new", status: "PENDING" } } },
    });
    expect(stub.upstream.requests).toHaveLength(2);
  });

  it("counts distinct lookups before any call: 51 are refused, 50 and their duplicates run", async () => {
    const lookups = (count: number, distinct = count) =>
      `{ customer(id: "c-1") { ${Array.from({ length: count }, (_, i) => `o${i}: order(id: "id-${i % distinct}") { id }`).join(" ")} } }`;
    const refused = await stub.facade.request(lookups(51));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: 51 });
    expect(stub.upstream.requests).toHaveLength(0);
    const fits = await stub.facade.request(lookups(80, 50));
    expect(fits.body.errors).toBeUndefined();
    expect(stub.upstream.requests).toHaveLength(50);
  });

  it("does not answer a priced lookup from an unpriced list", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } order(id: "c-1-o1") { totalPrice } } }`);
    expect(response.body.data).toEqual({ customer: { orders: { totalCount: 2 }, order: { totalPrice: 12.5 } } });
    expect(stub.upstream.requests.map((request) => request.url).sort()).toEqual([
      "/v1/customers/c-1/orders/c-1-o1?include_price=true",
      "/v1/customers/c-1/orders?include_price=false&include_system_purchases=false",
    ]);
  });

  it("keeps Order.customer on the same customer without another call", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") { orders { items { id customer { id orders { totalCount } } } } }
    }`);
    expect(response.body.data).toEqual({
      customer: {
        orders: {
          items: [
            { id: "c-1-o1", customer: { id: "c-1", orders: { totalCount: 2 } } },
            { id: "c-1-o2", customer: { id: "c-1", orders: { totalCount: 2 } } },
          ],
        },
      },
    });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("does not share results between operations", async () => {
    await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`);
    await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`);
    expect(stub.upstream.requests).toHaveLength(2);
  });
});

describe("lookups against the simulator", () => {
  const CUSTOMER = "b0d70a69-4c42-4b27-b17b-91a835d8686a";
  const ORDER = "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1";
  let running: Awaited<ReturnType<typeof startFacadeOnSimulator>>;
  beforeAll(async () => {
    running = await startFacadeOnSimulator();
  });
  afterAll(() => running.stop());

  it("one lookup is one GET by id, with include_price as the selection asks", async () => {
    running.simulator.requests.length = 0;
    const response = await running.facade.request(CustomerOrderDocument, { customerId: CUSTOMER, orderId: ORDER });
    expect(response.body.data?.customer.order?.id).toBe(ORDER);
    const priced = await running.facade.request(`{ customer(id: "${CUSTOMER}") { order(id: "${ORDER}") { totalPrice } } }`);
    expect(typeof (priced.body.data as { customer: { order: { totalPrice: unknown } } }).customer.order.totalPrice).toBe("number");
    expect(running.simulator.requests.map((request) => [request.method, request.path, request.query])).toEqual([
      ["GET", `/v1/customers/${CUSTOMER}/orders/${ORDER}`, { include_price: "false" }],
      ["GET", `/v1/customers/${CUSTOMER}/orders/${ORDER}`, { include_price: "true" }],
    ]);
  });

  it("an unknown order is null without an error, after the simulator's 404", async () => {
    running.simulator.requests.length = 0;
    const response = await running.facade.request(CustomerOrderDocument, { customerId: CUSTOMER, orderId: "no-such-order" });
    expect(response.body).toEqual({ data: { customer: { id: CUSTOMER, order: null } } });
    expect(running.simulator.requests).toHaveLength(1);
  });
});
