/** Etags, If-Match, MS-RequestId replays and racing PATCHes. */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { ErrorCode, SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, etag, orderPath } from "./http-client.js";

const job = SEED.jobs.quantityChange;
const path = orderPath(job.customerId, job.orderId);

let simulator: RunningSimulator;
beforeEach(async () => {
  simulator = await startSimulator();
});
afterEach(() => simulator.close());

const setQuantity = (quantity: number, headers: Record<string, string> = {}) =>
  call(simulator, "PATCH", path, { body: { lineItems: [{ lineItemNumber: 0, quantity }] }, headers });
const current = async () => (await call(simulator, "GET", path)).body;

describe("etag", () => {
  it("goes up one version with every successful PATCH", async () => {
    expect((await current()).attributes.etag).toBe(etag(job.orderId, 1));
    expect((await setQuantity(11)).body.attributes.etag).toBe(etag(job.orderId, 2));
    expect((await setQuantity(12)).body.attributes.etag).toBe(etag(job.orderId, 3));
    expect((await current()).attributes.etag).toBe(etag(job.orderId, 3));
  });

  it("stays put when a PATCH is refused", async () => {
    expect((await setQuantity(-1)).status).toBe(400);
    expect((await current()).attributes.etag).toBe(etag(job.orderId, 1));
  });
});

describe("If-Match", () => {
  it.each([
    ["quoted", (tag: string) => `"${tag}"`],
    ["bare", (tag: string) => tag],
    ["weak", (tag: string) => `W/"${tag}"`],
    ["in a list", (tag: string) => `"stale", "${tag}"`],
    ["a wildcard", () => "*"],
  ])("lets a PATCH through when it matches (%s)", async (_case, format) => {
    const { status, body } = await setQuantity(11, { "If-Match": format(etag(job.orderId, 1)) });
    expect(status).toBe(200);
    expect(body.lineItems[0].quantity).toBe(11);
  });

  it("refuses a stale etag as Partner Center does, 400 with code 2055, and changes nothing", async () => {
    await setQuantity(11);
    const { status, body } = await setQuantity(99, { "If-Match": `"${etag(job.orderId, 1)}"` });
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(ErrorCode.staleEtag, `Etag is no longer valid: order ${job.orderId} changed since it was read; read it again and retry.`));
    const order = await current();
    expect(order.lineItems[0].quantity).toBe(11);
    expect(order.attributes.etag).toBe(etag(job.orderId, 2));
  });

  it("refuses any etag but * for an order that has none yet", async () => {
    const { customerId, orderId } = SEED.jobs.cancelLines;
    const cancel = { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS" }] };
    const refused = await call(simulator, "PATCH", orderPath(customerId, orderId), { body: cancel, headers: { "If-Match": `"${etag(orderId, 0)}"` } });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(2055);
    const accepted = await call(simulator, "PATCH", orderPath(customerId, orderId), { body: cancel, headers: { "If-Match": "*" } });
    expect(accepted.status).toBe(200);
  });

  it("lets exactly one of two concurrent PATCHes with the same If-Match through", async () => {
    const ifMatch = { "If-Match": `"${etag(job.orderId, 1)}"` };
    const results = await Promise.all([setQuantity(21, ifMatch), setQuantity(22, ifMatch)]);

    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
    const winner = results.find((result) => result.status === 200)!;
    const order = await current();
    expect(order.lineItems[0].quantity).toBe(winner.body.lineItems[0].quantity);
    expect(order.attributes.etag).toBe(etag(job.orderId, 2));
  });

  it("serialises many concurrent PATCHes: each one reading the same version, only one wins", async () => {
    const ifMatch = { "If-Match": etag(job.orderId, 1) };
    const results = await Promise.all(Array.from({ length: 10 }, (_, index) => setQuantity(30 + index, ifMatch)));
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.filter((result) => result.status === 400 && result.body.code === 2055)).toHaveLength(9);
  });
});

describe("MS-RequestId replay", () => {
  it("answers a repeated request id with the first answer and does not apply the change again", async () => {
    const addOn = SEED.jobs.addOn;
    const addOnPath = orderPath(addOn.customerId, addOn.orderId);
    const body = { lineItems: [{ offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", parentSubscriptionId: addOn.parentSubscriptionId, quantity: 1 }] };
    const headers = { "MS-RequestId": "3f0e4a4c-3d4b-4a55-9a57-0d1b2c3d4e5f" };

    const first = await call(simulator, "PATCH", addOnPath, { body, headers });
    const retry = await call(simulator, "PATCH", addOnPath, { body, headers });

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("ms-requestid")).toBe(headers["MS-RequestId"]);
    const order = (await call(simulator, "GET", addOnPath)).body;
    expect(order.lineItems).toHaveLength(2);
    expect(order.attributes.etag).toBe(etag(addOn.orderId, 2));
  });

  it("replays even though the retry's If-Match is stale by now", async () => {
    const headers = { "MS-RequestId": "retry-me", "If-Match": `"${etag(job.orderId, 1)}"` };
    const first = await setQuantity(15, headers);
    const retry = await setQuantity(15, headers);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
  });

  it("answers with the first result even when later changes followed", async () => {
    const first = await setQuantity(15, { "MS-RequestId": "first" });
    await setQuantity(16, { "MS-RequestId": "second" });
    const retry = await setQuantity(15, { "MS-RequestId": "first" });
    expect(retry.body).toEqual(first.body);
    expect((await current()).lineItems[0].quantity).toBe(16);
  });

  it("applies a new request id as a new change", async () => {
    await setQuantity(15, { "MS-RequestId": "one" });
    const second = await setQuantity(15, { "MS-RequestId": "two" });
    expect(second.body.attributes.etag).toBe(etag(job.orderId, 3));
  });

  it("does not replay the same request id across orders", async () => {
    const { customerId, orderId } = SEED.jobs.sandboxCancel;
    await setQuantity(15, { "MS-RequestId": "shared" });
    const other = await call(simulator, "PATCH", orderPath(customerId, orderId), {
      body: { lineItems: [{ lineItemNumber: 0, quantity: 7 }] },
      headers: { "MS-RequestId": "shared" },
    });
    expect(other.body.id).toBe(orderId);
    expect(other.body.lineItems[0].quantity).toBe(7);
  });

  it("lets a refused request be retried with the same id once fixed", async () => {
    expect((await setQuantity(-1, { "MS-RequestId": "fix-me" })).status).toBe(400);
    const fixed = await setQuantity(5, { "MS-RequestId": "fix-me" });
    expect(fixed.status).toBe(200);
    expect(fixed.body.lineItems[0].quantity).toBe(5);
  });
});
