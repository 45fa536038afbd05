/**
 * Reads cost Partner Center once (README, Response cache): identical GETs in flight share one
 * upstream call across operations, and with UPSTREAM_CACHE_TTL_MS a fetched body is reused by later
 * operations of the same caller. Over HTTP against a counting stub whose answers the test holds
 * back, so that reads overlap without any sleep; time moves on a virtual clock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { MemoryResponseCacheStore } from "../../src/partner-center/index.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { startOrdersStub, wireOrder } from "../helpers/orders-stub.js";
import { type TestRedis, startRedis } from "../helpers/redis.js";
import type { ReceivedRequest, StubReply, StubUpstream } from "../helpers/stub-upstream.js";
import { describeWith } from "../helpers/system-binaries.js";
import { VirtualClock } from "../helpers/virtual-clock.js";

const IDS = `{ customer(id: "c-1") { orders { items { id } } } }`;
const IDS_AND_STATUS = `{ customer(id: "c-1") { orders { totalCount items { id status } } } }`;
const ORDER = `{ customer(id: "c-1") { order(id: "c-1-o1") { id status } } }`;
const UPDATE = `mutation { updateOrder(customerId: "c-1", orderId: "c-1-o1", input: { status: CANCELLED }) { id status } }`;
const TWO_ORDERS = { customer: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] } } };
const caller = (token: string, more: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...more });

/** Answers held back until the test lets them go: reads overlap for as long as it wants. */
class Gate {
  #open = false;
  #waiting: Array<() => void> = [];
  pass(): Promise<void> {
    if (this.#open) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
  open(): void {
    this.#open = true;
    for (const release of this.#waiting.splice(0)) release();
  }
}

/** A bounded loop over a condition read over HTTP (a metric, the stub's record); no fixed wait. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let poll = 0; poll < 2000; poll++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`still not true: ${what}`);
}

async function metric(facade: TestFacade, series: string): Promise<number> {
  const text = await (await fetch(facade.url.replace("/graphql", "/metrics"))).text();
  const value = new RegExp(`^${series.replace(/[{}]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1];
  return value === undefined ? 0 : Number(value);
}

const COALESCED = "partner_center_upstream_coalesced_total";
const cacheMetric = (result: string) => `partner_center_upstream_cache_total{result="${result}"}`;
const gets = (upstream: StubUpstream) => upstream.requests.filter((request) => request.method === "GET");

/** An orders stub (stateful order c-1-o1: a PATCH changes its status) with every answer behind `gate`. */
async function gatedStub(gate: Gate, override?: (request: ReceivedRequest) => StubReply | undefined) {
  let status = "completed";
  return startOrdersStub(async (request) => {
    await gate.pass();
    const replaced = override?.(request);
    if (replaced) return replaced;
    if (request.method === "PATCH") {
      status = (JSON.parse(request.body) as { status?: string }).status ?? status;
      return { body: { ...wireOrder("c-1", "c-1-o1", false), status } };
    }
    if (request.path === "/v1/customers/c-1/orders/c-1-o1") return { body: { ...wireOrder("c-1", "c-1-o1", false), status } };
    return {};
  });
}

describe("identical reads in flight share one upstream call", () => {
  let gate: Gate;
  let upstream: StubUpstream;
  let facade: TestFacade;
  const start = async (env: Record<string, string> = {}, override?: (request: ReceivedRequest) => StubReply | undefined) => {
    gate = new Gate();
    upstream = await gatedStub(gate, override);
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_MAX_RETRIES: "0", ...env });
  };
  afterEach(async () => {
    await facade?.stop();
    await upstream?.close();
  });

  it("eight operations of one token, with different documents, make one call and all get the data", async () => {
    await start();
    const documents = [IDS, IDS_AND_STATUS, IDS, IDS_AND_STATUS, IDS, IDS_AND_STATUS, IDS, IDS_AND_STATUS];
    const responses = documents.map((document) => facade.request(document, undefined, caller("one")));
    await until(async () => (await metric(facade, COALESCED)) === 7, "seven operations joined the first one's call");
    gate.open();
    const bodies = (await Promise.all(responses)).map((response) => response.body);
    expect(gets(upstream).map((request) => request.url)).toEqual(["/v1/customers/c-1/orders?include_price=false&include_system_purchases=false"]);
    expect(bodies[0]).toEqual({ data: TWO_ORDERS });
    expect(bodies[1]).toEqual({
      data: { customer: { orders: { totalCount: 2, items: [{ id: "c-1-o1", status: "COMPLETED" }, { id: "c-1-o2", status: "COMPLETED" }] } } },
    });
    expect(bodies.map((body) => JSON.stringify(body))).toEqual(documents.map((_, index) => JSON.stringify(bodies[index % 2])));
    const line = facade.logLines.filter((entry) => entry.msg === "graphql operation" && entry.coalesced === 1);
    expect(line).toHaveLength(7);
  });

  it("joiners are given the leader's parsed orders and each maps them: odd enum spellings and links without headers answer as unshared", async () => {
    const odd = {
      totalCount: 2,
      items: [
        { id: "o-1", billingCycle: "OneTime", status: "Completed", links: { self: { uri: "/orders/o-1", method: "GET" } }, lineItems: [{ lineItemNumber: 0, links: { product: { uri: "/p", method: "GET" } } }] },
        { id: "o-2", billingCycle: "quarterly", status: "awaiting_payment" },
      ],
    };
    await start({}, (request) => (request.method === "GET" ? { body: odd } : undefined));
    const ENUMS = `{ customer(id: "c-1") { orders { items { id billingCycle status customer { id } } } } }`;
    const LINKS = `{ customer(id: "c-1") { orders { items { id links { self { uri headers { key } } } lineItems { links { product { uri headers { key } } } } } } } }`;
    const documents = [ENUMS, LINKS, ENUMS, LINKS];
    const responses = documents.map((document) => facade.request(document, undefined, caller("one")));
    await until(async () => (await metric(facade, COALESCED)) === 3, "three operations joined the first one's call");
    gate.open();
    const bodies = (await Promise.all(responses)).map((response) => response.body);
    expect(gets(upstream)).toHaveLength(1);
    const enums = {
      data: {
        customer: {
          orders: {
            items: [
              { id: "o-1", billingCycle: "ONE_TIME", status: "COMPLETED", customer: { id: "c-1" } },
              { id: "o-2", billingCycle: "UNKNOWN", status: "UNKNOWN", customer: { id: "c-1" } },
            ],
          },
        },
      },
    };
    const links = {
      data: {
        customer: {
          orders: {
            items: [
              { id: "o-1", links: { self: { uri: "/orders/o-1", headers: [] } }, lineItems: [{ links: { product: { uri: "/p", headers: [] } } }] },
              { id: "o-2", links: null, lineItems: [] },
            ],
          },
        },
      },
    };
    expect(bodies).toEqual([enums, links, enums, links]);
  });

  it("never shares across tokens: two tokens, three operations each, make two calls, each with its own token", async () => {
    await start();
    const responses = ["a", "b", "a", "b", "a", "b"].map((token) => facade.request(IDS, undefined, caller(token)));
    await until(async () => upstream.requests.length === 2 && (await metric(facade, COALESCED)) === 4, "two calls, four joiners");
    gate.open();
    for (const response of await Promise.all(responses)) expect(response.body).toEqual({ data: TWO_ORDERS });
    expect(upstream.requests.map((request) => request.headers.authorization).sort()).toEqual(["Bearer a", "Bearer b"]);
  });

  it("never shares across locales: X-Locale en-US and fr-FR make two calls, each with its own locale", async () => {
    await start();
    const responses = ["en-US", "fr-FR", "en-US", "fr-FR"].map((locale) => facade.request(IDS, undefined, caller("one", { "x-locale": locale })));
    await until(async () => upstream.requests.length === 2 && (await metric(facade, COALESCED)) === 2, "two calls, two joiners");
    gate.open();
    for (const response of await Promise.all(responses)) expect(response.body).toEqual({ data: TWO_ORDERS });
    expect(upstream.requests.map((request) => request.headers["x-locale"]).sort()).toEqual(["en-US", "fr-FR"]);
  });

  it("with UPSTREAM_COALESCE=false every operation makes its own call", async () => {
    await start({ UPSTREAM_COALESCE: "false" });
    const responses = Array.from({ length: 5 }, () => facade.request(IDS, undefined, caller("one")));
    await until(() => upstream.requests.length === 5, "five calls");
    gate.open();
    for (const response of await Promise.all(responses)) expect(response.body).toEqual({ data: TWO_ORDERS });
    expect(gets(upstream)).toHaveLength(5);
    expect(await metric(facade, COALESCED)).toBe(0);
  });

  it("never shares a PATCH: two identical updateOrder operations make two calls", async () => {
    await start();
    const responses = [facade.request(UPDATE, undefined, caller("one")), facade.request(UPDATE, undefined, caller("one"))];
    await until(() => upstream.requests.filter((request) => request.method === "PATCH").length === 2, "two PATCH calls");
    gate.open();
    for (const response of await Promise.all(responses)) expect(response.body).toEqual({ data: { updateOrder: { id: "c-1-o1", status: "CANCELLED" } } });
  });

  it("a joiner whose leader's client went away still gets the data", async () => {
    await start();
    const leaving = new AbortController();
    const leader = fetch(facade.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...caller("one") },
      body: JSON.stringify({ query: IDS }),
      signal: leaving.signal,
    }).catch((error: unknown) => error);
    await until(() => upstream.requests.length === 1, "the leader's call is in flight");
    const joiner = facade.request(IDS_AND_STATUS, undefined, caller("one"));
    await until(async () => (await metric(facade, COALESCED)) === 1, "the second operation joined");
    leaving.abort();
    expect(await leader).toMatchObject({ name: "AbortError" });
    gate.open();
    expect((await joiner).body.data).toEqual({ customer: { orders: { totalCount: 2, items: [{ id: "c-1-o1", status: "COMPLETED" }, { id: "c-1-o2", status: "COMPLETED" }] } } });
    expect(upstream.requests).toHaveLength(1);
  });

  it("no reader's deadline fails the others, and each obeys its own: the shared call goes on to the latest deadline, made once", async () => {
    await start({ OPERATION_DEADLINE_MS: "300" });
    const leader = facade.request(IDS, undefined, caller("one"));
    await until(() => upstream.requests.length === 1, "the leader's call is in flight");
    const first = facade.request(IDS_AND_STATUS, undefined, caller("one"));
    await until(async () => (await metric(facade, COALESCED)) === 1, "a first operation joined");
    const last = facade.request(IDS_AND_STATUS, undefined, caller("one"));
    await until(async () => (await metric(facade, COALESCED)) === 2, "a last operation joined");
    // The gate stays shut. Had the call been cut off at the leader's deadline, the first joiner
    // (whose deadline is later) would get that call's timeout instead of its own deadline.
    const responses = await Promise.all([leader, first, last]);
    for (const response of responses) {
      expect(response.body.data).toEqual({ customer: { orders: null } });
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(["UPSTREAM_ERROR"]);
    }
    expect(responses.slice(0, 2).map((response) => response.body.errors?.[0]?.message)).toEqual([
      "Partner Center failed to answer: the operation's deadline passed",
      "Partner Center failed to answer: the operation's deadline passed",
    ]);
    gate.open();
    expect(upstream.requests).toHaveLength(1);
  });

  it("a joiner given the leader's upstream error names the correlation id Partner Center saw, and its header echoes its own", async () => {
    await start({}, (request) =>
      request.method === "GET" ? { status: 400, body: { code: 600, description: "The customer is not valid.", data: [], source: "PartnerFD" } } : undefined,
    );
    const leader = facade.request(IDS, undefined, caller("one", { "ms-correlationid": "leader-own-id" }));
    await until(() => upstream.requests.length === 1, "the leader's call is in flight");
    const joiner = facade.request(IDS, undefined, caller("one", { "ms-correlationid": "joiner-own-id" }));
    await until(async () => (await metric(facade, COALESCED)) === 1, "the second operation joined");
    gate.open();
    const [first, second] = await Promise.all([leader, joiner]);
    const sent = String(upstream.requests[0]!.headers["ms-correlationid"]);
    expect(upstream.requests).toHaveLength(1);
    expect(second.headers.get("ms-correlationid")).toBe("joiner-own-id");
    expect(first.headers.get("ms-correlationid")).toBe("leader-own-id");
    for (const response of [first, second]) {
      expect(response.body.data).toEqual({ customer: { orders: null } });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", correlationId: sent, upstream: { status: 400, code: 600 } });
    }
  });
});

describe("the response cache (UPSTREAM_CACHE_TTL_MS)", () => {
  let gate: Gate;
  let upstream: StubUpstream;
  let facade: TestFacade;
  let clock: VirtualClock;
  const start = async (env: Record<string, string> = {}, override?: (request: ReceivedRequest) => StubReply | undefined) => {
    gate = new Gate();
    gate.open();
    clock = new VirtualClock();
    upstream = await gatedStub(gate, override);
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_MAX_RETRIES: "0", UPSTREAM_CACHE_TTL_MS: "60000", ...env }, { clock });
  };
  afterEach(async () => {
    await facade?.stop();
    await upstream?.close();
  });

  it("serves a later operation of the same caller from the cache, whatever its document, and says so in extensions.upstreamCache", async () => {
    await start();
    const first = await facade.request(IDS, undefined, caller("one"));
    expect(first.body).toEqual({ data: TWO_ORDERS, extensions: { upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } } });
    clock.advance(3_500);
    const second = await facade.request(IDS_AND_STATUS, undefined, caller("one"));
    expect(second.body.extensions).toEqual({ upstreamCache: { hits: 1, misses: 0, stale: [], maxAgeSeconds: 3 } });
    expect(second.body.data).toEqual({
      customer: { orders: { totalCount: 2, items: [{ id: "c-1-o1", status: "COMPLETED" }, { id: "c-1-o2", status: "COMPLETED" }] } },
    });
    expect(upstream.requests).toHaveLength(1);
    expect([await metric(facade, cacheMetric("miss")), await metric(facade, cacheMetric("hit"))]).toEqual([1, 1]);
    expect(facade.logLines.filter((line) => line.msg === "graphql operation").map((line) => line.cacheHits)).toEqual([undefined, 1]);
  });

  it("never crosses tokens or locales: each reads Partner Center itself", async () => {
    await start();
    await facade.request(IDS, undefined, caller("one"));
    const other = await facade.request(IDS, undefined, caller("two"));
    const french = await facade.request(IDS, undefined, caller("one", { "x-locale": "fr-FR" }));
    for (const response of [other, french]) expect(response.body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } });
    expect(upstream.requests.map((request) => [request.headers.authorization, request.headers["x-locale"]])).toEqual([
      ["Bearer one", undefined],
      ["Bearer two", undefined],
      ["Bearer one", "fr-FR"],
    ]);
  });

  it("reads again once the TTL has passed", async () => {
    await start();
    await facade.request(IDS, undefined, caller("one"));
    clock.advance(60_000);
    expect((await facade.request(IDS, undefined, caller("one"))).body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } });
    expect(upstream.requests).toHaveLength(2);
  });

  it("an updateOrder invalidates the customer's reads for every caller: the order read right after shows the new state", async () => {
    await start();
    expect((await facade.request(ORDER, undefined, caller("one"))).body.data).toEqual({ customer: { order: { id: "c-1-o1", status: "COMPLETED" } } });
    expect((await facade.request(ORDER, undefined, caller("two"))).body.data).toEqual({ customer: { order: { id: "c-1-o1", status: "COMPLETED" } } });
    expect((await facade.request(UPDATE, undefined, caller("two"))).body).toEqual({
      data: { updateOrder: { id: "c-1-o1", status: "CANCELLED" } },
      extensions: { upstreamCache: { hits: 0, misses: 0, stale: [], maxAgeSeconds: 0 } },
    });
    for (const token of ["one", "two"]) {
      const after = await facade.request(ORDER, undefined, caller(token));
      expect(after.body).toEqual({
        data: { customer: { order: { id: "c-1-o1", status: "CANCELLED" } } },
        extensions: { upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } },
      });
    }
    expect(upstream.requests.map((request) => `${request.method} ${request.headers.authorization}`)).toEqual([
      "GET Bearer one",
      "GET Bearer two",
      "PATCH Bearer two",
      "GET Bearer one",
      "GET Bearer two",
    ]);
  });

  it("an updateOrder that failed after it was sent invalidates too (the order may have changed)", async () => {
    await start({}, (request) => (request.method === "PATCH" ? { status: 500, body: "" } : undefined));
    await facade.request(ORDER, undefined, caller("one"));
    expect((await facade.request(UPDATE, undefined, caller("one"))).body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    expect((await facade.request(ORDER, undefined, caller("one"))).body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } });
    expect(upstream.requests.map((request) => request.method)).toEqual(["GET", "PATCH", "GET"]);
  });

  it("no operation that starts after a PATCH answered joins a read that began before it", async () => {
    // Only the first read is held: the PATCH and the read after it are answered at once.
    const held = new Gate();
    let reads = 0;
    let status = "completed";
    upstream = await startOrdersStub(async (request) => {
      if (request.method === "PATCH") {
        status = "cancelled";
        return { body: { ...wireOrder("c-1", "c-1-o1", false), status } };
      }
      const answer = { body: { ...wireOrder("c-1", "c-1-o1", false), status } };
      if (reads++ === 0) await held.pass();
      return answer;
    });
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_MAX_RETRIES: "0" });
    const before = facade.request(ORDER, undefined, caller("one"));
    await until(() => upstream.requests.length === 1, "the first read is in flight");
    expect((await facade.request(UPDATE, undefined, caller("one"))).body.data).toEqual({ updateOrder: { id: "c-1-o1", status: "CANCELLED" } });
    const after = await facade.request(ORDER, undefined, caller("one"));
    expect(after.body.data).toEqual({ customer: { order: { id: "c-1-o1", status: "CANCELLED" } } });
    held.open();
    expect((await before).body.data).toEqual({ customer: { order: { id: "c-1-o1", status: "COMPLETED" } } });
    expect(upstream.requests.map((request) => request.method)).toEqual(["GET", "PATCH", "GET"]);
  });

  it("Cache-Control: no-cache reads nothing from the cache and refreshes it; no-store neither reads nor writes it", async () => {
    let version = 0;
    await start({}, (request) => (request.method === "GET" ? { body: { totalCount: 1, items: [{ ...wireOrder("c-1", `v${++version}`, false) }] } } : undefined));
    const read = async (headers: Record<string, string> = {}) => {
      const response = await facade.request(IDS, undefined, caller("one", headers));
      return [response.body.data, response.body.extensions];
    };
    const orderIds = (id: string) => ({ customer: { orders: { items: [{ id }] } } });
    const fetched = { upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } };
    const cached = { upstreamCache: { hits: 1, misses: 0, stale: [], maxAgeSeconds: 0 } };
    expect(await read()).toEqual([orderIds("v1"), fetched]);
    expect(await read({ "cache-control": "no-cache" })).toEqual([orderIds("v2"), fetched]);
    expect(await read()).toEqual([orderIds("v2"), cached]);
    expect(await read({ "cache-control": "no-store" })).toEqual([orderIds("v3"), fetched]);
    expect(await read({ "cache-control": "max-age=0, No-Store" })).toEqual([orderIds("v4"), fetched]);
    expect(await read()).toEqual([orderIds("v2"), cached]);
    expect(upstream.requests).toHaveLength(4);
    expect(await metric(facade, cacheMetric("bypass"))).toBe(3);
  });

  it("keys the pages of a list by their continuation token: three pages at one URL are three reads, then three hits", async () => {
    const page = (index: number, token?: string) => ({
      totalCount: 3,
      items: [wireOrder("c-1", `p${index}`, false)],
      links: token ? { next: { uri: "/customers/c-1/orders?page=next", method: "GET", headers: [{ key: "MS-ContinuationToken", value: token }] } } : {},
    });
    await start({}, (request) => {
      const token = request.headers["ms-continuationtoken"];
      return { body: token === undefined ? page(1, "t2") : token === "t2" ? page(2, "t3") : page(3) };
    });
    const expected = { customer: { orders: { items: [{ id: "p1" }, { id: "p2" }, { id: "p3" }] } } };
    expect((await facade.request(IDS, undefined, caller("one"))).body).toEqual({ data: expected, extensions: { upstreamCache: { hits: 0, misses: 3, stale: [], maxAgeSeconds: 0 } } });
    expect((await facade.request(IDS, undefined, caller("one"))).body).toEqual({ data: expected, extensions: { upstreamCache: { hits: 3, misses: 0, stale: [], maxAgeSeconds: 0 } } });
    expect(upstream.requests.map((request) => request.headers["ms-continuationtoken"])).toEqual([undefined, "t2", "t3"]);
  });

  it("stale-if-error: a failed refresh within UPSTREAM_CACHE_STALE_IF_ERROR_MS is answered from the expired entry, and named in stale", async () => {
    let failing: StubReply | undefined;
    await start({ UPSTREAM_CACHE_TTL_MS: "1000", UPSTREAM_CACHE_STALE_IF_ERROR_MS: "60000" }, (request) => (request.method === "GET" ? failing : undefined));
    expect((await facade.request(IDS, undefined, caller("one"))).body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } });
    failing = { status: 503, body: "" };
    clock.advance(5_000);
    // One list read, served stale, and both fields it answered named by their response paths.
    const both = `{ first: customer(id: "c-1") { orders { items { id } } } second: customer(id: "c-1") { order(id: "c-1-o1") { id } } }`;
    const stale = await facade.request(both, undefined, caller("one"));
    expect(stale.body).toEqual({
      data: { first: TWO_ORDERS.customer, second: { order: { id: "c-1-o1" } } },
      extensions: {
        upstreamCache: {
          hits: 0,
          misses: 0,
          stale: [
            { path: ["first", "orders"], ageSeconds: 5 },
            { path: ["second", "order"], ageSeconds: 5 },
          ],
          maxAgeSeconds: 5,
        },
      },
    });
    expect(gets(upstream)).toHaveLength(2);
    expect(await metric(facade, cacheMetric("stale"))).toBe(1);

    failing = { status: 429, headers: { "retry-after": "3600" }, body: { statusCode: 429, message: "Rate limit is exceeded." } };
    clock.advance(10_000);
    expect((await facade.request(IDS, undefined, caller("two"))).body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect((await facade.request(IDS, undefined, caller("one"))).body.extensions).toEqual({
      upstreamCache: { hits: 0, misses: 0, stale: [{ path: ["customer", "orders"], ageSeconds: 15 }], maxAgeSeconds: 15 },
    });

    // Its own cool-down now (the 429 it got): still answered from the expired entry, with no call.
    const calls = upstream.requests.length;
    expect((await facade.request(IDS, undefined, caller("one"))).body).toEqual({
      data: TWO_ORDERS,
      extensions: { upstreamCache: { hits: 0, misses: 0, stale: [{ path: ["customer", "orders"], ageSeconds: 15 }], maxAgeSeconds: 15 } },
    });
    expect(upstream.requests.length).toBe(calls);

    // A refusal is no failure to refresh: a 400 is the caller's answer even with an expired entry at hand.
    clock.advance(3_600_000);
    failing = undefined;
    await facade.request(IDS, undefined, caller("one"));
    clock.advance(5_000);
    failing = { status: 400, body: { code: 600, description: "The customer is not valid.", data: [], source: "PartnerFD" } };
    const refused = await facade.request(IDS, undefined, caller("one"));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 0, stale: [], maxAgeSeconds: 0 } });
  });

  it("keeps no entry over UPSTREAM_CACHE_MAX_BYTES: a large list is read every time, a small one once", async () => {
    const big = (customerId: string) => ({ totalCount: 20, items: Array.from({ length: 20 }, (_, index) => wireOrder(customerId, `${customerId}-o${index}`, false)) });
    await start({ UPSTREAM_CACHE_MAX_BYTES: "1024" }, (request) => (request.path === "/v1/customers/big/orders" ? { body: big("big") } : undefined));
    const small = { totalCount: 1, items: [wireOrder("s", "s-1", false)] };
    expect(JSON.stringify(big("big")).length).toBeGreaterThan(1024);
    expect(JSON.stringify(small).length).toBeLessThan(1024 - 200);
    for (let round = 0; round < 2; round++) {
      await facade.request(`{ customer(id: "big") { orders { totalCount } } }`, undefined, caller("one"));
      await facade.request(`{ customer(id: "c-1") { order(id: "c-1-o1") { id } } }`, undefined, caller("one"));
    }
    expect(upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/big/orders", "/v1/customers/c-1/orders/c-1-o1", "/v1/customers/big/orders"]);
  });
});

describe("the in-process store", () => {
  it("stays under its byte bound however many distinct entries arrive, evicting the least recently used", async () => {
    const store = new MemoryResponseCacheStore({ maxBytes: 10_000, clock: new VirtualClock() });
    const body = "x".repeat(900);
    for (let index = 0; index < 1000; index++) {
      await store.set(`key-${index}`, { body, storedAt: 0, generation: 0 }, 60_000);
      expect(store.size).toBeLessThanOrEqual(10_000);
    }
    expect(await store.get("key-0")).toBeUndefined();
    expect((await store.get("key-999"))?.body).toBe(body);
    await store.set("huge", { body: "y".repeat(10_001), storedAt: 0, generation: 0 }, 60_000);
    expect(await store.get("huge")).toBeUndefined();
    expect((await store.get("key-999"))?.body).toBe(body);
  });

  it("bounds the generations it keeps, and never trusts an entry of a generation it forgot", async () => {
    const store = new MemoryResponseCacheStore({ maxBytes: 10_000, clock: new VirtualClock() });
    await store.bump("C-1");
    const seen = await store.generation("c-1");
    expect(seen).toBeGreaterThan(0);
    for (let index = 0; index < 100_001; index++) await store.bump(`other-${index}`);
    expect(await store.generation("c-1")).toBeGreaterThan(seen);
  });
});

describeWith("redis-server")("the response cache in Redis, shared by two replicas", () => {
  let redis: TestRedis;
  let upstream: StubUpstream;
  let a: TestFacade;
  let b: TestFacade;
  const TOKEN_TEXT = "redis-cache-secret-token";

  beforeAll(async () => {
    redis = await startRedis();
    const gate = new Gate();
    gate.open();
    upstream = await gatedStub(gate);
    const env = { PARTNER_CENTER_API_URL: upstream.url, REDIS_URL: redis.url, UPSTREAM_CACHE_TTL_MS: "60000", UPSTREAM_MAX_RETRIES: "0", REDIS_COMMAND_TIMEOUT_MS: "500" };
    [a, b] = await Promise.all([startFacade(env), startFacade(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
    await redis?.stop();
  });

  it("a read through A is a hit through B; an updateOrder through B makes A read again and see the new state", async () => {
    const token = caller(TOKEN_TEXT);
    expect((await a.request(ORDER, undefined, token)).body.extensions).toEqual({ upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } });
    expect((await b.request(ORDER, undefined, token)).body).toEqual({
      data: { customer: { order: { id: "c-1-o1", status: "COMPLETED" } } },
      extensions: { upstreamCache: { hits: 1, misses: 0, stale: [], maxAgeSeconds: 0 } },
    });
    expect((await b.request(UPDATE, undefined, token)).body.data).toEqual({ updateOrder: { id: "c-1-o1", status: "CANCELLED" } });
    expect((await a.request(ORDER, undefined, token)).body).toEqual({
      data: { customer: { order: { id: "c-1-o1", status: "CANCELLED" } } },
      extensions: { upstreamCache: { hits: 0, misses: 1, stale: [], maxAgeSeconds: 0 } },
    });
    expect(upstream.requests.map((request) => request.method)).toEqual(["GET", "PATCH", "GET"]);
  });

  it("holds no token text in any key or value, and every cache entry expires by its TTL", async () => {
    const keys = await redis.keys();
    const entries = keys.filter(({ key }) => key.startsWith("pcg:cache:"));
    expect(entries.length).toBeGreaterThan(0);
    for (const { key, ttlMs } of entries) {
      expect(key).toMatch(/^pcg:cache:[0-9a-f]{64}$/);
      expect(ttlMs).toBeGreaterThan(0);
      expect(ttlMs).toBeLessThanOrEqual(60_000);
    }
    for (const { key } of keys) {
      const type = String(await redis.call("TYPE", key));
      const value = type === "string" ? String(await redis.call("GET", key)) : JSON.stringify(await redis.call(type === "hash" ? "HGETALL" : "DUMP", key));
      expect(`${key} ${value}`).not.toContain(TOKEN_TEXT);
      expect(`${key} ${value}`).not.toContain("Bearer");
    }
  });

  it("Redis stopped mid-run fails no request: the replicas fall back to their own cache", async () => {
    await redis.kill();
    try {
      const token = caller("while-redis-is-down");
      const first = await a.request(IDS, undefined, token);
      const second = await a.request(IDS, undefined, token);
      expect([first.body.data, first.body.errors]).toEqual([TWO_ORDERS, undefined]);
      expect(second.body).toEqual({ data: TWO_ORDERS, extensions: { upstreamCache: { hits: 1, misses: 0, stale: [], maxAgeSeconds: 0 } } });
      expect((await b.request(IDS, undefined, token)).body.data).toEqual(TWO_ORDERS);
    } finally {
      await redis.start();
    }
  });
});
