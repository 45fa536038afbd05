/**
 * includePrice, when omitted, is true exactly when the selection reads totalPrice or
 * lineItems.pricing — through fragments and inline fragments too.
 */
import { describe, expect, it } from "@jest/globals";
import { CustomerOrdersWithPricesDocument } from "../generated/graphql.js";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

describe("includePrice inference", () => {
  const stub = useFacadeOnOrdersStub();

  const sentIncludePrice = () => stub.upstream.requests.map((request) => request.query.include_price);

  it.each([
    ["totalPrice", `{ customer(id: "c") { orders { items { totalPrice } } } }`, "true"],
    ["lineItems.pricing", `{ customer(id: "c") { orders { items { lineItems { pricing { price } } } } } }`, "true"],
    ["a fragment spread", `{ customer(id: "c") { orders { items { ...P } } } } fragment P on Order { totalPrice }`, "true"],
    ["an inline fragment", `{ customer(id: "c") { orders { ... on OrderCollection { items { ... on Order { lineItems { ... on OrderLineItem { pricing { listPrice } } } } } } } } }`, "true"],
    ["nested fragments", `{ customer(id: "c") { orders { ...C } } } fragment C on OrderCollection { items { ...O } } fragment O on Order { lineItems { ...L } } fragment L on OrderLineItem { pricing { price } }`, "true"],
    ["an alias of totalPrice", `{ customer(id: "c") { orders { items { money: totalPrice } } } }`, "true"],
    ["no price field", `{ customer(id: "c") { orders { items { id lineItems { quantity } } } } }`, "false"],
    ["a field merely aliased 'pricing'", `{ customer(id: "c") { orders { items { lineItems { pricing: quantity } } } } }`, "false"],
    ["Customer.order reading totalPrice", `{ customer(id: "c") { order(id: "c-o1") { totalPrice } } }`, "true"],
    ["Customer.order without prices", `{ customer(id: "c") { order(id: "c-o1") { id } } }`, "false"],
  ])("reading %s sends include_price=%s", async (_name, query, expected) => {
    const response = await stub.facade.request(query);
    expect(response.body.errors).toBeUndefined();
    expect(sentIncludePrice()).toEqual([expected]);
  });

  it("an explicit includePrice wins over the selection", async () => {
    await stub.facade.request(CustomerOrdersWithPricesDocument, { customerId: "c", includePrice: false });
    await stub.facade.request(`{ customer(id: "c") { orders(includePrice: true) { totalCount } } }`);
    expect(sentIncludePrice()).toEqual(["false", "true"]);
  });

  it("returns the prices it asked for", async () => {
    const response = await stub.facade.request(CustomerOrdersWithPricesDocument, { customerId: "c" });
    const priced = { totalPrice: 12.5, lineItems: [{ lineItemNumber: 0, pricing: { listPrice: 2.5, price: 2.5, discountedPrice: 2.5, extendedPrice: 12.5, proratedPrice: 12.5 } }] };
    expect(response.body).toEqual({
      data: { customer: { orders: { totalCount: 2, items: [{ id: "c-o1", ...priced }, { id: "c-o2", ...priced }] } } },
    });
  });
});
