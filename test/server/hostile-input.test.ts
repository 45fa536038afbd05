/**
 * Input that cannot be sent, or would cost the process more than it is worth, is BAD_USER_INPUT
 * before any upstream call — never an exception, a stack overflow, an HTTP 500 or a retried
 * UPSTREAM_ERROR.
 */
import { describe, expect, it } from "@jest/globals";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

const UPDATE = `mutation Update($input: UpdateOrderInput!, $ifMatch: String) {
  updateOrder(customerId: "c-1", orderId: "o-1", input: $input, ifMatch: $ifMatch) { id }
}`;

/** { a: { a: … { a: "x" } } }, `levels` objects deep. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { a: "x" };
  for (let level = 1; level < levels; level++) value = { a: value };
  return value;
}

describe("hostile input", () => {
  const stub = useFacadeOnOrdersStub();

  it("refuses a JSONObject variable nested 1,500 deep as BAD_USER_INPUT, with no call", async () => {
    const response = await stub.facade.request(UPDATE, { input: { lineItems: [{ lineItemNumber: 0, provisioningContext: nested(1500) }] } });
    expect({ status: response.status, codes: response.body.errors?.map((error) => error.extensions?.code), data: response.body.data }).toEqual({
      status: 400,
      codes: ["BAD_USER_INPUT"],
      data: undefined,
    });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("refuses a JSONObject literal nested 1,500 deep as BAD_USER_INPUT, with no call", async () => {
    const literal = `${"{ a: ".repeat(1500)}"x"${" }".repeat(1500)}`;
    const response = await stub.facade.request(
      `mutation { updateOrder(customerId: "c-1", orderId: "o-1", input: { lineItems: [{ lineItemNumber: 0, provisioningContext: ${literal} }] }) { id } }`,
    );
    expect({ status: response.status, codes: response.body.errors?.map((error) => error.extensions?.code), data: response.body.data }).toEqual({
      status: 400,
      codes: ["BAD_USER_INPUT"],
      data: undefined,
    });
    expect(response.body.errors?.[0]?.message).toContain("JSONObject cannot represent a value nested more than 32 levels deep");
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("reads a JSONObject 32 levels deep, then refuses it as a provisioningContext, whose values are strings, naming the key, with no call", async () => {
    const response = await stub.facade.request(UPDATE, { input: { lineItems: [{ lineItemNumber: 0, provisioningContext: nested(32) }] } });
    expect(response.body.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: "Invalid argument input.lineItems[0].provisioningContext.a: must be a string: provisioningContext maps names to strings",
        extensions: { code: "BAD_USER_INPUT", argument: "input", field: "lineItems[0].provisioningContext.a" },
      },
    ]);
    expect(stub.upstream.requests).toHaveLength(0);
  });

  // JSON carries lone surrogates ("\ud800" is valid JSON, not valid Unicode); GraphQL's own parser refuses them in literals.
  it.each([
    ["a customer id", `query ($v: ID!) { customer(id: $v) { orders { totalCount } } }`, "c\ud800", ["customer", "orders"], "id"],
    ["an order id", `query ($v: ID!) { customer(id: "c-1") { order(id: $v) { id } } }`, "\udc00o", ["customer", "order"], "id"],
    ["a reseller filter", `query ($v: String) { customer(id: "c-1") { orders(indirectResellerId: $v) { totalCount } } }`, "r\ud83d", ["customer", "orders"], "indirectResellerId"],
  ])("refuses a lone UTF-16 surrogate in %s as BAD_USER_INPUT, with no call", async (_what, document, value, path, argument) => {
    const response = await stub.facade.request(document, { v: value });
    expect(response.status).toBe(200);
    expect(response.body.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      { message: `Invalid argument ${argument}: must be well-formed Unicode (it has a lone surrogate)`, path, extensions: { code: "BAD_USER_INPUT", argument } },
    ]);
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("still takes a surrogate pair (an emoji) where text is free", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders(indirectResellerId: "r\\ud83d\\ude00") { totalCount } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it.each([
    ["a non-ASCII letter", "ā"],
    ["a C1 control", "etag\u0085"],
    ["a space", "e tag"],
    ["an inner quote", 'e"tag'],
  ])("refuses an ifMatch with %s as BAD_USER_INPUT, with no attempt", async (_what, ifMatch) => {
    const response = await stub.facade.request(UPDATE, { input: { alternateId: "x" }, ifMatch });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: "Invalid argument ifMatch: must be an etag of at most 1024 visible ASCII characters without spaces or inner quotes",
          locations: [{ line: 2, column: 3 }],
          path: ["updateOrder"],
          extensions: { code: "BAD_USER_INPUT", argument: "ifMatch" },
        },
      ],
    });
    expect(stub.upstream.requests).toHaveLength(0);
  });
});
