/**
 * updateOrder: the five real jobs of PATCH against the simulator, with the body asserted where
 * the upstream received it; idempotency, concurrency, validation and read-after-write.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { SEED } from "../../src/simulator/index.js";
import { CustomerOrderDocument, UpdateOrderDocument } from "../generated/graphql.js";
import type { TestFacade } from "../helpers/facade.js";
import { startFacadeOnSimulator } from "../helpers/simulated.js";
import type { RunningSimulator } from "../../src/simulator/index.js";
import { requestGuid } from "../../src/partner-center/index.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const { jobs } = SEED;

describe("updateOrder against the simulator", () => {
  let simulator: RunningSimulator;
  let facade: TestFacade;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ simulator, facade, stop } = await startFacadeOnSimulator());
  });
  beforeEach(() => {
    simulator.requests.length = 0;
  });
  afterAll(() => stop());

  const patches = () => simulator.requests.filter((request) => request.method === "PATCH");

  it("1. changes the billing cycle (patch-request-billing-cycle.json)", async () => {
    const { customerId, orderId } = jobs.billingCycleChange;
    const response = await facade.request(UpdateOrderDocument, {
      customerId,
      orderId,
      input: {
        referenceCustomerId: customerId,
        billingCycle: "ANNUAL",
        lineItems: [
          { lineItemNumber: 1, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", subscriptionId: "69829602-C219-40FD-A3D5-4150FCA41A19", friendlyName: "Some friendly name", quantity: 2 },
        ],
      },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.updateOrder).toMatchObject({ id: orderId, billingCycle: "ANNUAL", creationDate: "2017-01-25T14:53:12.093-08:00" });
    expect(patches().map((request) => [request.path, request.body])).toEqual([
      [
        `/v1/customers/${customerId}/orders/${orderId}`,
        {
          id: orderId,
          referenceCustomerId: customerId,
          billingCycle: "annual",
          lineItems: [
            { lineItemNumber: 1, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", subscriptionId: "69829602-C219-40FD-A3D5-4150FCA41A19", friendlyName: "Some friendly name", quantity: 2 },
          ],
        },
      ],
    ]);
    expect(patches()[0]!.headers["ms-requestid"]).toMatch(UUID);
  });

  it("1b. a cycle the offer does not support is refused with Partner Center's 400 (BAD_USER_INPUT)", async () => {
    const { customerId, orderId } = jobs.billingCycleRefused;
    const read = await facade.request(CustomerOrderDocument, { customerId, orderId });
    const lineItems = read.body.data!.customer.order!.lineItems.map(({ lineItemNumber, offerId, subscriptionId, quantity }) => ({ lineItemNumber, offerId, subscriptionId, quantity }));
    const response = await facade.request(UpdateOrderDocument, { customerId, orderId, input: { billingCycle: "ANNUAL", lineItems } });
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", upstream: { status: 400, code: 6001, source: "PartnerFD" } });
  });

  it("2. buys an add-on (patch-request-add-on.json)", async () => {
    const { customerId, orderId, parentSubscriptionId } = jobs.addOn;
    const before = await facade.request(CustomerOrderDocument, { customerId, orderId });
    const lines = before.body.data!.customer.order!.lineItems.length;
    const response = await facade.request(UpdateOrderDocument, {
      customerId,
      orderId,
      input: {
        referenceCustomerId: customerId,
        lineItems: [{ lineItemNumber: lines, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", parentSubscriptionId, friendlyName: "Some friendly name", quantity: 2 }],
      },
    });
    expect(response.body.errors).toBeUndefined();
    const added = response.body.data!.updateOrder.lineItems.at(-1)!;
    expect(response.body.data!.updateOrder.lineItems).toHaveLength(lines + 1);
    expect(added).toMatchObject({ lineItemNumber: lines, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", parentSubscriptionId, quantity: 2 });
    expect(added.subscriptionId).toMatch(/^[0-9A-F-]{36}$/);
    expect(added.links?.subscription?.uri).toBe(`/customers/${customerId}/subscriptions/${added.subscriptionId}`);
  });

  it("3. cancels listed software lines (patch-request-cancel.json → order-after-cancel.json)", async () => {
    const { customerId, orderId } = jobs.cancelLines;
    const response = await facade.request(UpdateOrderDocument, {
      customerId,
      orderId,
      input: { status: "CANCELLED", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS" }] },
    });
    expect(response.body.errors).toBeUndefined();
    const order = response.body.data!.updateOrder;
    // One of two lines cancelled: the line's quantity is 0, the order stays completed.
    expect(order.status).toBe("COMPLETED");
    expect(order.lineItems.map((line) => [line.lineItemNumber, line.quantity])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(order.alternateId).toBe("c403d91b21d2");
    expect(patches()[0]!.body).toEqual({
      id: orderId,
      status: "cancelled",
      lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS" }],
    });
  });

  it("3b. cancelling outside the cancellation window is refused", async () => {
    const { customerId, orderId } = jobs.cancelOutsideWindow;
    const response = await facade.request(UpdateOrderDocument, { customerId, orderId, input: { status: "CANCELLED", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }] } });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", upstream: { status: 400, code: 4018 } });
  });

  it("4. cancels an integration-sandbox order with {id, status}", async () => {
    const { customerId, orderId } = jobs.sandboxCancel;
    const response = await facade.request(UpdateOrderDocument, { customerId, orderId, input: { status: "CANCELLED" } });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.updateOrder.status).toBe("CANCELLED");
    expect(response.body.data!.updateOrder.lineItems.every((line) => line.quantity === 0)).toBe(true);
    expect(patches()[0]!.body).toEqual({ id: orderId, status: "cancelled" });
  });

  it("5. changes a quantity, and the same operation reads the new state", async () => {
    const { customerId, orderId, lineItemNumber } = jobs.quantityChange;
    const response = await facade.request(
      `mutation($customerId: ID!, $orderId: ID!) {
        updateOrder(customerId: $customerId, orderId: $orderId, input: { lineItems: [{ lineItemNumber: ${lineItemNumber}, quantity: 12 }] }) {
          lineItems { lineItemNumber quantity }
          attributes { etag }
          customer {
            order(id: $orderId) { lineItems { lineItemNumber quantity } }
            orders { items { id lineItems { lineItemNumber quantity } } }
          }
        }
      }`,
      { customerId, orderId },
    );
    expect(response.body.errors).toBeUndefined();
    const updated = response.body.data as {
      updateOrder: {
        lineItems: Array<{ lineItemNumber: number; quantity: number }>;
        customer: { order: { lineItems: Array<{ lineItemNumber: number; quantity: number }> }; orders: { items: Array<{ id: string; lineItems: Array<{ lineItemNumber: number; quantity: number }> }> } };
      };
    };
    const quantityOf = (lines: Array<{ lineItemNumber: number; quantity: number }>) => lines.find((line) => line.lineItemNumber === lineItemNumber)?.quantity;
    expect(quantityOf(updated.updateOrder.lineItems)).toBe(12);
    expect(quantityOf(updated.updateOrder.customer.order.lineItems)).toBe(12);
    expect(quantityOf(updated.updateOrder.customer.orders.items.find((order) => order.id === orderId)!.lineItems)).toBe(12);
    // The PATCH, then one fresh list (the order itself was primed from the PATCH's answer).
    expect(simulator.requests.map((request) => request.method)).toEqual(["PATCH", "GET"]);
  });

  it("sends If-Match quoted, whether or not the caller quoted it", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const read = await facade.request(CustomerOrderDocument, { customerId, orderId });
    const etag = read.body.data!.customer.order!.attributes!.etag!;
    const first = await facade.request(UpdateOrderDocument, { customerId, orderId, input: { lineItems: [{ lineItemNumber: 0, quantity: 13 }] }, ifMatch: etag });
    expect(first.body.errors).toBeUndefined();
    const second = await facade.request(UpdateOrderDocument, {
      customerId,
      orderId,
      input: { lineItems: [{ lineItemNumber: 0, quantity: 14 }] },
      ifMatch: `"${first.body.data!.updateOrder.attributes!.etag}"`,
    });
    expect(second.body.errors).toBeUndefined();
    expect(patches().map((request) => request.headers["if-match"])).toEqual([`"${etag}"`, `"${first.body.data!.updateOrder.attributes!.etag}"`]);
  });

  it("sends ifMatch * bare: If-Match's any-version keyword, not an etag named *", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const response = await facade.request(UpdateOrderDocument, { customerId, orderId, input: { lineItems: [{ lineItemNumber: 0, quantity: 15 }] }, ifMatch: "*" });
    expect(response.body.errors).toBeUndefined();
    expect(patches().map((request) => request.headers["if-match"])).toEqual(["*"]);
  });

  it("applies a replayed idempotency key once", async () => {
    const { customerId, orderId, parentSubscriptionId } = jobs.addOn;
    const variables = {
      customerId,
      orderId,
      input: { lineItems: [{ lineItemNumber: 99, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", parentSubscriptionId, quantity: 1 }] },
      idempotencyKey: "add-on-once-1",
    };
    const first = await facade.request(UpdateOrderDocument, variables);
    const replay = await facade.request(UpdateOrderDocument, variables);
    expect(first.body.errors).toBeUndefined();
    expect(replay.body).toEqual(first.body);
    // MS-RequestId is a GUID on the wire: the key's UUID v5, the same on both calls.
    expect(patches().map((request) => request.headers["ms-requestid"])).toEqual([requestGuid("add-on-once-1"), requestGuid("add-on-once-1")]);
    const after = await facade.request(CustomerOrderDocument, { customerId, orderId });
    expect(after.body.data!.customer.order!.lineItems).toHaveLength(first.body.data!.updateOrder.lineItems.length);
  });

  it("of two concurrent updates with the same ifMatch, exactly one succeeds and the other gets CONFLICT", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const read = await facade.request(CustomerOrderDocument, { customerId, orderId });
    const etag = read.body.data!.customer.order!.attributes!.etag!;
    const update = (quantity: number) =>
      facade.request(UpdateOrderDocument, { customerId, orderId, input: { lineItems: [{ lineItemNumber: 0, quantity }] }, ifMatch: etag });
    const results = await Promise.all([update(20), update(21)]);
    const codes = results.map((result) => result.body.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const conflict = results.find((result) => result.body.errors)!;
    expect(conflict.body.errors![0]!.extensions).toMatchObject({ upstream: { status: 400, code: 2055 } });
    expect(patches()).toHaveLength(2);
  });

  it.each([
    ["an empty customerId", { customerId: "" }, "customerId"],
    ["an orderId with a slash", { orderId: "a/b" }, "orderId"],
    ["a negative quantity", { input: { lineItems: [{ lineItemNumber: 0, quantity: -1 }] } }, "input.lineItems[0].quantity"],
    ["a negative lineItemNumber", { input: { lineItems: [{ lineItemNumber: -2 }] } }, "input.lineItems[0].lineItemNumber"],
    ["a duplicate lineItemNumber", { input: { lineItems: [{ lineItemNumber: 1 }, { lineItemNumber: 1 }] } }, "input.lineItems[1].lineItemNumber"],
    ["an empty input", { input: {} }, "input"],
    ["an idempotency key with a space", { idempotencyKey: "a b" }, "idempotencyKey"],
    ["an over-long idempotency key", { idempotencyKey: "k".repeat(129) }, "idempotencyKey"],
    ["an empty ifMatch", { ifMatch: "" }, "ifMatch"],
    ["a quoted empty ifMatch", { ifMatch: '""' }, "ifMatch"],
  ])("refuses %s with BAD_USER_INPUT naming it, and sends nothing", async (_name, change, argument) => {
    const response = await facade.request(UpdateOrderDocument, {
      customerId: jobs.quantityChange.customerId,
      orderId: jobs.quantityChange.orderId,
      input: { lineItems: [{ lineItemNumber: 0, quantity: 1 }] },
      ...change,
    } as never);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(response.body.errors?.[0]?.message).toContain(argument);
    expect(simulator.requests).toHaveLength(0);
  });

  it("refuses a malformed DateTime written in the document with BAD_USER_INPUT", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const response = await facade.request(
      `mutation { updateOrder(customerId: "${customerId}", orderId: "${orderId}", input: { lineItems: [{ lineItemNumber: 0, customTermEndDate: "2024-13-45" }] }) { id } }`,
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["BAD_USER_INPUT", 'Expected value of type "DateTime", found "2024-13-45"; DateTime cannot represent an invalid date-time-string 2024-13-45.'],
    ]);
    expect(simulator.requests).toHaveLength(0);
  });

  it("refuses a provisioningContext literal that is not an object with BAD_USER_INPUT", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const response = await facade.request(
      `mutation { updateOrder(customerId: "${customerId}", orderId: "${orderId}", input: { lineItems: [{ lineItemNumber: 0, provisioningContext: "text" }] }) { id } }`,
    );
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(simulator.requests).toHaveLength(0);
  });

  it.each([
    ["a malformed DateTime", { lineItemNumber: 0, customTermEndDate: "next tuesday" }],
    ["a JSONObject that is not an object", { lineItemNumber: 0, provisioningContext: [1, 2] }],
  ])("refuses %s with BAD_USER_INPUT and sends nothing", async (_name, line) => {
    const response = await facade.request(UpdateOrderDocument, {
      customerId: jobs.quantityChange.customerId,
      orderId: jobs.quantityChange.orderId,
      input: { lineItems: [line] },
    } as never);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(simulator.requests).toHaveLength(0);
  });

  it("stops at a mutation field that failed into data: null: the next one is not sent", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    const response = await facade.request(
      `mutation { a: updateOrder(customerId: "", orderId: "${orderId}", input: { status: CANCELLED }) { id } b: updateOrder(customerId: "${customerId}", orderId: "${orderId}", input: { status: CANCELLED }) { id } }`,
    );
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: "Invalid argument customerId: must not be empty",
          locations: [{ line: 1, column: 12 }],
          path: ["a"],
          extensions: { code: "BAD_USER_INPUT", argument: "customerId" },
        },
      ],
    });
    expect(simulator.requests).toHaveLength(0);
  });
});
