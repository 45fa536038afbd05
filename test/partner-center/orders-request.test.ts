/**
 * What the facade sends upstream for the orders query: the exact query string per argument, the
 * headers, and one correlation id per operation.
 */
import { describe, expect, it } from "@jest/globals";
import { CustomerOrdersDocument } from "../generated/graphql.js";
import { TOKEN } from "../helpers/facade.js";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";
import { requestGuid } from "../../src/partner-center/index.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("GET /customers/{id}/orders as sent upstream", () => {
  const stub = useFacadeOnOrdersStub();

  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["no filter", {}, "include_price=false&include_system_purchases=false"],
    ["indirectResellerId", { indirectResellerId: "reseller-1" }, "indirect_reseller_id=reseller-1&include_price=false&include_system_purchases=false"],
    ["billingType ONE_TIME as PascalCase", { billingType: "ONE_TIME" }, "billingType=OneTime&include_price=false&include_system_purchases=false"],
    ["billingType ANNUAL", { billingType: "ANNUAL" }, "billingType=Annual&include_price=false&include_system_purchases=false"],
    ["includePrice true", { includePrice: true }, "include_price=true&include_system_purchases=false"],
    ["includeSystemPurchases true", { includeSystemPurchases: true }, "include_price=false&include_system_purchases=true"],
    [
      "every argument",
      { indirectResellerId: "r 2&x", billingType: "TRIENNIAL", includePrice: true, includeSystemPurchases: true },
      "indirect_reseller_id=r+2%26x&billingType=Triennial&include_price=true&include_system_purchases=true",
    ],
  ];

  it.each(cases)("%s", async (_name, args, queryString) => {
    const response = await stub.facade.request(CustomerOrdersDocument, { customerId: "c-1", ...args });
    expect(response.body.errors).toBeUndefined();
    expect(stub.upstream.requests.map((request) => `${request.method} ${request.url}`)).toEqual([`GET /v1/customers/c-1/orders?${queryString}`]);
  });

  it("encodes the customer id as one path segment", async () => {
    await stub.facade.request(CustomerOrdersDocument, { customerId: "Ab:c d@e" });
    expect(stub.upstream.requests.map((request) => request.url)).toEqual([
      "/v1/customers/Ab%3Ac%20d%40e/orders?include_price=false&include_system_purchases=false",
    ]);
  });

  it("forwards Authorization verbatim, ms-cv and X-Locale, and gives every GET a new MS-RequestId", async () => {
    const response = await stub.facade.request(
      "{ a: customer(id: \"c-1\") { orders { totalCount } } b: customer(id: \"c-2\") { orders { totalCount } } }",
      undefined,
      { authorization: TOKEN, "ms-correlationid": "corr-123", "ms-cv": "abc.1", "x-locale": "fr-FR" },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get("ms-correlationid")).toBe("corr-123");
    expect(stub.upstream.requests).toHaveLength(2);
    for (const request of stub.upstream.requests) {
      expect(request.headers.authorization).toBe(TOKEN);
      // Partner Center documents MS-CorrelationId as a GUID: "corr-123" is sent as its UUID v5.
      expect(request.headers["ms-correlationid"]).toBe(requestGuid("corr-123"));
      expect(request.headers["ms-cv"]).toBe("abc.1");
      expect(request.headers["x-locale"]).toBe("fr-FR");
      expect(request.headers.accept).toBe("application/json");
      expect(request.headers["ms-requestid"]).toMatch(UUID);
    }
    expect(stub.upstream.requests[0]!.headers["ms-requestid"]).not.toBe(stub.upstream.requests[1]!.headers["ms-requestid"]);
  });

  it("generates one correlation id per operation, shares it across its calls and echoes it", async () => {
    const response = await stub.facade.request(
      "{ a: customer(id: \"c-1\") { orders { totalCount } } b: customer(id: \"c-2\") { orders { totalCount } } }",
    );
    const correlationId = response.headers.get("ms-correlationid");
    expect(correlationId).toMatch(UUID);
    expect(stub.upstream.requests.map((request) => request.headers["ms-correlationid"])).toEqual([correlationId, correlationId]);
    expect(stub.upstream.requests[0]!.headers["ms-cv"]).toBeUndefined();
    expect(stub.upstream.requests[0]!.headers["x-locale"]).toBeUndefined();
  });

  it("refuses a malformed correlation id header with BAD_USER_INPUT and no upstream call", async () => {
    const response = await stub.facade.request("{ customer(id: \"c-1\") { orders { totalCount } } }", undefined, {
      authorization: TOKEN,
      "ms-correlationid": "bad id with spaces",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(stub.upstream.requests).toHaveLength(0);
  });
});
