/**
 * GET /customers/{c}/orders/{o}/provisioningstatus: one item per order line, whose state follows
 * the order and its lines, and stays true after the PATCHes that change them.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, fixture, orderPath, ordersPath } from "./http-client.js";

const { customers, exampleOrders, jobs } = SEED;

let simulator: RunningSimulator;
beforeEach(async () => {
  simulator = await startSimulator();
});
afterEach(() => simulator.close());

const provisioningPath = (customerId: string, orderId: string) => `${orderPath(customerId, orderId)}/provisioningstatus`;
const provisioning = (customerId: string, orderId: string) => call(simulator, "GET", provisioningPath(customerId, orderId));
const patch = (customerId: string, orderId: string, body: unknown) => call(simulator, "PATCH", orderPath(customerId, orderId), { body });

/** One item as Partner Center writes it (Microsoft's example carries orderLineItemId too). */
const line = (lineItemNumber: number, status: string, quantities: [number, string][] = [[1, status]]) => ({
  orderLineItemId: lineItemNumber,
  lineItemNumber,
  status,
  quantityProvisioningInformation: quantities.map(([quantity, quantityStatus]) => ({ quantity, status: quantityStatus })),
});

const collection = (...items: unknown[]) => ({ totalCount: items.length, items, attributes: { objectType: "Collection" } });

/** The id of the customer's only order in that status. */
async function orderInStatus(customerId: string, status: string): Promise<string> {
  const { body } = await call(simulator, "GET", ordersPath(customerId, "?include_system_purchases=true"));
  const matching = body.items.filter((order: { status?: string }) => order.status === status);
  expect(matching).toHaveLength(1);
  return matching[0].id;
}

describe("GET …/orders/{o}/provisioningstatus for seeded orders", () => {
  it("answers Microsoft's example shape: a fulfilled line of a completed order", async () => {
    expect(await provisioning(customers.example, exampleOrders.subscription)).toMatchObject({
      status: 200,
      body: collection(line(0, "fulfilled")),
    });
  });

  it("gives every line of a pending order prefulfillmentPending, for its whole quantity", async () => {
    const { status, body } = await provisioning(customers.example, exampleOrders.reservation);
    expect(status).toBe(200);
    expect(body).toEqual(collection(line(0, "prefulfillmentPending")));

    const poUpload = await orderInStatus(customers.wingtip, "pending_po_upload");
    expect((await provisioning(customers.wingtip, poUpload)).body).toEqual(
      collection(line(0, "prefulfillmentPending", [[20, "prefulfillmentPending"]]), line(1, "prefulfillmentPending", [[2, "prefulfillmentPending"]])),
    );
  });

  it("lists every line of a multi-line order with its own quantity", async () => {
    const { customerId, orderId } = jobs.quantityChange;
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "fulfilled", [[10, "fulfilled"]]), line(1, "fulfilled", [[3, "fulfilled"]])),
    );
  });

  it("follows the other order statuses: partial success, rejected, error, suspended, cancelled", async () => {
    const partial = await orderInStatus(customers.wingtip, "partial_success");
    expect((await provisioning(customers.wingtip, partial)).body).toEqual(
      collection(line(0, "fulfilled"), line(1, "unfulfilled", [[2, "unfulfilled"]])),
    );
    const rejected = await orderInStatus(customers.wingtip, "po_review_rejected");
    expect((await provisioning(customers.wingtip, rejected)).body).toEqual(collection(line(0, "unfulfilled", [[50, "unfulfilled"]])));
    const failed = await orderInStatus(customers.northwind, "error");
    expect((await provisioning(customers.northwind, failed)).body).toEqual(collection(line(0, "unfulfilled")));
    const suspended = await orderInStatus(customers.tailspin, "suspended");
    expect((await provisioning(customers.tailspin, suspended)).body).toEqual(collection(line(0, "fulfilled", [[6, "fulfilled"]])));
    // Seeded cancelled with quantity 0 already: what the lines held is not known.
    const cancelled = await orderInStatus(customers.tailspin, "cancelled");
    expect((await provisioning(customers.tailspin, cancelled)).body).toEqual(collection(line(0, "unfulfilled", []), line(1, "unfulfilled", [])));
  });

  it("treats an order without a status (Microsoft's billing-cycle example) as provisioned", async () => {
    const { customerId, orderId } = jobs.billingCycleChange;
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "fulfilled", [[5, "fulfilled"]]), line(1, "fulfilled", [[2, "fulfilled"]])),
    );
  });

  it("matches the route's literal segment in any case", async () => {
    const path = `${orderPath(customers.example, exampleOrders.subscription)}/ProvisioningStatus`;
    expect((await call(simulator, "GET", path)).body).toEqual(collection(line(0, "fulfilled")));
  });
});

describe("GET …/provisioningstatus after PATCH", () => {
  it("shows a cancelled line unfulfilled for the quantity it held, and the order's other line untouched", async () => {
    const { customerId, orderId } = jobs.cancelLines;
    expect((await provisioning(customerId, orderId)).body).toEqual(collection(line(0, "fulfilled"), line(1, "fulfilled")));

    expect((await patch(customerId, orderId, fixture("patch-request-cancel.json"))).status).toBe(200);
    expect((await provisioning(customerId, orderId)).body).toEqual(collection(line(0, "unfulfilled"), line(1, "fulfilled")));

    // Cancelling the last line cancels the order; both lines stay unfulfilled.
    const rest = await patch(customerId, orderId, { status: "cancelled", lineItems: [{ lineItemNumber: 1, offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }] });
    expect(rest.body.status).toBe("cancelled");
    expect((await provisioning(customerId, orderId)).body).toEqual(collection(line(0, "unfulfilled"), line(1, "unfulfilled")));
  });

  it("lists an add-on bought by PATCH as a new line, provisioned like its order", async () => {
    const { customerId, orderId } = jobs.addOn;
    const before = await provisioning(customerId, orderId);
    expect(before.body).toEqual(collection(line(0, "fulfilled", [[5, "fulfilled"]])));

    const bought = await patch(customerId, orderId, fixture("patch-request-add-on.json"));
    expect(bought.body.lineItems.map((item: { lineItemNumber: number }) => item.lineItemNumber)).toEqual([0, 1]);
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "fulfilled", [[5, "fulfilled"]]), line(1, "fulfilled", [[2, "fulfilled"]])),
    );
  });

  it("follows a changed quantity, up and down", async () => {
    const { customerId, orderId, lineItemNumber } = jobs.quantityChange;
    await patch(customerId, orderId, { lineItems: [{ lineItemNumber, quantity: 15 }] });
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "fulfilled", [[15, "fulfilled"]]), line(1, "fulfilled", [[3, "fulfilled"]])),
    );
    await patch(customerId, orderId, { lineItems: [{ lineItemNumber, quantity: 0 }] });
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "unfulfilled", [[15, "unfulfilled"]]), line(1, "fulfilled", [[3, "fulfilled"]])),
    );
    await patch(customerId, orderId, { lineItems: [{ lineItemNumber, quantity: 4 }] });
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "fulfilled", [[4, "fulfilled"]]), line(1, "fulfilled", [[3, "fulfilled"]])),
    );
  });

  it("shows a whole sandbox order cancelled line by line, with what each held", async () => {
    const { customerId, orderId } = jobs.sandboxCancel;
    expect((await patch(customerId, orderId, { id: orderId, status: "cancelled" })).status).toBe(200);
    expect((await provisioning(customerId, orderId)).body).toEqual(
      collection(line(0, "unfulfilled", [[5, "unfulfilled"]]), line(1, "unfulfilled", [[5, "unfulfilled"]])),
    );
  });

  it("is unchanged by a refused PATCH", async () => {
    const { customerId, orderId } = jobs.cancelOutsideWindow;
    const before = (await provisioning(customerId, orderId)).body;
    expect((await patch(customerId, orderId, { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM" }] })).status).toBe(400);
    expect((await provisioning(customerId, orderId)).body).toEqual(before);
    expect(before).toEqual(collection(line(0, "fulfilled", [[10, "fulfilled"]])));
  });
});

describe("GET …/provisioningstatus refusals", () => {
  it("answers 404 / 20000 for an unknown order, as GET by id does", async () => {
    const { status, body } = await provisioning(customers.example, "no-such-order");
    expect(status).toBe(404);
    expect(body).toEqual(errorBody(20000, "Order no-such-order was not found."));
  });

  it("answers 403 / 20002 for a customer without a commerce relationship", async () => {
    const unknown = "00000000-0000-0000-0000-000000000000";
    const { status, body } = await provisioning(unknown, exampleOrders.subscription);
    expect(status).toBe(403);
    expect(body).toEqual(errorBody(20002, `The partner does not have a commerce relationship with the customer ${unknown}.`));
  });

  it("needs a bearer token", async () => {
    const { status, body } = await call(simulator, "GET", provisioningPath(customers.example, exampleOrders.subscription), { anonymous: true });
    expect(status).toBe(401);
    expect(body).toEqual(errorBody(800001, "Authorization token is missing or invalid."));
  });

  it("answers 405 with Allow: GET to another method", async () => {
    const { status, headers, body } = await call(simulator, "PATCH", provisioningPath(customers.example, exampleOrders.subscription), { body: {} });
    expect(status).toBe(405);
    expect(headers.get("allow")).toBe("GET");
    expect(body).toEqual(errorBody("SimulatorMethodNotAllowed"));
  });
});
