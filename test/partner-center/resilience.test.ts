/**
 * Faults injected by a stub upstream: retries, 429 and Retry-After, the caller × customer cool-down,
 * timeouts, malformed bodies, links.next. After each case the server still answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { UpdateOrderDocument } from "../generated/graphql.js";
import { TOKEN, type TestFacade, startFacade } from "../helpers/facade.js";
import { wireOrder } from "../helpers/orders-stub.js";
import { type StubHandler, type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";
import { VirtualClock } from "../helpers/virtual-clock.js";
import { requestGuid } from "../../src/partner-center/index.js";

const collection = (customerId: string, ids: string[], next?: unknown) => ({
  totalCount: ids.length,
  items: ids.map((id) => wireOrder(customerId, id, false)),
  links: { self: { uri: `/customers/${customerId}/orders`, method: "GET", headers: [] }, ...(next ? { next } : {}) },
});

const ORDERS = `{ customer(id: "c-1") { orders { totalCount items { id } } } }`;

describe("resilience against a faulty upstream", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  let handler: StubHandler;

  beforeAll(async () => {
    upstream = await startStubUpstream((request, index) => handler(request, index));
    facade = await startFacade({
      PARTNER_CENTER_API_URL: upstream.url,
      PARTNER_CENTER_TIMEOUT_MS: "300",
      UPSTREAM_RETRY_AFTER_MAX_WAIT_MS: "2000",
    });
  });
  afterEach(async () => {
    // The server still answers after every fault.
    handler = () => ({ body: collection("c-1", ["ok"]) });
    const response = await facade.request(ORDERS, undefined, { authorization: "Bearer after-check" });
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "ok" }] } } } });
    upstream.requests.length = 0;
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("retries 500 twice then answers with data: 3 attempts, one MS-RequestId", async () => {
    handler = (_request, index) => (index < 2 ? { status: 500, body: { code: 800003, description: "boom", data: [], source: "PartnerFD" } } : { body: collection("c-1", ["a"]) });
    const response = await facade.request(ORDERS);
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "a" }] } } } });
    expect(upstream.requests).toHaveLength(3);
    expect(new Set(upstream.requests.map((request) => request.headers["ms-requestid"])).size).toBe(1);
  });

  it("gives UPSTREAM_ERROR after a bounded number of attempts when 500 never stops", async () => {
    handler = () => ({ status: 503, body: "<html>Service Unavailable</html>" });
    const response = await facade.request(ORDERS);
    expect(response.body.data).toEqual({ customer: { orders: null } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_ERROR", upstream: { status: 503 } });
    expect(upstream.requests).toHaveLength(4); // 1 + UPSTREAM_MAX_RETRIES (3)
  });

  it("retries a PATCH with the same MS-RequestId on every attempt", async () => {
    handler = (request, index) =>
      index === 0 ? { status: 500, body: {} } : { body: { ...JSON.parse(request.body), status: "completed", attributes: { objectType: "Order", etag: "e2" } } };
    const response = await facade.request(UpdateOrderDocument, {
      customerId: "c-1",
      orderId: "o-1",
      input: { lineItems: [{ lineItemNumber: 0, quantity: 3 }] },
      idempotencyKey: "retry-key-1",
    });
    expect(response.body.errors).toBeUndefined();
    expect(upstream.requests.map((request) => [request.method, request.headers["ms-requestid"]])).toEqual([
      ["PATCH", requestGuid("retry-key-1")],
      ["PATCH", requestGuid("retry-key-1")],
    ]);
  });

  it("keeps a generated MS-RequestId across the retries of a PATCH given no idempotency key", async () => {
    handler = (request, index) =>
      index < 2 ? { status: 503, body: {} } : { body: { ...JSON.parse(request.body), status: "completed", attributes: { objectType: "Order", etag: "e3" } } };
    const response = await facade.request(UpdateOrderDocument, { customerId: "c-1", orderId: "o-1", input: { alternateId: "a1" } });
    expect(response.body.errors).toBeUndefined();
    const ids = upstream.requests.map((request) => request.headers["ms-requestid"]);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1);
  });

  it("fails fast with RATE_LIMITED when Retry-After exceeds the wait budget, and cools down that caller for that customer only", async () => {
    handler = () => ({ status: 429, headers: { "retry-after": "3600" }, body: { statusCode: 429, message: "Rate limit is exceeded. Try again in 3600 seconds." } });
    const throttled = { authorization: "Bearer throttled-long" };
    const first = await facade.request(ORDERS, undefined, throttled);
    expect(first.body.errors?.[0]?.extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfter: 3600,
      upstream: { status: 429, code: 429, description: "Rate limit is exceeded. Try again in 3600 seconds." },
    });
    expect(upstream.requests).toHaveLength(1);

    // The same caller for the same customer (a read, or a PATCH) fails fast without calling; the
    // same caller for another customer, and another caller for this customer, are not affected.
    handler = (request) => ({ body: collection(request.path.split("/")[3]!, ["c"]) });
    const [sameCustomer, samePatch, otherCustomer, otherCaller] = await Promise.all([
      facade.request(ORDERS, undefined, throttled),
      facade.request(UpdateOrderDocument, { customerId: "c-1", orderId: "o-1", input: { alternateId: "a1" } }, throttled),
      facade.request(`{ customer(id: "c-2") { orders { totalCount items { id } } } }`, undefined, throttled),
      facade.request(ORDERS, undefined, { authorization: "Bearer someone-else" }),
    ]);
    for (const refused of [sameCustomer, samePatch]) {
      const error = refused.body.errors?.[0];
      // Nothing was sent: no `upstream` details, only when to come back.
      expect(error?.extensions).toEqual({ code: "RATE_LIMITED", correlationId: expect.any(String), retryAfter: expect.any(Number) });
      expect(error?.extensions?.retryAfter).toBeGreaterThan(3590);
      expect(error?.extensions?.retryAfter).toBeLessThanOrEqual(3600);
    }
    expect(otherCustomer.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "c" }] } } } });
    expect(otherCaller.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "c" }] } } } });
    expect(upstream.requests.map((request) => [request.headers.authorization, request.path]).sort()).toEqual([
      ["Bearer someone-else", "/v1/customers/c-1/orders"],
      ["Bearer throttled-long", "/v1/customers/c-1/orders"],
      ["Bearer throttled-long", "/v1/customers/c-2/orders"],
    ]);
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    handler = () => ({ status: 429, headers: { "retry-after": inAnHour }, body: { statusCode: 429, message: "Rate limit is exceeded." } });
    const response = await facade.request(ORDERS, undefined, { authorization: "Bearer throttled-by-date" });
    const extensions = response.body.errors?.[0]?.extensions;
    expect(extensions?.code).toBe("RATE_LIMITED");
    // HTTP dates have whole seconds: between 3599 and 3600 s from when the stub answered.
    expect(extensions?.retryAfter).toBeGreaterThanOrEqual(3598);
    expect(extensions?.retryAfter).toBeLessThanOrEqual(3600);
    expect(upstream.requests).toHaveLength(1);
  });

  it("gives up on a hung upstream after the per-attempt timeout and bounded retries", async () => {
    handler = () => ({ hang: true });
    const response = await facade.request(ORDERS);
    expect(response.body.data).toEqual({ customer: { orders: null } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    expect(response.body.errors?.[0]?.message).toContain("timed out");
    expect(upstream.requests).toHaveLength(4);
  });

  it("never outlives the operation deadline, even when one attempt may take longer", async () => {
    const short = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, PARTNER_CENTER_TIMEOUT_MS: "60000", OPERATION_DEADLINE_MS: "300" });
    try {
      handler = () => ({ hang: true });
      const response = await short.request(ORDERS);
      expect(response.body.data).toEqual({ customer: { orders: null } });
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
      expect(upstream.requests).toHaveLength(1);
    } finally {
      await short.stop();
    }
  });

  it.each([
    ["truncated JSON", '{"totalCount": 2, "items": [{"id": "x"'],
    ["an HTML page", "<!DOCTYPE html><html><body>Gateway</body></html>"],
    ["a body of the wrong shape", JSON.stringify({ totalCount: "two", items: "none" })],
    ["items that are not orders", JSON.stringify({ totalCount: 1, items: [42] })],
    // Link.uri, Link.method, KeyValuePair.key and .value are non-null: without them the answer is not an order.
    ["an order link without its method", JSON.stringify({ totalCount: 1, items: [{ id: "x", links: { self: { uri: "/x" } } }] })],
    ["a line link whose header has no value", JSON.stringify({ totalCount: 1, items: [{ id: "x", lineItems: [{ lineItemNumber: 0, links: { sku: { uri: "/s", method: "GET", headers: [{ key: "k" }] } } }] }] })],
  ])("answers %s with UPSTREAM_ERROR for that field only, after the bounded retries", async (_name, body) => {
    handler = (request) => (request.path.includes("bad") ? { body } : { body: collection("good", ["g"]) });
    const response = await facade.request(`{ bad: customer(id: "bad") { orders { totalCount } } good: customer(id: "good") { orders { totalCount } } }`);
    expect(response.body.data).toEqual({ bad: { orders: null }, good: { orders: { totalCount: 1 } } });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["bad", "orders"], "UPSTREAM_ERROR"]]);
    // A body that is not the JSON expected is retried like a 5xx: 1 + UPSTREAM_MAX_RETRIES (3) attempts.
    expect(upstream.requests.filter((request) => request.path.includes("bad"))).toHaveLength(4);
  });

  it("answers an activation link without its uri with UPSTREAM_ERROR on that order's activationLinks only, after the bounded retries", async () => {
    handler = (request) =>
      request.path.endsWith("/activationlinks")
        ? { body: { totalCount: 1, items: [{ lineItemNumber: 0, link: { method: "GET", headers: [] } }] } }
        : { body: wireOrder("c-1", "o-1", false) };
    const response = await facade.request(`{ customer(id: "c-1") { order(id: "o-1") { id activationLinks { link { uri } } } } }`);
    expect(response.body.data).toEqual({ customer: { order: { id: "o-1", activationLinks: null } } });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code, typeof error.extensions?.correlationId])).toEqual([
      [["customer", "order", "activationLinks"], "UPSTREAM_ERROR", "string"],
    ]);
    expect(upstream.requests.map((request) => request.path)).toEqual([
      "/v1/customers/c-1/orders/o-1",
      ...Array(4).fill("/v1/customers/c-1/orders/o-1/activationlinks"),
    ]);
  });

  it.each([
    ["a quantity that is not a number", { quantity: "x" }, "quantity", 'Int cannot represent non-integer value: "x"'],
    ["a creationDate that is not RFC 3339", { creationDate: "yesterday" }, "creationDate", "DateTime cannot represent an invalid date-time-string yesterday."],
    ["an offerId that is an object", { offerId: { a: 1 } }, "offerId", "String cannot represent value: { a: 1 }"],
  ])("answers %s with UPSTREAM_ERROR and the correlation id on that field, the rest of the order kept", async (_name, odd: Record<string, unknown>, fieldName, reason) => {
    const order = wireOrder("c-1", "odd", false) as Record<string, unknown> & { lineItems: Array<Record<string, unknown>> };
    if (fieldName === "creationDate") Object.assign(order, odd);
    else Object.assign(order.lineItems[0]!, odd);
    handler = () => ({ body: { totalCount: 1, items: [order] } });
    const response = await facade.request(
      `{ customer(id: "c-1") { orders { items { id creationDate lineItems { lineItemNumber offerId quantity } } } } }`,
      undefined,
      { authorization: "Bearer odd-values", "ms-correlationid": "odd-1" },
    );
    const path = fieldName === "creationDate" ? ["customer", "orders", "items", 0, "creationDate"] : ["customer", "orders", "items", 0, "lineItems", 0, fieldName];
    expect(response.body.errors?.map((error) => [error.path, error.message, error.extensions?.code, error.extensions?.correlationId])).toEqual([
      [path, `Partner Center failed to answer: its answer does not fit the schema: ${reason}`, "UPSTREAM_ERROR", requestGuid("odd-1")],
    ]);
    const item = (response.body.data as { customer: { orders: { items: Array<Record<string, unknown> & { lineItems: Array<Record<string, unknown>> }> } } }).customer.orders.items[0]!;
    expect(item.id).toBe("odd");
    expect(fieldName === "creationDate" ? item.creationDate : item.lineItems[0]![fieldName]).toBeNull();
  });

  it("retries a 200 of the wrong shape and answers from the next good one", async () => {
    handler = (_request, index) => (index === 0 ? { body: { totalCount: 1, items: [42] } } : { body: collection("c-1", ["after-retry"]) });
    const response = await facade.request(ORDERS);
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "after-retry" }] } } } });
    expect(upstream.requests).toHaveLength(2);
  });

  it("follows a same-origin next link with its continuation header", async () => {
    handler = (request) =>
      request.query.seek === "2"
        ? { body: collection("c-1", ["p2-a"]) }
        : { body: collection("c-1", ["p1-a", "p1-b"], { uri: "/customers/c-1/orders?seek=2", method: "GET", headers: [{ key: "MS-ContinuationToken", value: "AQAAAA==" }] }) };
    const response = await facade.request(ORDERS);
    // totalCount counts every page fetched (each page's own totalCount counts only that page).
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 3, items: [{ id: "p1-a" }, { id: "p1-b" }, { id: "p2-a" }] } } } });
    expect(upstream.requests.map((request) => [request.url, request.headers["ms-continuationtoken"]])).toEqual([
      ["/v1/customers/c-1/orders?include_price=false&include_system_purchases=false", undefined],
      ["/v1/customers/c-1/orders?seek=2", "AQAAAA=="],
    ]);
  });

  it("never follows a next link to another host: the foreign server receives nothing", async () => {
    const foreign = await startStubUpstream(() => ({ body: collection("c-1", ["stolen"]) }));
    try {
      handler = () => ({ body: collection("c-1", ["p1"], { uri: `${foreign.url}/v1/customers/c-1/orders?page=2`, method: "GET", headers: [] }) });
      const response = await facade.request(ORDERS);
      expect(response.body.data).toEqual({ customer: { orders: null } });
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
      expect(response.body.errors?.[0]?.message).toContain("another host");
      expect(foreign.requests).toHaveLength(0);
    } finally {
      await foreign.close();
    }
  });

  it("takes only MS-ContinuationToken from a next link: the facade's own headers always win", async () => {
    handler = (request) =>
      request.query.seek === "2"
        ? { body: collection("c-1", ["p2-a"]) }
        : {
            body: collection("c-1", ["p1-a"], {
              uri: "/customers/c-1/orders?seek=2",
              method: "GET",
              headers: [
                { key: "ms-continuationtoken", value: "AQAAAA==" },
                { key: "Authorization", value: "Bearer someone-else" },
                { key: "MS-CorrelationId", value: "11111111-1111-4111-8111-111111111111" },
                { key: "MS-RequestId", value: "22222222-2222-4222-8222-222222222222" },
                { key: "MS-CV", value: "injected.1" },
                { key: "X-Locale", value: "xx-XX" },
                { key: "MS-PartnerCenter-Application", value: "injected" },
              ],
            }),
          };
    const response = await facade.request(ORDERS, undefined, { authorization: TOKEN, "ms-cv": "caller.cv", "x-locale": "en-US" });
    expect(response.body.errors).toBeUndefined();
    const [first, second] = upstream.requests;
    const picked = (headers: Record<string, string | string[] | undefined>) => ({
      authorization: headers.authorization,
      "ms-correlationid": headers["ms-correlationid"],
      "ms-cv": headers["ms-cv"],
      "x-locale": headers["x-locale"],
      "ms-partnercenter-application": headers["ms-partnercenter-application"],
    });
    expect(picked(second!.headers)).toEqual(picked(first!.headers));
    expect(picked(second!.headers)).toEqual({
      authorization: TOKEN,
      "ms-correlationid": first!.headers["ms-correlationid"],
      "ms-cv": "caller.cv",
      "x-locale": "en-US",
      "ms-partnercenter-application": undefined,
    });
    expect(second!.headers["ms-continuationtoken"]).toBe("AQAAAA==");
    expect(second!.headers["ms-requestid"]).not.toBe("22222222-2222-4222-8222-222222222222");
  });

  it("never follows a next link whose URL carries a user name or password: it would replace the caller's token", async () => {
    const origin = new URL(upstream.url);
    handler = () => ({
      body: collection("c-1", ["p1"], { uri: `http://intruder:secret@${origin.host}/v1/customers/c-1/orders?page=2`, method: "GET", headers: [] }),
    });
    const response = await facade.request(ORDERS);
    expect(response.body.data).toEqual({ customer: { orders: null } });
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["UPSTREAM_ERROR", "Partner Center failed to answer: the order list's next link points to another host or carries credentials; it was not followed"],
    ]);
    expect(upstream.requests).toHaveLength(1);
  });

  it("answers a malformed next link with UPSTREAM_ERROR, not a crash", async () => {
    handler = () => ({ body: collection("c-1", ["p1"], { uri: 42, method: "GET", headers: "none" }) });
    const response = await facade.request(ORDERS);
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["UPSTREAM_ERROR", "Partner Center failed to answer: the order list's next link has no URI"],
    ]);
  });

  it("never follows a next link that is not a GET", async () => {
    handler = () => ({ body: collection("c-1", ["p1"], { uri: "/customers/c-1/orders?page=2", method: "POST", headers: [] }) });
    const response = await facade.request(ORDERS);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    expect(upstream.requests).toHaveLength(1);
  });
});

/** Waits decided by the policy, on a virtual clock: nothing here waits for real. */
describe("resilience on a virtual clock", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  let clock: VirtualClock;
  let handler: StubHandler;

  beforeAll(async () => {
    clock = new VirtualClock();
    upstream = await startStubUpstream((request, index) => handler(request, index));
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_RETRY_AFTER_MAX_WAIT_MS: "5000", UPSTREAM_RETRY_BASE_MS: "200" }, { clock });
  });
  afterEach(() => {
    upstream.requests.length = 0;
    clock.waits.length = 0;
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  const throttledOnce = (seconds: string): StubHandler => (_request, index) =>
    index === 0
      ? { status: 429, headers: { "retry-after": seconds }, body: { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` } }
      : { body: collection("c-1", ["b"]) };

  it("waits out Retry-After: 1 and then gets the data", async () => {
    handler = throttledOnce("1");
    const response = await facade.request(ORDERS, undefined, { authorization: "Bearer throttled-briefly" });
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "b" }] } } } });
    expect(upstream.requests).toHaveLength(2);
    expect(clock.waits).toEqual([1000]);
  });

  it("waits out a Retry-After of 4 s within a 5 s wait budget", async () => {
    handler = throttledOnce("4");
    const response = await facade.request(ORDERS, undefined, { authorization: "Bearer throttled-4s" });
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "b" }] } } } });
    expect(clock.waits).toEqual([4000]);
  });

  it("backs off 100 to 300 ms, then 200 to 600 ms, between retries of a 503", async () => {
    handler = (_request, index) => (index < 2 ? { status: 503, body: "" } : { body: collection("c-1", ["b"]) });
    const response = await facade.request(ORDERS, undefined, { authorization: "Bearer backoff" });
    expect(response.body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "b" }] } } } });
    expect(clock.waits).toHaveLength(2);
    const [first, second] = clock.waits as [number, number];
    expect(first).toBeGreaterThanOrEqual(100);
    expect(first).toBeLessThan(300);
    expect(second).toBeGreaterThanOrEqual(200);
    expect(second).toBeLessThan(600);
  });

  it("keeps a caller off a customer for the whole Retry-After, and lets it back once that has passed", async () => {
    handler = () => ({ status: 429, headers: { "retry-after": "3600" }, body: { statusCode: 429, message: "Rate limit is exceeded. Try again in 3600 seconds." } });
    const caller = { authorization: "Bearer cooled-down" };
    expect((await facade.request(ORDERS, undefined, caller)).body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 3600 });
    handler = () => ({ body: collection("c-1", ["b"]) });
    // 10 s left, more than the 5 s wait budget: refused with no call.
    clock.advance(3_590_000);
    const held = await facade.request(ORDERS, undefined, caller);
    expect(held.body.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", correlationId: expect.any(String), retryAfter: 10 });
    clock.advance(10_000);
    expect((await facade.request(ORDERS, undefined, caller)).body).toEqual({ data: { customer: { orders: { totalCount: 1, items: [{ id: "b" }] } } } });
    expect(upstream.requests).toHaveLength(2);
    expect(clock.waits).toEqual([]);
  });
});
