/**
 * CALLER_KEY_SECRET: the caller key in Redis is an HMAC-SHA-256 of the token with the secret, so
 * that whoever reads Redis cannot confirm a token; the same secret after a restart (or on another
 * replica) keeps sharing the cool-downs; another secret shares nothing.
 */
import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { startFacade } from "../helpers/facade.js";
import { wireOrder } from "../helpers/orders-stub.js";
import { type TestRedis, startRedis } from "../helpers/redis.js";
import { type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";
import { describeWith } from "../helpers/system-binaries.js";

/** Skipped, with one line, when redis-server is not on PATH (a failure under .ci/run). */
const describeRedis = describeWith("redis-server");

const SECRET = "a-secret-of-at-least-32-characters-long";
const TOKEN = "Bearer keyed-caller";
const ORDERS_OF_CX = `{ customer(id: "c-x") { orders { totalCount } } }`;

describeRedis("CALLER_KEY_SECRET", () => {
  let redis: TestRedis;
  let upstream: StubUpstream;

  beforeAll(async () => {
    redis = await startRedis();
    // 429 for customer c-x, for an hour: the cool-down is what the replicas must share.
    upstream = await startStubUpstream((request) =>
      request.path.includes("/customers/c-x/")
        ? { status: 429, headers: { "retry-after": "3600" }, body: { statusCode: 429, message: "Rate limit is exceeded. Try again in 3600 seconds." } }
        : { body: { totalCount: 1, items: [wireOrder(request.path.split("/")[3]!, "o-1", false)] } },
    );
  });
  afterAll(async () => {
    await upstream?.close();
    await redis?.stop();
  });

  const facadeWith = (secret: string) => startFacade({ PARTNER_CENTER_API_URL: upstream.url, REDIS_URL: redis.url, CALLER_KEY_SECRET: secret, REDIS_COMMAND_TIMEOUT_MS: "500" });

  it("keys Redis by an HMAC of the token, never the token or its SHA-256; the same secret after a restart keeps the cool-down; another secret does not", async () => {
    const first = await facadeWith(SECRET);
    let logs = "";
    try {
      const throttled = await first.request(ORDERS_OF_CX, undefined, { authorization: TOKEN });
      expect(throttled.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      logs += first.logText();
    } finally {
      await first.stop();
    }
    expect(upstream.requests).toHaveLength(1);

    const hmac = createHmac("sha256", SECRET).update(TOKEN).digest("hex");
    const sha256 = createHash("sha256").update(TOKEN).digest("hex");
    const keys = (await redis.keys()).map((entry) => entry.key).sort();
    expect(keys).toEqual([`pcg:budget:${hmac}`, `pcg:cooldown:${hmac}:c-x`]);
    for (const key of keys) {
      expect(key).not.toContain(sha256);
      expect(key).not.toContain("keyed-caller");
    }

    // Restarted with the same secret: the hour-long cool-down still holds, and nothing is sent.
    const restarted = await facadeWith(SECRET);
    try {
      const held = await restarted.request(ORDERS_OF_CX, undefined, { authorization: TOKEN });
      expect(held.body.errors?.map((error) => [error.extensions?.code, error.extensions?.upstream])).toEqual([["RATE_LIMITED", undefined]]);
      expect(upstream.requests).toHaveLength(1);
      logs += restarted.logText();
    } finally {
      await restarted.stop();
    }

    // Another secret is another key space: the caller reaches Partner Center again.
    const other = await facadeWith("another-secret-of-at-least-32-characters");
    try {
      await other.request(ORDERS_OF_CX, undefined, { authorization: TOKEN });
      expect(upstream.requests).toHaveLength(2);
      logs += other.logText();
    } finally {
      await other.stop();
    }
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toContain("keyed-caller");
  });
});
