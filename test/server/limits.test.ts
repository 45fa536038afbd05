/**
 * Operation budgets checked before anything is sent: upstream calls, depth, body size.
 */
import { describe, expect, it } from "@jest/globals";
import { startFacade } from "../helpers/facade.js";
import { startOrdersStub, useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

const aliasedCustomers = (count: number, distinct = count) =>
  `{ ${Array.from({ length: count }, (_, i) => `c${i}: customer(id: "cust-${i % distinct}") { orders { totalCount } }`).join("\n")} }`;

describe("operation limits", () => {
  const stub = useFacadeOnOrdersStub();

  it("runs 40 aliased customers: within the upstream-call budget, no other limit refuses it", async () => {
    const response = await stub.facade.request(aliasedCustomers(40));
    expect(response.body.errors).toBeUndefined();
    expect(Object.keys(response.body.data as object)).toHaveLength(40);
    expect(stub.upstream.requests).toHaveLength(40);
  });

  it("counts duplicates once: 60 aliases of 50 distinct customers fit a budget of 50", async () => {
    const response = await stub.facade.request(aliasedCustomers(60, 50));
    expect(response.body.errors).toBeUndefined();
    expect(stub.upstream.requests).toHaveLength(50);
  });

  it("refuses a document needing more upstream calls than allowed, before any call", async () => {
    const response = await stub.facade.request(aliasedCustomers(51));
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      limit: "MAX_UPSTREAM_CALLS_PER_OPERATION",
      needed: 51,
      allowed: 50,
    });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("counts calls through variables and fragments", async () => {
    const query = `query { ...F } fragment F on Query { ${Array.from({ length: 51 }, (_, i) => `c${i}: customer(id: "x${i}") { ...O }`).join(" ")} } fragment O on Customer { orders { totalCount } }`;
    const response = await stub.facade.request(query);
    expect(response.body.errors?.[0]?.extensions?.limit).toBe("MAX_UPSTREAM_CALLS_PER_OPERATION");
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("refuses a document nested deeper than MAX_QUERY_DEPTH, before any call", async () => {
    const deep = `{ customer(id: "c") { orders { items { customer { orders { items { customer { orders { items { customer { orders { items { id } } } } } } } } } } } } }`;
    const response = await stub.facade.request(deep);
    expect({ status: response.status, body: response.body, upstreamCalls: stub.upstream.requests.length }).toEqual({
      status: 400,
      body: { errors: [{ message: "Query depth limit of 12 exceeded, found 13.", extensions: { code: "BAD_USER_INPUT", limit: "MAX_QUERY_DEPTH" } }] },
      upstreamCalls: 0,
    });
  });

  it("refuses more than MAX_ALIASES (200) aliases, even of a field that costs nothing upstream, before any call", async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: customer(id: "c") { id }`).join(" ")} }`;
    const atLimit = await stub.facade.request(aliases(200));
    expect(atLimit.body.errors).toBeUndefined();
    expect(Object.keys(atLimit.body.data as object)).toHaveLength(200);
    const response = await stub.facade.request(aliases(201));
    expect({ status: response.status, body: response.body, upstreamCalls: stub.upstream.requests.length }).toEqual({
      status: 400,
      body: { errors: [{ message: "Aliases limit of 200 exceeded, found 201.", extensions: { code: "BAD_USER_INPUT", limit: "MAX_ALIASES" } }] },
      upstreamCalls: 0,
    });
  });

  it("refuses a document of more than 20,000 tokens before parsing it all", async () => {
    const response = await stub.facade.request(`{ customer(id: "c") { ${"id ".repeat(20_001)} } }`);
    expect(response.status).toBe(400);
    // graphql-js spells it "more that"; either spelling passes.
    expect(response.body.errors?.[0]?.message).toMatch(/^Syntax Error: Document contains more th(?:an|at) 20000 tokens/);
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("answers a body over 1 MB with 413 and no upstream call", async () => {
    const response = await fetch(stub.facade.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer t" },
      body: JSON.stringify({ query: `{ customer(id: "c") { id } }`, variables: { padding: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: "Request body is larger than 1mb", extensions: { code: "BAD_REQUEST" } }] });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("keeps 200 interleaved requests of two callers apart", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const caller = i % 2 === 0 ? "alpha" : "beta";
        return stub.facade
          .request(`{ customer(id: "${caller}-${i % 7}") { orders { items { id } } } }`, undefined, { authorization: `Bearer ${caller}` })
          .then((response) => ({ caller, i, response }));
      }),
    );
    for (const { caller, i, response } of results) {
      expect(response.body.data).toEqual({ customer: { orders: { items: [{ id: `${caller}-${i % 7}-o1` }, { id: `${caller}-${i % 7}-o2` }] } } });
    }
    // Each upstream call carried the token of the caller whose customer it asked for.
    expect(stub.upstream.requests).toHaveLength(200);
    for (const request of stub.upstream.requests) {
      const caller = /customers\/(alpha|beta)-/.exec(request.path)?.[1];
      expect(request.headers.authorization).toBe(`Bearer ${caller}`);
    }
  });
});

describe("in-flight cap", () => {
  it("holds upstream requests beyond UPSTREAM_MAX_CONCURRENCY in a queue", async () => {
    const held: Array<() => void> = [];
    let twoArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (twoArrived = resolve));
    let holding = true;
    const upstream = await startOrdersStub(async () => {
      if (!holding) return {};
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === 2) twoArrived();
      });
      return {};
    });
    const facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_MAX_CONCURRENCY: "2" });
    try {
      const operation = facade.request(aliasedCustomers(6));
      await arrived;
      const metrics = await (await fetch(facade.url.replace("/graphql", "/metrics"))).text();
      expect(metrics).toContain("partner_center_requests_in_flight 2");
      expect(metrics).toContain("partner_center_requests_queued 4");
      expect(upstream.requests).toHaveLength(2);
      holding = false;
      held.forEach((release) => release());
      const response = await operation;
      expect(response.body.errors).toBeUndefined();
      expect(upstream.requests).toHaveLength(6);
    } finally {
      await facade.stop();
      await upstream.close();
    }
  });
});
