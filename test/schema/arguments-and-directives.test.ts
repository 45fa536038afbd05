/**
 * Bad arguments fail only the field that would call Partner Center; @skip/@include are honoured
 * wherever the selection is read (price inference, the call estimate); malformed upstream data is
 * UPSTREAM_ERROR on the field that asked.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { useFacadeOnOrdersStub, wireOrder } from "../helpers/orders-stub.js";
import { type StubUpstream, startStubUpstream } from "../helpers/stub-upstream.js";
import { requestGuid } from "../../src/partner-center/index.js";

describe("bad arguments next to good ones", () => {
  const stub = useFacadeOnOrdersStub();

  it("answers the good alias and puts BAD_USER_INPUT on the bad alias's upstream-backed field", async () => {
    const response = await stub.facade.request(`{ a: customer(id: "") { orders { totalCount } } b: customer(id: "c-1") { orders { totalCount } } }`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { a: { orders: null }, b: { orders: { totalCount: 2 } } },
      errors: [
        {
          message: "Invalid argument id: must not be empty",
          locations: [{ line: 1, column: 25 }],
          path: ["a", "orders"],
          extensions: { code: "BAD_USER_INPUT", argument: "id" },
        },
      ],
    });
    expect(stub.upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/c-1/orders"]);
  });

  it("does the same for a bad order id and a bad filter", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") {
      bad: order(id: "../x") { id } good: order(id: "c-1-o1") { id }
      filtered: orders(indirectResellerId: "a\\u0001") { totalCount }
    } }`);
    expect(response.body.data).toEqual({ customer: { bad: null, good: { id: "c-1-o1" }, filtered: null } });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.argument])).toEqual([
      [["customer", "bad"], "BAD_USER_INPUT", "id"],
      [["customer", "filtered"], "BAD_USER_INPUT", "indirectResellerId"],
    ]);
    expect(stub.upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/c-1/orders/c-1-o1"]);
  });
});

describe("@skip and @include", () => {
  const stub = useFacadeOnOrdersStub();
  const sentIncludePrice = () => stub.upstream.requests.map((request) => request.query.include_price);

  it.each([
    ["totalPrice @include(if: false)", "false", `{ customer(id: "c") { orders { items { id totalPrice @include(if: false) } } } }`, undefined],
    ["lineItems @skip(if: true)", "false", `{ customer(id: "c") { orders { items { id lineItems @skip(if: true) { pricing { price } } } } } }`, undefined],
    ["a skipped fragment", "false", `{ customer(id: "c") { orders { items { id ...P @skip(if: true) } } } } fragment P on Order { totalPrice }`, undefined],
    ["a skipped inline fragment", "false", `{ customer(id: "c") { orders { items { id ... @include(if: false) { totalPrice } } } } }`, undefined],
    ["@include(if: $p) with p false", "false", `query($p: Boolean!) { customer(id: "c") { orders { items { id totalPrice @include(if: $p) } } } }`, { p: false }],
    ["@include(if: $p) with p true", "true", `query($p: Boolean!) { customer(id: "c") { orders { items { id totalPrice @include(if: $p) } } } }`, { p: true }],
    ["@skip(if: $p) on a lookup, p true", "false", `query($p: Boolean!) { customer(id: "c") { order(id: "c-o1") { id totalPrice @skip(if: $p) } } }`, { p: true }],
    ["two merged selections, one reading totalPrice @include(if: $p) with p true", "true", `query($p: Boolean!) { customer(id: "c") { orders { items { id } } orders { items { totalPrice @include(if: $p) } } } }`, { p: true }],
    ["two merged selections, one reading totalPrice @include(if: $p) with p false", "false", `query($p: Boolean!) { customer(id: "c") { orders { items { id } } orders { items { totalPrice @include(if: $p) } } } }`, { p: false }],
    ["totalPrice @include(if: true)", "true", `{ customer(id: "c") { orders { items { id totalPrice @include(if: true) } } } }`, undefined],
  ])("%s sends include_price=%s", async (_name, expected, query, variables) => {
    const response = await stub.facade.request(query, variables);
    expect(response.body.errors).toBeUndefined();
    expect(sentIncludePrice()).toEqual([expected]);
  });

  it("a skipped field makes no call and is not counted: 51 aliases, one skipped, fit a budget of 50", async () => {
    const aliases = Array.from({ length: 51 }, (_, i) => `c${i}: customer(id: "x${i}") ${i === 50 ? "@skip(if: $skip)" : ""} { orders { totalCount } }`);
    const query = `query($skip: Boolean!) { ${aliases.join(" ")} }`;
    const fits = await stub.facade.request(query, { skip: true });
    expect(fits.body.errors).toBeUndefined();
    expect(Object.keys(fits.body.data as object)).toHaveLength(50);
    expect(stub.upstream.requests).toHaveLength(50);

    stub.upstream.requests.length = 0;
    const refused = await stub.facade.request(query, { skip: false });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: 51 });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("a lookup waits for a list only when the list is not skipped", async () => {
    const query = `query($list: Boolean!) { customer(id: "c") { order(id: "c-o1") { id } orders @include(if: $list) { totalCount } } }`;
    await stub.facade.request(query, { list: false });
    expect(stub.upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/c/orders/c-o1"]);
    stub.upstream.requests.length = 0;
    await stub.facade.request(query, { list: true });
    expect(stub.upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/c/orders"]);
  });
});

describe("malformed upstream data", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  const order = wireOrder("c", "o1", false);
  const { id: _id, ...withoutId } = order;
  const withoutLineNumber = { ...order, lineItems: [{ offerId: "OFFER-1", quantity: 5 }] };

  beforeAll(async () => {
    upstream = await startStubUpstream((request) => {
      const customer = request.path.split("/")[3];
      const bad = customer === "no-id" ? withoutId : customer === "no-line-number" ? withoutLineNumber : undefined;
      if (!bad) return { body: { totalCount: 1, items: [wireOrder(customer!, "ok", false)] } };
      return request.path.endsWith("/orders") ? { body: { totalCount: 1, items: [bad] } } : { body: bad };
    });
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it.each([
    ["an order without id, in a list", `orders { items { id } }`, "no-id", "orders", "the answer was not an order collection"],
    ["a line without lineItemNumber, in a list", `orders { items { lineItems { lineItemNumber } } }`, "no-line-number", "orders", "the answer was not an order collection"],
    ["an order without id, by id", `order(id: "o1") { id }`, "no-id", "order", "the answer was not an order"],
    ["a line without lineItemNumber, by id", `order(id: "o1") { lineItems { offerId } }`, "no-line-number", "order", "the answer was not an order"],
  ])("%s is UPSTREAM_ERROR with correlationId on that field; siblings keep their data", async (_name, selection, customer, field, reason) => {
    const response = await facade.request(`{ bad: customer(id: "${customer}") { ${selection} } good: customer(id: "fine") { orders { totalCount } } }`, undefined, {
      authorization: "Bearer t",
      "ms-correlationid": "corr-malformed",
    });
    expect(response.body).toEqual({
      data: { bad: { [field]: null }, good: { orders: { totalCount: 1 } } },
      errors: [
        {
          message: `Partner Center failed to answer: ${reason}`,
          locations: [{ line: 1, column: 27 + customer.length }],
          path: ["bad", field],
          extensions: { code: "UPSTREAM_ERROR", correlationId: requestGuid("corr-malformed"), upstream: { status: 200 } },
        },
      ],
    });
  });
});
