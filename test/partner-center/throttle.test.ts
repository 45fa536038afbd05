/**
 * The throttle on its default, in-process store: the caller's rate budget
 * (PARTNER_CENTER_RATE_LIMIT_PER_MINUTE) refuses with nothing sent, and the caller × customer
 * cool-downs stay bounded however many distinct callers come.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { DEFAULT_MAX_COOLDOWNS, MemoryThrottleStore, PartnerCenterError, Throttle } from "../../src/partner-center/index.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { wireOrder } from "../helpers/orders-stub.js";
import { type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";

const ORDERS = `{ customer(id: "c-1") { orders { totalCount } } }`;

describe("rate budget of one replica", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;

  beforeAll(async () => {
    upstream = await startStubUpstream(() => ({ body: { totalCount: 1, items: [wireOrder("c-1", "o-1", false)] } }));
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, PARTNER_CENTER_RATE_LIMIT_PER_MINUTE: "6" });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("refuses the 7th call of a minute with RATE_LIMITED and retryAfter, sending nothing; other callers keep their own budget", async () => {
    const caller = { authorization: "Bearer six-a-minute" };
    for (let call = 1; call <= 6; call++) {
      expect((await facade.request(ORDERS, undefined, caller)).body).toEqual({ data: { customer: { orders: { totalCount: 1 } } } });
    }
    const seventh = await facade.request(ORDERS, undefined, caller);
    expect(seventh.body.data).toEqual({ customer: { orders: null } });
    const error = seventh.body.errors?.[0];
    expect(error?.path).toEqual(["customer", "orders"]);
    expect(error?.extensions).toEqual({ code: "RATE_LIMITED", correlationId: expect.any(String), retryAfter: expect.any(Number) });
    // The rest of the one-minute window: longer than the 5 s wait budget, so it failed at once.
    expect(error?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error?.extensions?.retryAfter).toBeLessThanOrEqual(60);
    expect(upstream.requests).toHaveLength(6);

    const other = await facade.request(ORDERS, undefined, { authorization: "Bearer another-caller" });
    expect(other.body).toEqual({ data: { customer: { orders: { totalCount: 1 } } } });
    expect(upstream.requests.map((request) => request.headers.authorization)).toEqual([...Array(6).fill("Bearer six-a-minute"), "Bearer another-caller"]);
  });

  it("counts the refusals on /metrics", async () => {
    const text = await (await fetch(facade.url.replace("/graphql", "/metrics"))).text();
    expect(text).toContain('partner_center_rate_budget_holds_total{outcome="failed_fast"} 1');
  });
});

describe("in-process throttle", () => {
  const caller = (n: number) => ({ authorization: `Bearer caller-${n}`, correlationId: `corr-${n}`, deadline: Date.now() + 60_000 });
  const outcome = (promise: Promise<void>) =>
    promise.then(
      () => "admitted",
      (error: unknown) => (error instanceof PartnerCenterError ? `${error.code} ${error.retryAfter}` : "other error"),
    );

  it("has no budget with PARTNER_CENTER_RATE_LIMIT_PER_MINUTE=0: a thousand calls a minute are admitted", async () => {
    const throttle = new Throttle({ store: new MemoryThrottleStore({ ratePerMinute: 0 }), maxWaitMs: 5000 });
    const one = caller(0);
    const outcomes = await Promise.all(Array.from({ length: 1000 }, () => outcome(throttle.admit(one, "c-1"))));
    expect(outcomes).toEqual(Array(1000).fill("admitted"));
  });

  it("keeps cool-downs bounded under a stream of distinct callers: the least recently throttled are dropped first", async () => {
    const store = new MemoryThrottleStore({ ratePerMinute: 0, maxCooldowns: 100 });
    const throttle = new Throttle({ store, maxWaitMs: 5000 });
    const callers = Array.from({ length: 1000 }, (_, n) => caller(n));
    for (const each of callers) await throttle.throttled(each, "c-1", 3600);
    expect(store.cooldownCount).toBe(100);

    const outcomes = await Promise.all(callers.map((each) => outcome(throttle.admit(each, "c-1"))));
    expect(outcomes.slice(0, 900)).toEqual(Array(900).fill("admitted"));
    expect(outcomes.slice(900)).toEqual(Array(100).fill("RATE_LIMITED 3600"));
    expect(store.cooldownCount).toBe(100);
  });

  it("keeps at most DEFAULT_MAX_COOLDOWNS (10,000) cool-downs by default", async () => {
    const store = new MemoryThrottleStore({ ratePerMinute: 500 });
    const throttle = new Throttle({ store, maxWaitMs: 5000 });
    for (let n = 0; n < 25_000; n++) await throttle.throttled(caller(n), `customer-${n % 3}`, 3600);
    expect(store.cooldownCount).toBe(DEFAULT_MAX_COOLDOWNS);
    expect(DEFAULT_MAX_COOLDOWNS).toBe(10_000);
  });

  it("hold off one caller for one customer: other customers and other callers are admitted", async () => {
    const throttle = new Throttle({ store: new MemoryThrottleStore({ ratePerMinute: 0 }), maxWaitMs: 5000 });
    const throttled = caller(1);
    await throttle.throttled(throttled, "customer-x", 3600);
    expect(await Promise.all([
      outcome(throttle.admit(throttled, "customer-x")),
      outcome(throttle.admit({ ...throttled }, "customer-x")), // a later operation of the same token
      outcome(throttle.admit(throttled, "customer-y")),
      outcome(throttle.admit(caller(2), "customer-x")),
    ])).toEqual(["RATE_LIMITED 3600", "RATE_LIMITED 3600", "admitted", "admitted"]);
  });
});
