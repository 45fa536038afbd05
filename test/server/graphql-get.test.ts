/**
 * GET /graphql is GraphQL over HTTP: a query in the URL, with no body and so no content-type,
 * answered like the same POST; mutations are refused on GET, with nothing sent upstream.
 */
import { describe, expect, it } from "@jest/globals";
import { TOKEN } from "../helpers/facade.js";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

describe("GET /graphql", () => {
  const stub = useFacadeOnOrdersStub();
  const get = (query: string, headers: Record<string, string>) => fetch(`${stub.facade.url}?${new URLSearchParams({ query })}`, { headers });

  it.each([
    ["only Authorization", {}],
    ["Accept: application/graphql-response+json", { accept: "application/graphql-response+json" }],
    ["Accept: application/json", { accept: "application/json" }],
  ])("answers a query sent with %s", async (_case, headers) => {
    const response = await get(`{ customer(id: "c-1") { orders { totalCount } } }`, { authorization: TOKEN, "ms-correlationid": "corr-get-1", ...headers });
    expect({
      status: response.status,
      correlationId: response.headers.get("ms-correlationid"),
      body: await response.json(),
      upstream: stub.upstream.requests.map((request) => [request.method, request.url, request.headers.authorization]),
    }).toEqual({
      status: 200,
      correlationId: "corr-get-1",
      body: { data: { customer: { orders: { totalCount: 2 } } } },
      upstream: [["GET", "/v1/customers/c-1/orders?include_price=false&include_system_purchases=false", TOKEN]],
    });
  });

  it("refuses a mutation with 405 and no upstream call", async () => {
    const response = await get(`mutation { updateOrder(customerId: "c-1", orderId: "c-1-o1", input: { status: CANCELLED }) { id } }`, { authorization: TOKEN });
    expect({ status: response.status, body: await response.json(), upstreamCalls: stub.upstream.requests.length }).toEqual({
      status: 405,
      body: { errors: [{ message: "GET requests only support query operations, not mutation operations", extensions: { code: "BAD_REQUEST" } }] },
      upstreamCalls: 0,
    });
  });
});
