/**
 * The README's example query and the five example mutations run as written against the
 * embedded simulator, as `npm start` serves them.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "./helpers/facade.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const mutations = blocks[2]!.split(/^(?=# \d\. )/m).filter((part) => part.trim());

describe("README examples", () => {
  let facade: TestFacade;

  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
  });
  afterAll(() => facade.stop());

  it("has the example queries and one mutation per job", () => {
    expect(blocks).toHaveLength(3);
    expect(mutations.map((mutation) => mutation.split("\n")[0])).toEqual([
      "# 1. Change the billing cycle (legacy subscriptions)",
      "# 2. Buy an add-on to an existing subscription",
      "# 3. Cancel software lines inside the cancellation window",
      "# 4. Cancel a whole order (software; reserved instances in the integration sandbox only)",
      "# 5. Change a quantity",
    ]);
  });

  it("the example query returns orders from the simulator", async () => {
    const response = await facade.request(blocks[0]!, undefined, {});
    expect(response.body.errors).toBeUndefined();
    const { customer } = response.body.data as {
      customer: { orders: { totalCount: number; items: Array<{ id: string; totalPrice: number }> }; order: { id: string; status: string } };
    };
    expect(customer.orders.items.map((order) => order.id)).toEqual(["eeba9d00-7b46-443a-917e-22887a8fc993"]);
    expect(typeof customer.orders.items[0]!.totalPrice).toBe("number");
    expect(customer.order).toEqual({ id: "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1", status: "PENDING", lineItems: [{ offerId: "DZH318Z0BQ4B:000Z:DZH318Z0DSPL" }] });
  });

  it("the example of provisioning status and activation links reads both from the simulator", async () => {
    const before = facade.launched.simulator!.requests.length;
    const response = await facade.request(blocks[1]!, undefined, {});
    expect(response.body).toEqual({
      data: {
        customer: {
          order: {
            status: "COMPLETED",
            provisioningStatus: [{ lineItemNumber: 0, status: "fulfilled", quantityProvisioningInformation: [{ quantity: 10, status: "fulfilled" }] }],
            activationLinks: [
              { lineItemNumber: 0, link: { uri: "https://publisher.example/activate?orderId=575yx8xm5MslfY5ubiheyEd7P4zDL_ak6&lineItemNumber=0" } },
            ],
          },
        },
      },
    });
    const order = "/v1/customers/45411344-b09d-47e7-9653-542006bf9766/orders/575yx8xm5MslfY5ubiheyEd7P4zDL_ak6";
    expect(facade.launched.simulator!.requests.slice(before).map((request) => request.path)).toEqual([order, `${order}/provisioningstatus`, `${order}/activationlinks`]);
  });

  it.each([
    ["1. billing cycle", (order: Record<string, unknown>) => expect(order).toMatchObject({ id: "cf3b0e37-be0b-4cdd-b584-d1a97d98a922", billingCycle: "ANNUAL" })],
    [
      "2. add-on",
      (order: Record<string, unknown>) =>
        expect(order.lineItems).toContainEqual(expect.objectContaining({ parentSubscriptionId: "1C2B75C1-74A5-472A-A729-7F8CEFC477F9", quantity: 2 })),
    ],
    ["3. cancel lines", (order: Record<string, unknown>) => expect(order).toEqual({ status: "COMPLETED", lineItems: [{ lineItemNumber: 0, quantity: 0 }, { lineItemNumber: 1, quantity: 1 }] })],
    ["4. sandbox cancel", (order: Record<string, unknown>) => expect(order).toEqual({ status: "CANCELLED" })],
    ["5. quantity", (order: Record<string, unknown>) => expect(order).toEqual({ lineItems: [{ lineItemNumber: 0, quantity: 12 }, { lineItemNumber: 1, quantity: 3 }] })],
  ])("mutation %s runs and changes the order", async (name, check) => {
    const mutation = mutations.find((text) => text.startsWith(`# ${name.slice(0, 2)}`))!;
    const response = await facade.request(mutation, undefined, {});
    expect(response.body.errors).toBeUndefined();
    check((response.body.data as { updateOrder: Record<string, unknown> }).updateOrder);
  });
});
