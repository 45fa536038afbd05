/**
 * The simulator's memory of the requests it received: the most recent ones only, never a
 * credential, never a large body.
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import {
  authorizationFingerprint,
  DEFAULT_REQUEST_LOG_SIZE,
  MAX_RECORDED_BODY_BYTES,
  SEED,
  startSimulator,
  type RunningSimulator,
} from "../../src/simulator/index.js";
import { call, orderPath, ordersPath } from "./http-client.js";

const { customers, exampleOrders } = SEED;

let simulator: RunningSimulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

const getOrder = (running: RunningSimulator, orderId: string, headers: Record<string, string> = {}) =>
  call(running, "GET", orderPath(customers.example, orderId), { headers });

describe("request log bound", () => {
  it("keeps the most recent requests only, oldest dropped first, and never grows past its size", async () => {
    simulator = await startSimulator({ requestLogSize: 3 });
    for (let index = 0; index < 5; index += 1) await getOrder(simulator, `order-${index}`);
    expect(simulator.requests.map((request) => request.path)).toEqual(["order-2", "order-3", "order-4"].map((id) => orderPath(customers.example, id)));

    for (let index = 5; index < 40; index += 1) {
      await getOrder(simulator, `order-${index}`);
      expect(simulator.requests.length).toBeLessThanOrEqual(3);
    }
    expect(simulator.requests.map((request) => request.path)).toEqual(["order-37", "order-38", "order-39"].map((id) => orderPath(customers.example, id)));
  });

  it("keeps its bound after a test empties it", async () => {
    simulator = await startSimulator({ requestLogSize: 2 });
    await getOrder(simulator, "a");
    simulator.requests.length = 0;
    for (const id of ["b", "c", "d"]) await getOrder(simulator, id);
    expect(simulator.requests.map((request) => request.path)).toEqual([orderPath(customers.example, "c"), orderPath(customers.example, "d")]);
  });

  it("keeps nothing with size 0, and answers as usual", async () => {
    simulator = await startSimulator({ requestLogSize: 0 });
    expect((await getOrder(simulator, exampleOrders.subscription)).status).toBe(200);
    expect(simulator.requests).toEqual([]);
  });

  it("keeps 1000 requests by default", async () => {
    expect(DEFAULT_REQUEST_LOG_SIZE).toBe(1000);
    simulator = await startSimulator();
    for (let index = 0; index < 1005; index += 1) await getOrder(simulator, `o-${index}`);
    expect(simulator.requests).toHaveLength(1000);
    expect(simulator.requests[0]!.path).toBe(orderPath(customers.example, "o-5"));
  });
});

describe("no credential in the log", () => {
  const SECRET = "eyJhbGciOiJSUzI1NiJ9.secret-payload.signature";

  it("records the scheme and a fingerprint instead of the Authorization value, on refused calls too", async () => {
    simulator = await startSimulator();
    await call(simulator, "GET", ordersPath(customers.example), { anonymous: true, headers: { Authorization: `Bearer ${SECRET}` } });
    await call(simulator, "GET", ordersPath("00000000-0000-0000-0000-000000000000"), { anonymous: true, headers: { Authorization: `Bearer ${SECRET}` } });
    await call(simulator, "GET", ordersPath(customers.example), { anonymous: true, headers: { Authorization: `Basic ${SECRET}` } });
    await call(simulator, "GET", ordersPath(customers.example), { anonymous: true, headers: { Authorization: SECRET } });
    await call(simulator, "GET", ordersPath(customers.example), { anonymous: true, headers: { Authorization: "Bearer another-token" } });

    expect(JSON.stringify(simulator.requests)).not.toContain("secret-payload");
    const recorded = simulator.requests.map((request) => request.headers.authorization);
    expect(recorded).toEqual([
      authorizationFingerprint(`Bearer ${SECRET}`),
      authorizationFingerprint(`Bearer ${SECRET}`),
      authorizationFingerprint(`Basic ${SECRET}`),
      authorizationFingerprint(SECRET),
      authorizationFingerprint("Bearer another-token"),
    ]);
    expect(recorded[0]).toMatch(/^Bearer \[redacted:[0-9a-f]{12}\]$/);
    expect(recorded[2]).toMatch(/^Basic \[redacted:[0-9a-f]{12}\]$/);
    expect(recorded[3]).toMatch(/^\[redacted:[0-9a-f]{12}\]$/);
    // Tokens stay apart: a test can still tell which one was forwarded.
    expect(recorded[4]).not.toBe(recorded[0]);
    expect(recorded[2]).not.toBe(recorded[0]);
  });

  it("records no authorization header when none was sent", async () => {
    simulator = await startSimulator();
    await call(simulator, "GET", ordersPath(customers.example), { anonymous: true });
    expect(simulator.requests[0]!.headers).not.toHaveProperty("authorization");
  });
});

describe("recorded bodies", () => {
  it("keeps a small body, and only the size of one over the recording limit", async () => {
    simulator = await startSimulator();
    const small = { status: "cancelled" };
    const large = { friendlyName: "x".repeat(MAX_RECORDED_BODY_BYTES) };
    await call(simulator, "PATCH", orderPath(customers.example, "no-such-order"), { body: small });
    await call(simulator, "PATCH", orderPath(customers.example, "no-such-order"), { body: large });
    const [first, second] = simulator.requests;
    expect(first).toMatchObject({ body: small, bodyBytes: JSON.stringify(small).length });
    expect(second).toMatchObject({ body: undefined, bodyBytes: JSON.stringify(large).length });
  });
});
