/**
 * GET /customers/{c}/orders/{o}/activationlinks (and a line's own, …/lineitems/{n}/activationlinks):
 * the fulfilled lines whose `links.activationLinks` exist, each with its publisher link. And every
 * provisioning-status and activation-links link in the seed leads to an answer.
 */
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import type { OrderModel } from "../../src/partner-center/models.js";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, orderPath, ordersPath } from "./http-client.js";

const { customers, exampleOrders, jobs } = SEED;

let simulator: RunningSimulator;
beforeEach(async () => {
  simulator = await startSimulator();
});
afterEach(() => simulator.close());

const linksPath = (customerId: string, orderId: string) => `${orderPath(customerId, orderId)}/activationlinks`;
const activationLinks = (customerId: string, orderId: string) => call(simulator, "GET", linksPath(customerId, orderId));

const activationLink = (orderId: string, lineItemNumber: number) => ({
  lineItemNumber,
  link: { uri: `https://publisher.example/activate?orderId=${orderId}&lineItemNumber=${lineItemNumber}`, method: "GET", headers: [] },
});

const collection = (selfUri: string, ...items: unknown[]) => ({
  totalCount: items.length,
  items,
  links: { self: { uri: selfUri, method: "GET", headers: [] } },
  attributes: { objectType: "Collection" },
});

/** A completed software order of two lines that can still be cancelled. */
function softwareOrder(customerId: string, orderId: string): OrderModel {
  const softwareLine = (lineItemNumber: number) => ({
    lineItemNumber,
    offerId: "DG7GMGF0DVSV:0004:DG7GMGF0FM8G",
    friendlyName: "Windows 11 Pro - Upgrade",
    quantity: 3,
    links: {
      activationLinks: {
        uri: `/customers/${customerId}/orders/${orderId}/lineitems/${lineItemNumber}/activationlinks`,
        method: "GET",
        headers: [],
      },
    },
  });
  return { id: orderId, billingCycle: "one_time", status: "completed", lineItems: [softwareLine(0), softwareLine(1)] };
}

describe("GET …/orders/{o}/activationlinks", () => {
  it("answers the link of a fulfilled software line, in Partner Center's collection", async () => {
    const { customerId, orderId } = jobs.cancelOutsideWindow;
    expect(await activationLinks(customerId, orderId)).toMatchObject({
      status: 200,
      body: collection(`/customers/${customerId}/orders/${orderId}/activationlinks`, activationLink(orderId, 0)),
    });
  });

  it("answers an empty collection for an order whose lines have no activation links", async () => {
    const { status, body } = await activationLinks(customers.example, exampleOrders.subscription);
    expect(status).toBe(200);
    expect(body).toEqual(collection(`/customers/${customers.example}/orders/${exampleOrders.subscription}/activationlinks`));
  });

  it("has nothing to activate before the order is fulfilled, or once it failed", async () => {
    const { body } = await call(simulator, "GET", ordersPath(customers.wingtip));
    const byStatus = (status: string): string => body.items.find((order: { status: string }) => order.status === status).id;
    for (const status of ["pending_po_upload", "po_review_rejected"]) {
      const orderId = byStatus(status);
      // Both orders sell software whose lines link to their activation links.
      const order = (await call(simulator, "GET", orderPath(customers.wingtip, orderId))).body as OrderModel;
      expect(order.lineItems!.every((line) => line.links?.activationLinks !== undefined)).toBe(true);
      expect((await activationLinks(customers.wingtip, orderId)).body).toEqual(
        collection(`/customers/${customers.wingtip}/orders/${orderId}/activationlinks`),
      );
    }
  });

  it("drops a line once it is cancelled, and keeps the others", async () => {
    const orderId = "software-order-1";
    simulator.store.addOrder(customers.fabrikam, softwareOrder(customers.fabrikam, orderId), { cancellationWindowOpen: true });
    const self = `/customers/${customers.fabrikam}/orders/${orderId}/activationlinks`;
    expect((await activationLinks(customers.fabrikam, orderId)).body).toEqual(collection(self, activationLink(orderId, 0), activationLink(orderId, 1)));

    const cancelled = await call(simulator, "PATCH", orderPath(customers.fabrikam, orderId), {
      body: { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0DVSV:0004:DG7GMGF0FM8G" }] },
    });
    expect(cancelled.status).toBe(200);
    expect((await activationLinks(customers.fabrikam, orderId)).body).toEqual(collection(self, activationLink(orderId, 1)));
    expect((await call(simulator, "GET", `${orderPath(customers.fabrikam, orderId)}/provisioningstatus`)).body.items).toEqual([
      { orderLineItemId: 0, lineItemNumber: 0, status: "unfulfilled", quantityProvisioningInformation: [{ quantity: 3, status: "unfulfilled" }] },
      { orderLineItemId: 1, lineItemNumber: 1, status: "fulfilled", quantityProvisioningInformation: [{ quantity: 3, status: "fulfilled" }] },
    ]);
  });

  it("gains nothing from an add-on bought by PATCH (add-ons have no activation link)", async () => {
    const { customerId, orderId, parentSubscriptionId } = jobs.addOn;
    const bought = await call(simulator, "PATCH", orderPath(customerId, orderId), {
      body: { lineItems: [{ lineItemNumber: 0, offerId: "7A2A53C6-E1A6-4B3C-B7A8-A4BA3C4E3F06", parentSubscriptionId, quantity: 1 }] },
    });
    expect(bought.status).toBe(200);
    expect((await activationLinks(customerId, orderId)).body).toEqual(collection(`/customers/${customerId}/orders/${orderId}/activationlinks`));
  });

  it("answers 404 / 20000 for an unknown order and 403 / 20002 for an unknown customer", async () => {
    expect(await activationLinks(customers.example, "no-such-order")).toMatchObject({
      status: 404,
      body: errorBody(20000, "Order no-such-order was not found."),
    });
    const unknown = "00000000-0000-0000-0000-000000000000";
    expect(await activationLinks(unknown, exampleOrders.subscription)).toMatchObject({
      status: 403,
      body: errorBody(20002, `The partner does not have a commerce relationship with the customer ${unknown}.`),
    });
  });

  it("needs a bearer token", async () => {
    const { status, body } = await call(simulator, "GET", linksPath(customers.example, exampleOrders.subscription), { anonymous: true });
    expect(status).toBe(401);
    expect(body).toEqual(errorBody(800001, "Authorization token is missing or invalid."));
  });
});

describe("GET …/orders/{o}/lineitems/{n}/activationlinks", () => {
  const { customerId, orderId } = jobs.cancelOutsideWindow;
  const linePath = (lineItemNumber: string) => `${orderPath(customerId, orderId)}/lineitems/${lineItemNumber}/activationlinks`;

  it("answers that line's link, with the line's own self link", async () => {
    expect(await call(simulator, "GET", linePath("0"))).toMatchObject({
      status: 200,
      body: collection(`/customers/${customerId}/orders/${orderId}/lineitems/0/activationlinks`, activationLink(orderId, 0)),
    });
  });

  it.each(["1", "x", "-1"])("answers 404 for line %s, which the order does not have", async (lineItemNumber) => {
    const { status, body } = await call(simulator, "GET", linePath(lineItemNumber));
    expect(status).toBe(404);
    expect(body).toEqual(errorBody("SimulatorLineItemNotFound", `Order ${orderId} has no line item number ${lineItemNumber}.`));
  });
});

describe("links in the seed", () => {
  it("every order's links.provisioningStatus and every line's links.activationLinks answers 200 from the simulator", async () => {
    let followed = 0;
    for (const customerId of Object.values(customers)) {
      const { body } = await call(simulator, "GET", ordersPath(customerId, "?include_system_purchases=true"));
      for (const order of body.items as OrderModel[]) {
        const provisioning = order.links?.provisioningStatus;
        if (provisioning) {
          expect(provisioning.uri).toBe(`/customers/${customerId}/orders/${order.id}/provisioningstatus`);
          const answer = await call(simulator, "GET", `/v1${provisioning.uri}`);
          expect(answer.status).toBe(200);
          expect(answer.body.items.map((item: { lineItemNumber: number }) => item.lineItemNumber)).toEqual(order.lineItems!.map((line) => line.lineItemNumber));
          followed += 1;
        }
        for (const line of order.lineItems ?? []) {
          const activation = line.links?.activationLinks;
          if (!activation) continue;
          expect(activation.uri).toBe(`/customers/${customerId}/orders/${order.id}/lineitems/${line.lineItemNumber}/activationlinks`);
          expect((await call(simulator, "GET", `/v1${activation.uri}`)).status).toBe(200);
          followed += 1;
        }
      }
    }
    // 22 orders link to their provisioning status, 5 software lines to their activation links.
    expect(followed).toBe(27);
  });
});
