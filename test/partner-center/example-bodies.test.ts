/**
 * Every contract field mapped from Microsoft's example bodies, served by a stub upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CustomerOrderDocument, CustomerOrdersDocument } from "../generated/graphql.js";
import { lineItem, link, order } from "../helpers/expected.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { example } from "../helpers/fixtures.js";
import { type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";

const CUSTOMER = "b0d70a69-4c42-4b27-b17b-91a835d8686a";
const CANCEL_CUSTOMER = "45411344-b09d-47e7-9653-542006bf9766";

describe("orders mapped from Microsoft's example bodies", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;

  beforeAll(async () => {
    upstream = await startStubUpstream((request) => {
      if (request.path === `/v1/customers/${CUSTOMER}/orders`) return { body: example("orders-collection.json") };
      if (request.path === `/v1/customers/${CANCEL_CUSTOMER}/orders`) {
        return { body: { totalCount: 1, items: [example("order-after-cancel.json")], attributes: { objectType: "Collection" } } };
      }
      if (request.path === `/v1/customers/${CANCEL_CUSTOMER}/orders/2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1`) return { body: example("order-after-cancel.json") };
      return { status: 404, body: example("error-404.json") };
    });
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("maps orders-collection.json field by field", async () => {
    const response = await facade.request(CustomerOrdersDocument, { customerId: CUSTOMER });
    expect(response.body).toEqual({
      data: {
        customer: {
          id: CUSTOMER,
          orders: {
            totalCount: 2,
            items: [
              order({
                id: "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1",
                customerId: CUSTOMER,
                referenceCustomerId: CUSTOMER,
                billingCycle: "ONE_TIME",
                currencyCode: "USD",
                creationDate: "2018-03-15T02:17:15.6455674Z",
                status: "PENDING",
                attributes: { etag: null, objectType: "Order" },
                links: {
                  provisioningStatus: link(`/customers/${CUSTOMER}/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1/provisioningstatus`),
                  self: link(`/customers/${CUSTOMER}/orders/9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1`),
                },
                lineItems: [
                  lineItem({
                    lineItemNumber: 0,
                    offerId: "DZH318Z0BQ4B:000Z:DZH318Z0DSPL",
                    friendlyName: "Reserved_VM_Instance_Standard_D1_AP_East_1_Year",
                    quantity: 1,
                    links: { sku: link("/products/DZH318Z0BQ4B/skus/000Z?country=US") },
                  }),
                ],
              }),
              order({
                id: "eeba9d00-7b46-443a-917e-22887a8fc993",
                customerId: CUSTOMER,
                referenceCustomerId: CUSTOMER,
                billingCycle: "MONTHLY",
                currencyCode: "USD",
                // The instant as given: offset and precision kept, never shifted to UTC.
                creationDate: "2018-03-06T17:37:05.253-08:00",
                status: "COMPLETED",
                attributes: { etag: "eyJpZCI6ImVlYmE5ZDAwLTdiNDYtNDQzYS05MTdlLTIyODg3YThmYzk5MyIsInZlcnNpb24iOjF9", objectType: "Order" },
                links: { self: link(`/customers/${CUSTOMER}/orders/eeba9d00-7b46-443a-917e-22887a8fc993`) },
                lineItems: [
                  lineItem({
                    lineItemNumber: 0,
                    offerId: "E59159FC-6F67-4599-B3CB-17FF4020F643",
                    subscriptionId: "DB8C695B-1C3C-4C55-B697-771503DD46BF",
                    friendlyName: "Azure Active Directory Premium P2",
                    quantity: 1,
                    // The example also has sku/provisioningStatus beside links (not inside): not contract fields.
                    links: { subscription: link(`/customers/${CUSTOMER}/subscriptions/DB8C695B-1C3C-4C55-B697-771503DD46BF`) },
                  }),
                ],
              }),
            ],
          },
        },
      },
    });
  });

  it("maps order-after-cancel.json field by field, through Customer.order", async () => {
    const orderId = "2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1";
    const response = await facade.request(CustomerOrderDocument, { customerId: CANCEL_CUSTOMER, orderId });
    const base = `/customers/${CANCEL_CUSTOMER}/orders/${orderId}`;
    expect(response.body).toEqual({
      data: {
        customer: {
          id: CANCEL_CUSTOMER,
          order: order({
            id: orderId,
            customerId: CANCEL_CUSTOMER,
            alternateId: "c403d91b21d2",
            referenceCustomerId: CANCEL_CUSTOMER,
            billingCycle: "ONE_TIME",
            currencyCode: "USD",
            currencySymbol: "$",
            creationDate: "2019-12-12T17:33:56.1306495Z",
            status: "COMPLETED",
            transactionType: "UserPurchase",
            client: { marketplaceCountry: "US", deviceFamily: "UniversalStore-PartnerCenter", name: "Partner Center API" },
            attributes: { etag: null, objectType: "Order" },
            links: { self: link(base), provisioningStatus: link(`${base}/provisioningstatus`), patchOperation: link(base, "PATCH") },
            lineItems: [
              lineItem({
                lineItemNumber: 0,
                offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS",
                termDuration: "P3Y",
                transactionType: "New",
                friendlyName: "SQL Server Enterprise - 2 Core License Pack - 3 year",
                quantity: 0,
                links: {
                  product: link("/products/DG7GMGF0FKZV?country=US"),
                  sku: link("/products/DG7GMGF0FKZV/skus/0003?country=US"),
                  availability: link("/products/DG7GMGF0FKZV/skus/0003/availabilities/DG7GMGF0DWMS?country=US"),
                },
              }),
              lineItem({
                lineItemNumber: 1,
                offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM",
                termDuration: "P3Y",
                transactionType: "New",
                friendlyName: "Windows Server CAL - 1 Device CAL - 3 year",
                quantity: 1,
                links: {
                  product: link("/products/DG7GMGF0DVT7?country=US"),
                  sku: link("/products/DG7GMGF0DVT7/skus/000C?country=US"),
                  availability: link("/products/DG7GMGF0DVT7/skus/000C/availabilities/DG7GMGF0FVZM?country=US"),
                },
              }),
            ],
          }),
        },
      },
    });
    // Customer.order is one GET by id (no price read, so include_price=false).
    const calls = upstream.requests.filter((request) => request.path.includes(CANCEL_CUSTOMER));
    expect(calls.map((call) => call.url)).toEqual([`/v1/customers/${CANCEL_CUSTOMER}/orders/${orderId}?include_price=false`]);
  });

  it("gives null for an order the customer does not have", async () => {
    const response = await facade.request(CustomerOrderDocument, { customerId: CUSTOMER, orderId: "no-such-order" });
    expect(response.body).toEqual({ data: { customer: { id: CUSTOMER, order: null } } });
  });
});
