/**
 * A PATCH repeated with the same MS-RequestId gets its first answer again — within the replay
 * window only, and for a bounded number of request ids. Time is the simulator's clock, moved by
 * the test, never waited for.
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import { DEFAULT_REPLAY_LIMIT, DEFAULT_REPLAY_TTL_MS, SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, etag, orderPath } from "./http-client.js";

const { customerId, orderId, lineItemNumber } = SEED.jobs.quantityChange;

let simulator: RunningSimulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

/** A clock the test moves; starts well after 0, as real clocks do. */
function testClock() {
  let now = Date.UTC(2026, 0, 1);
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

const setQuantity = (running: RunningSimulator, quantity: number, requestId: string) =>
  call(running, "PATCH", orderPath(customerId, orderId), {
    body: { lineItems: [{ lineItemNumber, quantity }] },
    headers: { "MS-RequestId": requestId },
  });

const currentQuantity = async (running: RunningSimulator) =>
  (await call(running, "GET", orderPath(customerId, orderId))).body.lineItems[lineItemNumber].quantity;

describe("PATCH replay window", () => {
  it("defaults to a day and 1000 request ids", () => {
    expect(DEFAULT_REPLAY_TTL_MS).toBe(24 * 60 * 60 * 1000);
    expect(DEFAULT_REPLAY_LIMIT).toBe(1000);
  });

  it("answers a repeat within the window with the first answer, and applies it anew once the window has passed", async () => {
    const time = testClock();
    simulator = await startSimulator({ clock: time.clock });
    const first = await setQuantity(simulator, 11, "request-1");
    expect(first.body.attributes.etag).toBe(etag(orderId, 2));

    time.advance(DEFAULT_REPLAY_TTL_MS - 1);
    const replayed = await setQuantity(simulator, 12, "request-1");
    expect(replayed.body).toEqual(first.body);
    expect(await currentQuantity(simulator)).toBe(11);

    time.advance(2);
    const applied = await setQuantity(simulator, 12, "request-1");
    expect(applied.status).toBe(200);
    expect(applied.body.attributes.etag).toBe(etag(orderId, 3));
    expect(await currentQuantity(simulator)).toBe(12);
    expect(simulator.store.replayCount).toBe(1);
  });

  it("takes its window from the options, and forgets expired replays", async () => {
    const time = testClock();
    simulator = await startSimulator({ clock: time.clock, replayTtlMs: 1000 });
    await setQuantity(simulator, 11, "a");
    await setQuantity(simulator, 12, "b");
    expect(simulator.store.replayCount).toBe(2);
    time.advance(1001);
    expect(simulator.store.replayCount).toBe(0);
    expect((await setQuantity(simulator, 13, "a")).body.attributes.etag).toBe(etag(orderId, 4));
  });
});

describe("PATCH replay cap", () => {
  it("keeps at most replayLimit request ids, dropping the least recently used", async () => {
    simulator = await startSimulator({ replayLimit: 2 });
    await setQuantity(simulator, 11, "r1");
    await setQuantity(simulator, 12, "r2");
    await setQuantity(simulator, 13, "r3");
    expect(simulator.store.replayCount).toBe(2);

    // r3 is still remembered: replayed, nothing changes.
    expect((await setQuantity(simulator, 99, "r3")).body.attributes.etag).toBe(etag(orderId, 4));
    expect(await currentQuantity(simulator)).toBe(13);

    // r1 was dropped: the same request id now changes the order again.
    const again = await setQuantity(simulator, 11, "r1");
    expect(again.body.attributes.etag).toBe(etag(orderId, 5));
    expect(await currentQuantity(simulator)).toBe(11);
    expect(simulator.store.replayCount).toBe(2);
  });

  it("stays at its cap over many request ids", async () => {
    simulator = await startSimulator({ replayLimit: 5 });
    for (let index = 0; index < 50; index += 1) {
      expect((await setQuantity(simulator, index + 1, `id-${index}`)).status).toBe(200);
      expect(simulator.store.replayCount).toBeLessThanOrEqual(5);
    }
    expect(simulator.store.replayCount).toBe(5);
  });
});
