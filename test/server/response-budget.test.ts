/**
 * What one operation may cost: MAX_ORDERS_PER_OPERATION over every list and lookup (the
 * Order.customer.orders amplification), and each page of links.next counted as a call.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { wireOrder } from "../helpers/orders-stub.js";
import { type StubHandler, type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";

const WIDE = Array.from({ length: 200 }, (_, i) => `wide-${i}`);

describe("MAX_ORDERS_PER_OPERATION", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;

  beforeAll(async () => {
    upstream = await startStubUpstream((request) => {
      if (request.path === "/v1/customers/wide/orders") return { body: { totalCount: WIDE.length, items: WIDE.map((id) => wireOrder("wide", id, false)) } };
      const byId = /^\/v1\/customers\/c-1\/orders\/([^/]+)$/.exec(request.path);
      if (byId) return { body: wireOrder("c-1", byId[1]!, false) };
      return { body: { totalCount: 2, items: [wireOrder("c-1", "c-1-o1", false), wireOrder("c-1", "c-1-o2", false)] } };
    });
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("answers the nested amplification with at most the budget of orders, one upstream call, and /health meanwhile", async () => {
    upstream.requests.length = 0;
    const health = facade.url.replace("/graphql", "/health");
    const [response, during] = await Promise.all([
      facade.request(`{ customer(id: "wide") { orders { items { customer { orders { items { id } } } } } } }`),
      fetch(health),
    ]);
    expect(during.status).toBe(200);
    expect((await fetch(health)).status).toBe(200);
    expect(upstream.requests).toHaveLength(1);

    type Nested = { customer: { orders: { items: Array<{ id: string }> } | null } };
    const items = (response.body.data as { customer: { orders: { items: Nested[] } } }).customer.orders.items;
    expect(items).toHaveLength(200);
    // 200 outer orders + 49 nested lists of 200 = 10,000: the 50th nested list would pass the budget.
    const served = items.filter((item) => item.customer.orders !== null);
    expect(served).toHaveLength(49);
    for (const item of served) expect(item.customer.orders!.items.map((order) => order.id)).toEqual(WIDE);
    expect(items.slice(0, 49)).toEqual(served);
    expect(200 + served.length * 200).toBe(10_000);

    const errors = response.body.errors ?? [];
    expect(errors.map((error) => error.path)).toEqual(WIDE.slice(49).map((_, i) => ["customer", "orders", "items", 49 + i, "customer", "orders"]));
    for (const error of errors) {
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain("MAX_ORDERS_PER_OPERATION");
    }
  });

  it("counts every list occurrence and every lookup; what resolved before the limit stays", async () => {
    const small = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, MAX_ORDERS_PER_OPERATION: "3" });
    try {
      // One upstream list, returned twice: the second occurrence would make 4 orders.
      const lists = await small.request(`{ customer(id: "c-1") { orders { totalCount } again: orders { totalCount } } }`);
      expect(lists.body.data).toEqual({ customer: { orders: { totalCount: 2 }, again: null } });
      expect(lists.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["customer", "again"], "BAD_USER_INPUT"]]);
      expect(lists.body.errors?.[0]?.message).toMatch(/past 3 orders \(MAX_ORDERS_PER_OPERATION\)/);

      // Four lookups: three orders fit, one lookup is refused.
      const lookups = await small.request(`{ customer(id: "c-1") {
        a: order(id: "x1") { id } b: order(id: "x2") { id } c: order(id: "x3") { id } d: order(id: "x4") { id }
      } }`);
      const answered = Object.values((lookups.body.data as { customer: Record<string, unknown> }).customer);
      expect(answered.filter((order) => order !== null)).toHaveLength(3);
      expect(lookups.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    } finally {
      await small.stop();
    }
  });
});

describe("pages of links.next against MAX_UPSTREAM_CALLS_PER_OPERATION", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  /** Customer `pN` has N pages of two orders each. */
  const paged: StubHandler = (request) => {
    const match = /^\/v1\/customers\/p(\d+)\/orders$/.exec(request.path);
    if (!match) return { status: 404, body: {} };
    const customer = `p${match[1]}`;
    const pages = Number(match[1]);
    const page = Number(request.query.page ?? "1");
    const ids = [`${customer}-${page}a`, `${customer}-${page}b`];
    const next = page < pages ? { next: { uri: `/customers/${customer}/orders?page=${page + 1}`, method: "GET", headers: [{ key: "MS-ContinuationToken", value: `t${page}` }] } } : {};
    return { body: { totalCount: ids.length, items: ids.map((id) => wireOrder(customer, id, false)), links: next } };
  };

  beforeAll(async () => {
    upstream = await startStubUpstream(paged);
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, MAX_UPSTREAM_CALLS_PER_OPERATION: "3" });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("follows pages while they fit, and totalCount counts every page", async () => {
    upstream.requests.length = 0;
    const response = await facade.request(`{ customer(id: "p3") { orders { totalCount items { id } } } }`);
    expect(response.body).toEqual({
      data: { customer: { orders: { totalCount: 6, items: ["1a", "1b", "2a", "2b", "3a", "3b"].map((id) => ({ id: `p3-${id}` })) } } },
    });
    expect(upstream.requests).toHaveLength(3);
  });

  it("stops at the page that would pass the budget: that list is BAD_USER_INPUT, a sibling keeps its data", async () => {
    upstream.requests.length = 0;
    const response = await facade.request(`{ a: customer(id: "p1") { orders { totalCount } } b: customer(id: "p4") { orders { totalCount } } }`);
    expect(response.body.data).toEqual({ a: { orders: { totalCount: 2 } }, b: { orders: null } });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["b", "orders"], "BAD_USER_INPUT"]]);
    expect(response.body.errors?.[0]?.message).toContain("MAX_UPSTREAM_CALLS_PER_OPERATION");
    // p1's page, then p4's first two pages: three calls, and the third page of p4 is never asked for.
    expect(upstream.requests.map((request) => request.url).sort()).toEqual([
      "/v1/customers/p1/orders?include_price=false&include_system_purchases=false",
      "/v1/customers/p4/orders?include_price=false&include_system_purchases=false",
      "/v1/customers/p4/orders?page=2",
    ]);
  });
});
