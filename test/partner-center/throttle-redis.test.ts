/**
 * Two replicas of the facade on one real Redis, against one counting stub upstream: the rate
 * budget and the 429 cool-downs are shared; Redis holds hashes, never a token; Redis killed,
 * paused or absent costs sharing, never an answer; when it is back, sharing resumes by itself.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createInterface } from "node:readline";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { wireOrder } from "../helpers/orders-stub.js";
import { type TestRedis, freePort, startRedis } from "../helpers/redis.js";
import { type ReceivedRequest, type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";
import { describeWith } from "../helpers/system-binaries.js";

/** Skipped, with one line, when redis-server is not on PATH (a failure under .ci/run). */
const describeRedis = describeWith("redis-server");

const orders = (customerId: string) => `{ customer(id: "${customerId}") { orders { totalCount } } }`;
const ONE_ORDER = { data: { customer: { orders: { totalCount: 1 } } } };
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/** Polls a condition (reconnection, a metric) with a bounded loop. */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let poll = 0; poll < 300; poll++) {
    if (await condition()) return;
    await delay(50);
  }
  throw new Error(`still not true after 15 s: ${what}`);
}

async function metric(facade: TestFacade, name: string): Promise<number> {
  const text = await (await fetch(facade.url.replace("/graphql", "/metrics"))).text();
  const value = new RegExp(`^${name.replace(/[{}]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1];
  return value === undefined ? Number.NaN : Number(value);
}

const ready = async (facade: TestFacade) => (await fetch(facade.url.replace("/graphql", "/ready"))).status;
const logMessages = (facade: TestFacade, start: string) => facade.logLines.filter((line) => String(line.msg).startsWith(start));

/** The upstream stub answers 429 (Retry-After: 3600) to the tokens listed, for customer c-x only. */
function throttling(tokens: Set<string>) {
  return (request: ReceivedRequest) =>
    tokens.has(String(request.headers.authorization)) && request.path.includes("/customers/c-x/")
      ? { status: 429, headers: { "retry-after": "3600" }, body: { statusCode: 429, message: "Rate limit is exceeded. Try again in 3600 seconds." } }
      : { body: { totalCount: 1, items: [wireOrder(request.path.split("/")[3]!, "o-1", false)] } };
}

describeRedis("two replicas sharing one Redis", () => {
  let redis: TestRedis;
  let upstream: StubUpstream;
  let a: TestFacade;
  let b: TestFacade;
  let stopped = false;
  const throttledTokens = new Set<string>();
  const callsOf = (token: string) => upstream.requests.filter((request) => request.headers.authorization === token).map((request) => request.path);

  beforeAll(async () => {
    redis = await startRedis();
    upstream = await startStubUpstream(throttling(throttledTokens));
    const env = {
      PARTNER_CENTER_API_URL: upstream.url,
      REDIS_URL: redis.url,
      PARTNER_CENTER_RATE_LIMIT_PER_MINUTE: "6",
      // Generous for a shared test machine; the outage tests show what a timeout costs.
      REDIS_COMMAND_TIMEOUT_MS: "500",
    };
    [a, b] = await Promise.all([startFacade(env), startFacade(env)]);
  });
  afterAll(async () => {
    if (!stopped) await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
    await redis?.stop();
  });

  it("starts on Redis: one log line, partner_center_redis_up 1", async () => {
    for (const replica of [a, b]) {
      expect(await metric(replica, "partner_center_redis_up")).toBe(1);
      expect(logMessages(replica, "Redis is").map((line) => [line.level, line.msg, line.redis])).toEqual([
        [30, "Redis is available: replicas share the rate budget and 429 cool-downs through it", `redis://127.0.0.1:${redis.port}`],
      ]);
    }
  });

  it("a long 429 through A makes B fail fast for that caller and customer, with no call; other customers and callers go through", async () => {
    const token = "Bearer shared-429";
    throttledTokens.add(token);
    const first = await a.request(orders("c-x"), undefined, { authorization: token });
    expect(first.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 3600, upstream: { status: 429 } });

    const refused = await b.request(orders("c-x"), undefined, { authorization: token });
    expect(refused.body.data).toEqual({ customer: { orders: null } });
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", correlationId: expect.any(String), retryAfter: expect.any(Number) });
    expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(3590);

    expect((await b.request(orders("c-y"), undefined, { authorization: token })).body).toEqual(ONE_ORDER);
    expect((await b.request(orders("c-x"), undefined, { authorization: "Bearer other-caller" })).body).toEqual(ONE_ORDER);
    expect(callsOf(token)).toEqual(["/v1/customers/c-x/orders", "/v1/customers/c-y/orders"]);
    expect(callsOf("Bearer other-caller")).toEqual(["/v1/customers/c-x/orders"]);
  });

  it("a budget of 6 a minute spent 3 through A and 3 through B refuses the 7th, with no call", async () => {
    const token = "Bearer budget-shared";
    const caller = { authorization: token };
    for (const replica of [a, a, a, b, b, b]) expect((await replica.request(orders("c-1"), undefined, caller)).body).toEqual(ONE_ORDER);
    for (const replica of [a, b]) {
      const refused = await replica.request(orders("c-1"), undefined, caller);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", correlationId: expect.any(String), retryAfter: expect.any(Number) });
      expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBeLessThanOrEqual(60);
    }
    expect(callsOf(token)).toHaveLength(6);
  });

  it("holds hashes in Redis, never a token: namespaced keys, each expiring by itself", async () => {
    const token = "Bearer hashes-budget";
    const throttled = "Bearer hashes-429";
    throttledTokens.add(throttled);
    expect((await a.request(orders("c-1"), undefined, { authorization: token })).body).toEqual(ONE_ORDER);
    expect((await b.request(orders("c-x"), undefined, { authorization: throttled })).body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");

    const keys = await redis.keys();
    const mine = keys.map(({ key }) => key).filter((key) => key.includes(sha256(token)) || key.includes(sha256(throttled)));
    expect(mine.sort()).toEqual([`pcg:budget:${sha256(throttled)}`, `pcg:budget:${sha256(token)}`, `pcg:cooldown:${sha256(throttled)}:c-x`].sort());
    for (const { key, ttlMs } of keys) {
      expect(key).toMatch(/^pcg:(budget:[0-9a-f]{64}|cooldown:[0-9a-f]{64}:c-[a-z0-9]+)$/);
      expect(ttlMs).toBeGreaterThan(0);
      expect(ttlMs).toBeLessThanOrEqual(key.startsWith("pcg:cooldown:") ? 3_600_000 : 60_000);
    }
  });

  it("a call over the shared budget waits when the window ends within the wait budget, then is sent", async () => {
    const token = "Bearer budget-wait";
    for (const replica of [a, b, a, b, a, b]) expect((await replica.request(orders("c-1"), undefined, { authorization: token })).body).toEqual(ONE_ORDER);
    // The budget is spent; its window is made to end in 300 ms, well within the 5 s wait budget.
    expect(await redis.call("PEXPIRE", `pcg:budget:${sha256(token)}`, "300")).toBe(1);
    const waited = 'partner_center_rate_budget_holds_total{outcome="waited"}';
    const waitedBefore = (await metric(a, waited)) || 0;
    expect((await a.request(orders("c-1"), undefined, { authorization: token })).body).toEqual(ONE_ORDER);
    expect(callsOf(token)).toHaveLength(7);
    expect(await metric(a, waited)).toBeGreaterThan(waitedBefore);
  });

  it("Redis killed mid-run: both keep answering on in-process state, the metric shows it, /ready stays 200; back, sharing resumes", async () => {
    const fallbacksBefore = await metric(a, "partner_center_redis_fallbacks_total");
    await redis.kill();
    await eventually(async () => (await metric(a, "partner_center_redis_up")) === 0 && (await metric(b, "partner_center_redis_up")) === 0, "both replicas see Redis down");

    const caller = { authorization: "Bearer during-outage" };
    expect((await a.request(orders("c-1"), undefined, caller)).body).toEqual(ONE_ORDER);
    expect((await b.request(orders("c-1"), undefined, caller)).body).toEqual(ONE_ORDER);
    expect([await ready(a), await ready(b)]).toEqual([200, 200]);
    expect(await metric(a, "partner_center_redis_fallbacks_total")).toBeGreaterThan(fallbacksBefore);
    expect(callsOf("Bearer during-outage")).toEqual(["/v1/customers/c-1/orders", "/v1/customers/c-1/orders"]);

    await redis.start();
    await eventually(async () => (await metric(a, "partner_center_redis_up")) === 1 && (await metric(b, "partner_center_redis_up")) === 1, "both replicas back on Redis");

    // Sharing resumed: a long 429 through A holds B off that caller and customer again.
    const token = "Bearer after-restart";
    throttledTokens.add(token);
    await a.request(orders("c-x"), undefined, { authorization: token });
    const refused = await b.request(orders("c-x"), undefined, { authorization: token });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(callsOf(token)).toEqual(["/v1/customers/c-x/orders"]);

    // One line for the outage, one when it was back (after the one at start).
    for (const replica of [a, b]) {
      expect(logMessages(replica, "Redis is").map((line) => line.msg)).toEqual([
        "Redis is available: replicas share the rate budget and 429 cool-downs through it",
        "Redis is unavailable: rate budget and 429 cool-downs are kept in this process until it is back",
        "Redis is available: replicas share the rate budget and 429 cool-downs through it",
      ]);
    }
  });

  it("a Redis that stops answering costs at most the command timeout: answered from the process, then back by itself", async () => {
    redis.pause();
    try {
      expect((await a.request(orders("c-1"), undefined, { authorization: "Bearer while-paused" })).body).toEqual(ONE_ORDER);
      expect(await metric(a, "partner_center_redis_up")).toBe(0);
      expect(await ready(a)).toBe(200);
    } finally {
      redis.resume();
    }
    await eventually(async () => (await metric(a, "partner_center_redis_up")) === 1, "A back on Redis after the pause");
    // The second outage of A's life (the first was the kill above), found by a command's timeout.
    const reasons = logMessages(a, "Redis is unavailable").map((line) => line.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons[1]).toBe("Command timed out");
  });

  it("stop() closes the Redis connections", async () => {
    expect(await redis.clientNames()).toEqual(["partner-center-graphql", "partner-center-graphql"]);
    stopped = true;
    await Promise.all([a.stop(), b.stop()]);
    expect(await redis.clientNames()).toEqual([]);
  });
});

describeRedis("Redis down at start", () => {
  it("serves on in-process state, says so once, keeps /ready 200, and stops cleanly", async () => {
    const upstream = await startStubUpstream(throttling(new Set()));
    const port = await freePort();
    const facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, REDIS_URL: `redis://ops:s3cret-pw@127.0.0.1:${port}/1` });
    try {
      expect((await facade.request(orders("c-1"))).body).toEqual(ONE_ORDER);
      expect((await facade.request(orders("c-1"))).body).toEqual(ONE_ORDER);
      expect(await ready(facade)).toBe(200);
      expect(await metric(facade, "partner_center_redis_up")).toBe(0);
      expect(await metric(facade, "partner_center_redis_fallbacks_total")).toBe(2);
      expect(logMessages(facade, "Redis is").map((line) => [line.msg, line.redis])).toEqual([
        ["Redis is unavailable: rate budget and 429 cool-downs are kept in this process until it is back", `redis://127.0.0.1:${port}/1`],
      ]);
      expect(facade.logText()).not.toContain("s3cret-pw");
      expect(upstream.requests).toHaveLength(2);
    } finally {
      await facade.stop();
      await upstream.close();
    }
  });
});

describeRedis("SIGTERM with REDIS_URL", () => {
  it("closes Redis and exits 0", async () => {
    const redis = await startRedis();
    const child = spawn(process.execPath, [fileURLToPath(new URL("../../dist/src/index.js", import.meta.url))], {
      env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", REDIS_URL: redis.url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      const url = await new Promise<string>((resolve) => {
        createInterface({ input: child.stdout! }).on("line", (line) => {
          const parsed = JSON.parse(line) as { msg?: string; url?: string };
          if (String(parsed.msg).startsWith("serving GraphQL")) resolve(String(parsed.url));
        });
      });
      const answer = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: orders("b0d70a69-4c42-4b27-b17b-91a835d8686a") }),
      });
      expect(await answer.json()).toEqual({ data: { customer: { orders: { totalCount: 2 } } } });
      expect(await redis.clientNames()).toEqual(["partner-center-graphql"]);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(await redis.clientNames()).toEqual([]);
    } finally {
      child.kill("SIGKILL");
      await redis.stop();
    }
  });
});
