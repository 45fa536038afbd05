/**
 * Order.provisioningStatus and Order.activationLinks: made only when selected, once per order,
 * mapped field by field, failing one order at a time, and admitted one by one against
 * MAX_UPSTREAM_CALLS_PER_OPERATION.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CustomerOrdersProvisioningDocument, OrderProvisioningDocument } from "../generated/graphql.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { useFacadeOnOrdersStub, wireOrder } from "../helpers/orders-stub.js";
import { type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";

const reads = (request: { path: string }) => /\/(provisioningstatus|activationlinks)$/.test(request.path);

describe("provisioning status and activation links", () => {
  const stub = useFacadeOnOrdersStub({
    env: { UPSTREAM_MAX_RETRIES: "0" },
    override: (request) =>
      request.path === "/v1/customers/flaky/orders/flaky-o1/provisioningstatus"
        ? { status: 500, body: { code: 5000, description: "Internal failure", data: [], source: "PartnerFD" } }
        : {},
  });

  it("maps both collections field by field", async () => {
    const response = await stub.facade.request(OrderProvisioningDocument, { customerId: "c-1", orderId: "c-1-o1" });
    expect(response.body).toEqual({
      data: {
        customer: {
          order: {
            id: "c-1-o1",
            provisioningStatus: [{ lineItemNumber: 0, status: "fulfilled", quantityProvisioningInformation: [{ quantity: 5, status: "fulfilled" }] }],
            activationLinks: [
              { lineItemNumber: 0, link: { uri: "https://publisher.example/activate?order=c-1-o1", method: "GET", headers: [], body: null } },
            ],
          },
        },
      },
    });
    expect(stub.upstream.requests.map((request) => request.path).sort()).toEqual([
      "/v1/customers/c-1/orders/c-1-o1",
      "/v1/customers/c-1/orders/c-1-o1/activationlinks",
      "/v1/customers/c-1/orders/c-1-o1/provisioningstatus",
    ]);
  });

  it("maps absent parts as the contract says: no quantity breakdown is [], no link is null, no headers is []", async () => {
    const upstream = await startStubUpstream((request) => {
      if (request.path.endsWith("/provisioningstatus")) return { body: { totalCount: 1, items: [{ lineItemNumber: 3 }] } };
      if (request.path.endsWith("/activationlinks")) {
        return { body: { totalCount: 2, items: [{ lineItemNumber: 3 }, { lineItemNumber: 4, link: { uri: "https://x.example/a", method: "GET" } }] } };
      }
      return { body: wireOrder("c", "o", false) };
    });
    const facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
    try {
      const response = await facade.request(OrderProvisioningDocument, { customerId: "c", orderId: "o" });
      expect(response.body).toEqual({
        data: {
          customer: {
            order: {
              id: "o",
              provisioningStatus: [{ lineItemNumber: 3, status: null, quantityProvisioningInformation: [] }],
              activationLinks: [
                { lineItemNumber: 3, link: null },
                { lineItemNumber: 4, link: { uri: "https://x.example/a", method: "GET", headers: [], body: null } },
              ],
            },
          },
        },
      });
    } finally {
      await facade.stop();
      await upstream.close();
    }
  });

  it("is not called when not selected", async () => {
    await stub.facade.request(`{ customer(id: "c-1") { orders { items { id links { provisioningStatus { uri } } } } } }`);
    expect(stub.upstream.requests.filter(reads)).toEqual([]);
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("is called once per order, however often the order appears", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        orders { items { id a: provisioningStatus { status } b: provisioningStatus { lineItemNumber } activationLinks { lineItemNumber } } }
        order(id: "c-1-o1") { provisioningStatus { status } activationLinks { lineItemNumber } }
        again: orders { items { provisioningStatus { status } } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(stub.upstream.requests.map((request) => request.path).sort()).toEqual([
      "/v1/customers/c-1/orders",
      "/v1/customers/c-1/orders/c-1-o1/activationlinks",
      "/v1/customers/c-1/orders/c-1-o1/provisioningstatus",
      "/v1/customers/c-1/orders/c-1-o2/activationlinks",
      "/v1/customers/c-1/orders/c-1-o2/provisioningstatus",
    ]);
  });

  it("nulls only the failing order's field, with the upstream's error", async () => {
    const response = await stub.facade.request(`{ customer(id: "flaky") { orders { items { id provisioningStatus { status } activationLinks { lineItemNumber } } } } }`);
    expect(response.body.data).toEqual({
      customer: {
        orders: {
          items: [
            { id: "flaky-o1", provisioningStatus: null, activationLinks: [{ lineItemNumber: 0 }] },
            { id: "flaky-o2", provisioningStatus: [{ status: "fulfilled" }], activationLinks: [{ lineItemNumber: 0 }] },
          ],
        },
      },
    });
    expect(response.body.errors).toEqual([
      {
        message: "Partner Center failed to answer (HTTP 500): Internal failure",
        locations: [{ line: 1, column: 47 }],
        path: ["customer", "orders", "items", 0, "provisioningStatus"],
        extensions: {
          code: "UPSTREAM_ERROR",
          correlationId: expect.any(String),
          upstream: { status: 500, code: 5000, description: "Internal failure", source: "PartnerFD", data: [] },
        },
      },
    ]);
  });
});

describe("per-order calls against MAX_UPSTREAM_CALLS_PER_OPERATION", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  const ids = Array.from({ length: 200 }, (_, i) => `big-${String(i).padStart(3, "0")}`);

  beforeAll(async () => {
    upstream = await startStubUpstream((request) => {
      if (request.path === "/v1/customers/big/orders") {
        return { body: { totalCount: ids.length, items: ids.map((id) => wireOrder("big", id, false)), attributes: { objectType: "Collection" } } };
      }
      return { body: { totalCount: 1, items: [{ lineItemNumber: 0, status: "fulfilled", quantityProvisioningInformation: [] }] } };
    });
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("makes at most 50 upstream calls for 200 orders selecting provisioningStatus; the rest carry BAD_USER_INPUT", async () => {
    const response = await facade.request(CustomerOrdersProvisioningDocument, { customerId: "big" });
    expect(upstream.requests).toHaveLength(50);
    const items = response.body.data!.customer.orders!.items;
    expect(items).toHaveLength(200);
    // The list is one call; the first 49 orders get theirs, in order.
    expect(items.map((item) => item.provisioningStatus !== null)).toEqual(ids.map((_, i) => i < 49));
    expect(upstream.requests.slice(1).map((request) => request.path)).toEqual(ids.slice(0, 49).map((id) => `/v1/customers/big/orders/${id}/provisioningstatus`));
    const errors = response.body.errors ?? [];
    expect(errors).toHaveLength(151);
    expect(errors.map((error) => error.path)).toEqual(ids.slice(49).map((_, i) => ["customer", "orders", "items", 49 + i, "provisioningStatus"]));
    for (const error of errors) {
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain("MAX_UPSTREAM_CALLS_PER_OPERATION");
    }
  });
});
