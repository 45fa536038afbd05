/** The five jobs Partner Center's docs give PATCH (docs/partner-center.md), and plain partial updates. */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, etag, fixture, orderPath } from "./http-client.js";

const { jobs } = SEED;

// A fresh simulator per test: every PATCH here starts from the seed.
let simulator: RunningSimulator;
beforeEach(async () => {
  simulator = await startSimulator();
});
afterEach(() => simulator.close());

const patch = (job: { customerId: string; orderId: string }, body: unknown, headers: Record<string, string> = {}) =>
  call(simulator, "PATCH", orderPath(job.customerId, job.orderId), { body, headers });
const read = async (job: { customerId: string; orderId: string }, query = "") =>
  (await call(simulator, "GET", orderPath(job.customerId, job.orderId, query))).body;

describe("1. billing-cycle change", () => {
  it("turns examples/patch-request-billing-cycle.json (PascalCase) into examples/order-after-billing-cycle-change.json", async () => {
    const expected = fixture("order-after-billing-cycle-change.json");
    // The simulator writes billing cycles in lower snake, as Partner Center does in every other body.
    expected.billingCycle = "annual";

    const { status, body } = await patch(jobs.billingCycleChange, fixture("patch-request-billing-cycle.json"));

    expect(status).toBe(200);
    expect(body).toEqual(expected);
    expect(body.attributes.etag).toBe(etag(jobs.billingCycleChange.orderId, 2));
    expect(await read(jobs.billingCycleChange)).toEqual(expected);
  });

  it("starts from the example's state before the change: monthly, version 1", async () => {
    const expected = fixture("order-after-billing-cycle-change.json");
    expected.billingCycle = "monthly";
    expected.attributes.etag = etag(jobs.billingCycleChange.orderId, 1);
    expect(await read(jobs.billingCycleChange)).toEqual(expected);
  });

  const exampleLines = () => fixture("patch-request-billing-cycle.json").LineItems;

  it.each(["annual", "Annual", "ANNUAL"])("reads billingCycle %s case-insensitively", async (billingCycle) => {
    const { status, body } = await patch(jobs.billingCycleChange, { billingCycle, lineItems: exampleLines() });
    expect(status).toBe(200);
    expect(body.billingCycle).toBe("annual");
  });

  it.each([
    ["no line items", {}, "lineItems", "must list the order's lines to change the billing cycle"],
    ["a line without its subscriptionId", { lineItems: [{ lineItemNumber: 0, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", quantity: 2 }] }, "lineItems[0].subscriptionId", "is required to change the billing cycle"],
    ["a line without its quantity", { lineItems: [{ lineItemNumber: 0, offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", subscriptionId: "69829602-C219-40FD-A3D5-4150FCA41A19" }] }, "lineItems[0].quantity", "is required to change the billing cycle"],
  ])("refuses a billing-cycle change with %s (400/800002 naming the field), changing nothing", async (_case, lines, field, problem) => {
    const before = await read(jobs.billingCycleChange);
    const { status, body } = await patch(jobs.billingCycleChange, { BillingCycle: "Triennial", ...lines });
    expect(status).toBe(400);
    expect(body).toEqual({ code: 800002, description: `The property ${field} ${problem}.`, data: [], source: "PartnerFD" });
    expect(await read(jobs.billingCycleChange)).toEqual(before);
  });
});

describe("2. add-on", () => {
  const addOnLine = (lineItemNumber: number, subscriptionId: string) => ({
    lineItemNumber,
    offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60",
    subscriptionId,
    parentSubscriptionId: jobs.addOn.parentSubscriptionId,
    friendlyName: "Some friendly name",
    quantity: 2,
    links: {
      subscription: {
        uri: `/customers/${jobs.addOn.customerId}/subscriptions/${subscriptionId}`,
        method: "GET",
        headers: [],
      },
    },
  });

  it("appends examples/patch-request-add-on.json's line with the next number and a subscription of its own", async () => {
    const before = await read(jobs.addOn);
    const { status, body } = await patch(jobs.addOn, fixture("patch-request-add-on.json"));

    expect(status).toBe(200);
    const added = body.lineItems[1];
    expect(added.subscriptionId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(body).toEqual({
      ...before,
      lineItems: [...before.lineItems, addOnLine(1, added.subscriptionId)],
      attributes: { objectType: "Order", etag: etag(jobs.addOn.orderId, 2) },
    });
  });

  it("derives the new subscription id from order and line, so every run agrees", async () => {
    const first = (await patch(jobs.addOn, fixture("patch-request-add-on.json"))).body.lineItems[1].subscriptionId;
    const other = await startSimulator();
    try {
      const again = await call(other, "PATCH", orderPath(jobs.addOn.customerId, jobs.addOn.orderId), {
        body: fixture("patch-request-add-on.json"),
      });
      expect(again.body.lineItems[1].subscriptionId).toBe(first);
    } finally {
      await other.close();
    }
  });

  it("adds to the order that holds the parent subscription too", async () => {
    const { status, body } = await patch(jobs.billingCycleChange, fixture("patch-request-add-on.json"));
    expect(status).toBe(200);
    expect(body.lineItems.map((line: any) => line.lineItemNumber)).toEqual([0, 1, 2]);
    expect(body.lineItems[2]).toEqual(addOnLine(2, body.lineItems[2].subscriptionId));
  });

  it("prices the new line when the order is priced", async () => {
    await patch(jobs.addOn, fixture("patch-request-add-on.json"));
    const priced = await read(jobs.addOn, "?include_price=true");
    expect(priced.lineItems[1].pricing).toEqual({ listPrice: 4, price: 4, discountedPrice: 4, extendedPrice: 8, proratedPrice: 8 });
    expect(priced.totalPrice).toBeCloseTo(priced.lineItems[0].pricing.extendedPrice + 8, 2);
  });

  it("makes the new subscription a parent for later add-ons", async () => {
    const first = await patch(jobs.addOn, fixture("patch-request-add-on.json"));
    const { status, body } = await patch(jobs.addOn, {
      lineItems: [{ offerId: "E59159FC-6F67-4599-B3CB-17FF4020F643", parentSubscriptionId: first.body.lineItems[1].subscriptionId.toLowerCase(), quantity: 1 }],
    });
    expect(status).toBe(200);
    expect(body.lineItems[2]).toMatchObject({ lineItemNumber: 2, quantity: 1 });
  });
});

describe("3. cancel listed lines inside the cancellation window", () => {
  it("turns examples/patch-request-cancel.json into examples/order-after-cancel.json plus an etag", async () => {
    const expected = fixture("order-after-cancel.json");
    expected.attributes.etag = etag(jobs.cancelLines.orderId, 1);

    const { status, body } = await patch(jobs.cancelLines, fixture("patch-request-cancel.json"));

    expect(status).toBe(200);
    expect(body).toEqual(expected);
    expect(body.status).toBe("completed");
  });

  it("starts from the example's state before the cancel: line 0 still bought, no etag", async () => {
    const expected = fixture("order-after-cancel.json");
    expected.lineItems[0].quantity = 1;
    expect(await read(jobs.cancelLines)).toEqual(expected);
  });

  it("cancels the order once every line is cancelled", async () => {
    await patch(jobs.cancelLines, fixture("patch-request-cancel.json"));
    const { status, body } = await patch(jobs.cancelLines, {
      Status: "Cancelled",
      LineItems: [{ LineItemNumber: 1, OfferId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }],
    });
    expect(status).toBe(200);
    expect(body.status).toBe("cancelled");
    expect(body.lineItems.map((line: any) => line.quantity)).toEqual([0, 0]);
    expect(body.attributes.etag).toBe(etag(jobs.cancelLines.orderId, 2));
  });

  it("brings the price down with the quantity", async () => {
    await patch(jobs.cancelLines, fixture("patch-request-cancel.json"));
    const priced = await read(jobs.cancelLines, "?include_price=true");
    expect(priced.lineItems[0].pricing.extendedPrice).toBe(0);
    expect(priced.totalPrice).toBe(38.5);
  });
});

describe("3b. cancel a whole software order (cancel-software-purchases: the line list is optional)", () => {
  it("sets every line to quantity 0 and the order to cancelled, outside the sandbox too", async () => {
    const before = await read(jobs.cancelLines);
    const { status, body } = await patch(jobs.cancelLines, { id: jobs.cancelLines.orderId, status: "cancelled" });
    expect(status).toBe(200);
    expect(body.status).toBe("cancelled");
    expect(body.lineItems.map((line: any) => [line.lineItemNumber, line.quantity])).toEqual(before.lineItems.map((line: any) => [line.lineItemNumber, 0]));
  });
});

describe("4. cancel an integration-sandbox order", () => {
  it("sets every line to quantity 0 and the order to cancelled", async () => {
    const before = await read(jobs.sandboxCancel);
    const { status, body } = await patch(jobs.sandboxCancel, { id: jobs.sandboxCancel.orderId, status: "cancelled" });

    expect(status).toBe(200);
    expect(body).toEqual({
      ...before,
      status: "cancelled",
      lineItems: before.lineItems.map((line: any) => ({ ...line, quantity: 0 })),
      attributes: { objectType: "Order", etag: etag(jobs.sandboxCancel.orderId, 2) },
    });
  });

  it("accepts PascalCase and the US spelling", async () => {
    const { status, body } = await patch(jobs.sandboxCancel, { Id: jobs.sandboxCancel.orderId, Status: "Canceled" });
    expect(status).toBe(200);
    expect(body.status).toBe("cancelled");
  });
});

describe("5. quantity change", () => {
  it("updates the line's quantity and nothing else", async () => {
    const before = await read(jobs.quantityChange);
    const { status, body } = await patch(jobs.quantityChange, {
      id: jobs.quantityChange.orderId,
      lineItems: [{ lineItemNumber: jobs.quantityChange.lineItemNumber, quantity: 12 }],
    });

    expect(status).toBe(200);
    const lineItems = structuredClone(before.lineItems);
    lineItems[0].quantity = 12;
    expect(body).toEqual({ ...before, lineItems, attributes: { objectType: "Order", etag: etag(jobs.quantityChange.orderId, 2) } });
  });

  it("keeps the extended price in step", async () => {
    await patch(jobs.quantityChange, { LineItems: [{ LineItemNumber: 0, Quantity: 12 }] });
    const { lineItems, totalPrice } = await read(jobs.quantityChange, "?include_price=true");
    expect(lineItems[0].pricing.extendedPrice).toBeCloseTo(lineItems[0].pricing.discountedPrice * 12, 2);
    expect(totalPrice).toBeCloseTo(lineItems[0].pricing.extendedPrice + lineItems[1].pricing.extendedPrice, 2);
  });
});

describe("partial updates", () => {
  it("merges the given order and line fields, leaving the rest", async () => {
    const before = await read(jobs.quantityChange);
    const { status, body } = await patch(jobs.quantityChange, {
      AlternateId: "0123456789ab",
      Client: { Name: "Contoso portal" },
      lineItems: [
        {
          lineItemNumber: 1,
          FriendlyName: "Teams for the front desk",
          termDuration: "P1Y",
          PromotionId: "39NFJQT1Q5KV:0002:39NFJQT1P5W5",
          AttestationAccepted: false,
          CustomTermEndDate: "2025-01-31T00:00:00Z",
          ProvisioningContext: { SubscriptionId: "kept-as-sent" },
          RenewsTo: { TermDuration: "P1Y" },
          PurchaseCommitment: { Amount: 10, Currency: "USD", Grain: "monthly" },
          PartnerIdOnRecord: null,
        },
      ],
    });

    expect(status).toBe(200);
    const lineItems = structuredClone(before.lineItems);
    Object.assign(lineItems[1], {
      friendlyName: "Teams for the front desk",
      termDuration: "P1Y",
      promotionId: "39NFJQT1Q5KV:0002:39NFJQT1P5W5",
      attestationAccepted: false,
      customTermEndDate: "2025-01-31T00:00:00Z",
      // Free-form: its keys keep the caller's spelling.
      provisioningContext: { SubscriptionId: "kept-as-sent" },
      renewsTo: { termDuration: "P1Y" },
      purchaseCommitment: { amount: 10, currency: "USD", grain: "monthly" },
    });
    expect(body).toEqual({
      ...before,
      alternateId: "0123456789ab",
      client: { ...before.client, name: "Contoso portal" },
      lineItems,
      attributes: { objectType: "Order", etag: etag(jobs.quantityChange.orderId, 2) },
    });
  });

  it("ignores read-only properties the SDK echoes back and nulls for unset ones", async () => {
    const before = await read(jobs.quantityChange);
    const { status, body } = await patch(jobs.quantityChange, {
      Id: null,
      CreationDate: null,
      creationDate: "2000-01-01T00:00:00Z",
      currencySymbol: "¤",
      totalPrice: 1,
      links: {},
      Attributes: { ObjectType: "Order", Etag: "forged" },
      lineItems: [{ lineItemNumber: 0, pricing: { listPrice: 0 }, links: {}, quantity: null }],
    });
    expect(status).toBe(200);
    expect(body).toEqual({ ...before, attributes: { objectType: "Order", etag: etag(jobs.quantityChange.orderId, 2) } });
  });

  it("accepts the status the order already has as no change", async () => {
    const before = await read(jobs.quantityChange);
    const { status, body } = await patch(jobs.quantityChange, { Status: "Completed" });
    expect(status).toBe(200);
    expect(body).toEqual({ ...before, attributes: { objectType: "Order", etag: etag(jobs.quantityChange.orderId, 2) } });
  });

  it("answers the order without prices, like GET without include_price", async () => {
    const { body } = await patch(jobs.quantityChange, { lineItems: [{ lineItemNumber: 0, quantity: 11 }] });
    expect(body).not.toHaveProperty("totalPrice");
    for (const line of body.lineItems) expect(line).not.toHaveProperty("pricing");
  });
});
