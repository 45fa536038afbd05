/** PATCHes Partner Center refuses: each answers 400 with its code and leaves the order as it was. */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, fixture, orderPath } from "./http-client.js";

const { jobs } = SEED;
type Job = { customerId: string; orderId: string };

// One simulator for the file: no PATCH here may change anything, which each test checks.
let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());

/** The order's lines as a billing-cycle change must list them: number, offer, subscription, quantity. */
async function billingLines(job: Job): Promise<Array<Record<string, unknown>>> {
  const order = (await call(simulator, "GET", orderPath(job.customerId, job.orderId))).body as { lineItems: Array<Record<string, unknown>> };
  return order.lineItems.map(({ lineItemNumber, offerId, subscriptionId, quantity }) => ({ lineItemNumber, offerId, subscriptionId, quantity }));
}

async function expectRefused(job: Job, body: unknown, expected: { code: number | string; description?: unknown }): Promise<void> {
  const path = orderPath(job.customerId, job.orderId, "?include_price=true");
  const before = (await call(simulator, "GET", path)).body;
  const { status, body: answer } = await call(simulator, "PATCH", orderPath(job.customerId, job.orderId), { body });
  expect(status).toBe(400);
  expect(answer).toEqual(errorBody(expected.code, expected.description));
  expect((await call(simulator, "GET", path)).body).toEqual(before);
}

describe("cancellation", () => {
  it("refuses to cancel lines once the cancellation window has passed (4018)", async () => {
    const { orderId } = jobs.cancelOutsideWindow;
    await expectRefused(jobs.cancelOutsideWindow, { id: orderId, status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }] }, {
      code: 4018,
      description: `Unable to process the order: the cancellation window of order ${orderId} has passed.`,
    });
  });

  it("refuses to cancel a reserved instance through its order outside the integration sandbox (4018)", async () => {
    const order = { customerId: SEED.customers.example, orderId: SEED.exampleOrders.reservation };
    await expectRefused(order, { id: order.orderId, status: "cancelled" }, {
      code: 4018,
      description:
        "Unable to process the order: lineItems[0]: line item 0 (offer DZH318Z0BQ4B:000Z:DZH318Z0DSPL) cannot be cancelled through its order outside the integration sandbox; cancel its subscription instead.",
    });
  });

  it("refuses to cancel a new-commerce line through its order, anywhere (4018)", async () => {
    const customerId = SEED.customers.fabrikam;
    const orders = (await call(simulator, "GET", `/v1/customers/${customerId}/orders`)).body as { items: Array<{ id: string; lineItems: Array<{ offerId: string }> }> };
    const nce = orders.items.find((order) => order.lineItems[0]?.offerId === "CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK")!;
    await expectRefused({ customerId, orderId: nce.id }, { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK" }] }, {
      code: 4018,
      description:
        "Unable to process the order: lineItems[0]: line item 0 (offer CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK) cannot be cancelled through its order; cancel its subscription instead.",
    });
  });

  it("refuses an empty list of lines to cancel", async () => {
    await expectRefused(jobs.cancelLines, { status: "cancelled", lineItems: [] }, { code: 800002 });
  });

  it("refuses a line whose offer is not the one given", async () => {
    await expectRefused(jobs.cancelLines, { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }] }, {
      code: 800002,
      description: expect.stringContaining("DG7GMGF0DVT7:000C:DG7GMGF0FVZM"),
    });
  });

  it("refuses adding a line while cancelling", async () => {
    await expectRefused(jobs.sandboxCancel, {
      status: "cancelled",
      lineItems: [{ offerId: "CFQ7TTC0LFLZ:0001:CFQ7TTC0LH1K", parentSubscriptionId: "00000000-0000-0000-0000-000000000001" }],
    }, { code: 800002 });
  });

  it("refuses any other status change", async () => {
    await expectRefused(jobs.quantityChange, { status: "pending" }, { code: 800002, description: expect.stringContaining("cancelled") });
    await expectRefused(jobs.quantityChange, { status: "shipped" }, { code: 800002, description: expect.stringContaining("shipped") });
  });
});

describe("billing-cycle change", () => {
  it("refuses a cycle an offer of the order does not support (6001)", async () => {
    await expectRefused(jobs.billingCycleRefused, { BillingCycle: "Annual", LineItems: await billingLines(jobs.billingCycleRefused) }, {
      code: 6001,
      description: `The billing cycle 'annual' is not supported for the offer ${jobs.billingCycleRefused.offerId}.`,
    });
  });

  it("refuses a cycle it does not know, and unknown", async () => {
    await expectRefused(jobs.billingCycleChange, { billingCycle: "weekly", lineItems: await billingLines(jobs.billingCycleChange) }, { code: 800002, description: expect.stringContaining("weekly") });
    await expectRefused(jobs.billingCycleChange, { billingCycle: "unknown", lineItems: await billingLines(jobs.billingCycleChange) }, { code: 800002, description: "billingCycle cannot be changed to unknown." });
  });

  it("refuses the whole PATCH, including the line changes it carries", async () => {
    const lines = await billingLines(jobs.billingCycleRefused);
    await expectRefused(jobs.billingCycleRefused, { billingCycle: "annual", alternateId: "changed", lineItems: lines.map((line) => ({ ...line, quantity: 1 })) }, {
      code: 6001,
    });
  });
});

describe("add-on", () => {
  it("refuses a parent that is not a subscription of the customer", async () => {
    const addOn = fixture("patch-request-add-on.json");
    addOn.LineItems[0].ParentSubscriptionId = "DB8C695B-1C3C-4C55-B697-771503DD46BF"; // another customer's
    await expectRefused(jobs.addOn, addOn, { code: 800002, description: expect.stringContaining("DB8C695B-1C3C-4C55-B697-771503DD46BF") });
  });

  it("refuses an add-on without an offer or with quantity 0", async () => {
    const parentSubscriptionId = jobs.addOn.parentSubscriptionId;
    await expectRefused(jobs.addOn, { lineItems: [{ parentSubscriptionId }] }, { code: 800002 });
    await expectRefused(jobs.addOn, { lineItems: [{ parentSubscriptionId, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", quantity: 0 }] }, {
      code: 800002,
    });
  });
});

describe("line items", () => {
  it.each([
    ["a negative quantity", { lineItemNumber: 0, quantity: -1 }],
    ["a fractional quantity", { lineItemNumber: 0, quantity: 1.5 }],
    ["a quantity as text", { lineItemNumber: 0, quantity: "3" }],
    ["an unknown line number", { lineItemNumber: 7, quantity: 3 }],
    ["a negative line number", { lineItemNumber: -1, quantity: 3 }],
    ["neither line number nor subscription", { quantity: 3 }],
    ["a subscription not in the order", { subscriptionId: "DB8C695B-1C3C-4C55-B697-771503DD46BF", quantity: 3 }],
    ["a boolean that is not one", { lineItemNumber: 0, attestationAccepted: "yes" }],
    ["a provisioning context that is not an object", { lineItemNumber: 0, provisioningContext: "x" }],
  ])("refuses %s (800002)", async (_case, line) => {
    await expectRefused(jobs.quantityChange, { lineItems: [line] }, { code: 800002 });
  });

  it("refuses the same line twice", async () => {
    await expectRefused(jobs.quantityChange, { lineItems: [{ lineItemNumber: 0, quantity: 3 }, { LineItemNumber: 0, Quantity: 4 }] }, {
      code: 800002,
      description: expect.stringContaining("more than once"),
    });
  });

  it("refuses lineItems that is not an array of objects", async () => {
    await expectRefused(jobs.quantityChange, { lineItems: { lineItemNumber: 0 } }, { code: 800002 });
    await expectRefused(jobs.quantityChange, { lineItems: [0] }, { code: 800002 });
  });

  it("applies nothing when a later line is refused", async () => {
    await expectRefused(jobs.quantityChange, { alternateId: "changed", lineItems: [{ lineItemNumber: 0, quantity: 3 }, { lineItemNumber: 9, quantity: 4 }] }, {
      code: 800002,
      description: "lineItems[1]: the order has no line item number 9.",
    });
  });
});

describe("order fields", () => {
  it("refuses a body id that is not the URL's order id", async () => {
    await expectRefused(jobs.quantityChange, { id: jobs.cancelLines.orderId, lineItems: [{ lineItemNumber: 0, quantity: 3 }] }, {
      code: 800002,
      description: expect.stringContaining(jobs.cancelLines.orderId),
    });
  });

  it("refuses a field of the wrong type, naming it", async () => {
    await expectRefused(jobs.quantityChange, { Client: { Name: 42 } }, { code: 800002, description: "The property client.name must be a string." });
  });
});

describe("order size", () => {
  it("refuses an add-on past 100 line items, so no stream of PATCHes grows an order without end (800002)", async () => {
    const own = await startSimulator();
    try {
      const { customerId, parentSubscriptionId } = jobs.addOn;
      const lineItems = Array.from({ length: 100 }, (_, lineItemNumber) => ({ lineItemNumber, offerId: "91FD106F-4B2C-4938-95AC-F54F74E9A239", quantity: 1 }));
      own.store.addOrder(customerId, { id: "full-order", billingCycle: "monthly", status: "completed", lineItems });
      const addOn = { lineItems: [{ lineItemNumber: 0, offerId: "7A2A53C6-E1A6-4B3C-B7A8-A4BA3C4E3F06", parentSubscriptionId, quantity: 1 }] };
      const { status, body } = await call(own, "PATCH", orderPath(customerId, "full-order"), { body: addOn });
      expect(status).toBe(400);
      expect(body).toEqual(errorBody(800002, "lineItems[0]: order full-order already has 100 line items, the most an order can hold."));
      expect((await call(own, "GET", orderPath(customerId, "full-order"))).body.lineItems).toHaveLength(100);
    } finally {
      await own.close();
    }
  });
});
