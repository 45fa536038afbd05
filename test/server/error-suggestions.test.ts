/**
 * graphql-js suggests names in its validation errors ("Did you mean …?"). Where introspection is
 * off, and in production, those suggestions would reveal the schema, so errors leave them out;
 * where introspection is on, they stay to help whoever is writing the query.
 */
import { describe, expect, it } from "@jest/globals";
import { withFacadeOnOrdersStub } from "../helpers/orders-stub.js";

const DOCUMENTS = [
  `{ customer(id: "c-1") { ordrs { totalCount } } }`,
  `{ customer(id: "c-1") { orders(includePrise: true) { totalCount } } }`,
  `{ customer(id: "c-1") { orders(billingType: ANUAL) { totalCount } } }`,
  `{ customer(id: "c-1") { orders { items { ...F } } } } fragment F on Ordr { id }`,
];

const WITH_SUGGESTIONS = [
  'Cannot query field "ordrs" on type "Customer". Did you mean "orders" or "order"?',
  'Unknown argument "includePrise" on field "Customer.orders". Did you mean "includePrice"?',
  'Value "ANUAL" does not exist in "BillingCycle" enum. Did you mean the enum value "ANNUAL"?',
  'Unknown type "Ordr". Did you mean "Order"?',
];
const WITHOUT_SUGGESTIONS = [
  'Cannot query field "ordrs" on type "Customer".',
  'Unknown argument "includePrise" on field "Customer.orders".',
  'Value "ANUAL" does not exist in "BillingCycle" enum.',
  'Unknown type "Ordr".',
];

describe("name suggestions in errors", () => {
  it.each([
    ["NODE_ENV=production", { NODE_ENV: "production" }, WITHOUT_SUGGESTIONS],
    ["NODE_ENV=production, GRAPHQL_INTROSPECTION=true", { NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }, WITHOUT_SUGGESTIONS],
    ["GRAPHQL_INTROSPECTION=false", { GRAPHQL_INTROSPECTION: "false" }, WITHOUT_SUGGESTIONS],
    ["development (introspection on)", {}, WITH_SUGGESTIONS],
  ])("%s", async (_mode, env, messages) => {
    await withFacadeOnOrdersStub(env, async (facade, upstream) => {
      const answers = [];
      for (const document of DOCUMENTS) {
        const { status, body } = await facade.request(document);
        answers.push({ status, messages: body.errors?.map((error) => [error.message, error.extensions?.code]) });
      }
      expect(answers).toEqual(messages.map((message) => ({ status: 400, messages: [[message, "GRAPHQL_VALIDATION_FAILED"]] })));
      expect(upstream.requests).toHaveLength(0);
    });
  });

  it("in production, a variable of a wrong value carries no suggestion either (an executor coercing variables with graphql-js would add one)", async () => {
    await withFacadeOnOrdersStub({ NODE_ENV: "production" }, async (facade) => {
      const { status, body } = await facade.request(`query ($billing: BillingCycle) { customer(id: "c-1") { orders(billingType: $billing) { totalCount } } }`, {
        billing: "ANUAL",
      });
      expect({ status, body }).toEqual({
        status: 400,
        body: {
          errors: [{ message: 'Variable "$billing" got invalid value "ANUAL"; Expected type BillingCycle.', locations: [{ line: 1, column: 8 }], extensions: { code: "BAD_USER_INPUT" } }],
        },
      });
    });
  });

  it("in production, a mutation's variable of a wrong value carries no suggestion either (a mutation of several fields runs on graphql-js)", async () => {
    await withFacadeOnOrdersStub({ NODE_ENV: "production" }, async (facade, upstream) => {
      const { status, body } = await facade.request(
        `mutation ($input: UpdateOrderInput!) { a: updateOrder(customerId: "c-1", orderId: "o-1", input: $input) { id } b: updateOrder(customerId: "c-1", orderId: "o-2", input: $input) { id } }`,
        { input: { statu: "CANCELLED" } },
      );
      expect({ status, body }).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'Variable "$input" got invalid value { statu: "CANCELLED" }; Field "statu" is not defined by type "UpdateOrderInput".',
              locations: [{ line: 1, column: 11 }],
              extensions: { code: "BAD_USER_INPUT" },
            },
          ],
        },
      });
      expect(upstream.requests).toHaveLength(0);
    });
  });

  it("in production, a refused introspection names the operator's switch, not Apollo's constructor option", async () => {
    await withFacadeOnOrdersStub({ NODE_ENV: "production" }, async (facade) => {
      const { status, body } = await facade.request(`{ __schema { queryType { name } } }`);
      expect({ status, body }).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: "Introspection is off on this server (NODE_ENV=production; GRAPHQL_INTROSPECTION=true turns it on)",
              locations: [{ line: 1, column: 3 }],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "INTROSPECTION_DISABLED" },
            },
          ],
        },
      });
    });
  });
});
