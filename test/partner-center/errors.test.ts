/**
 * The error contract: each upstream status → extensions.code, correlationId and upstream details;
 * one failing field leaves its siblings' data; nothing else leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { example } from "../helpers/fixtures.js";
import { startOrdersStub, useFacadeOnOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";
import { requestGuid } from "../../src/partner-center/index.js";

const pcError = (code: number, description: string) => ({ code, description, data: [], source: "PartnerFD" });

/** Customer id → the failure the stub answers with. */
const FAILURES: Record<string, { status: number; body: unknown }> = {
  "bad-request": { status: 400, body: example("error-400.json") },
  unauthorized: { status: 401, body: pcError(800001, "Authorization token is missing or invalid.") },
  forbidden: { status: 403, body: pcError(20002, "No commerce relationship with the customer.") },
  missing: { status: 404, body: example("error-404.json") },
  conflict: { status: 409, body: pcError(409, "Conflict") },
  "precondition-failed": { status: 412, body: pcError(412, "The etag does not match.") },
  broken: { status: 500, body: pcError(800003, "Unexpected service error.") },
};

describe("upstream errors as GraphQL errors", () => {
  const stub = useFacadeOnOrdersStub({ override: (request) => {
      const customer = /^\/v1\/customers\/([^/]+)\//.exec(request.path)?.[1] ?? "";
      return FAILURES[customer] ?? {};
    }, env: { UPSTREAM_MAX_RETRIES: "0" } });

  it.each([
    ["bad-request", "BAD_USER_INPUT", 400, example<Record<string, unknown>>("error-400.json")],
    ["unauthorized", "UNAUTHENTICATED", 401, pcError(800001, "Authorization token is missing or invalid.")],
    ["forbidden", "FORBIDDEN", 403, pcError(20002, "No commerce relationship with the customer.")],
    ["missing", "NOT_FOUND", 404, example<Record<string, unknown>>("error-404.json")],
    ["conflict", "CONFLICT", 409, pcError(409, "Conflict")],
    ["precondition-failed", "CONFLICT", 412, pcError(412, "The etag does not match.")],
    ["broken", "UPSTREAM_ERROR", 500, pcError(800003, "Unexpected service error.")],
  ])("upstream %s → %s with the upstream's details", async (customer, code, status, body) => {
    const response = await stub.facade.request(`{ customer(id: "${customer}") { id orders { totalCount } } }`, undefined, {
      authorization: "Bearer t",
      "ms-correlationid": "corr-err",
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ customer: { id: customer, orders: null } });
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    expect(error!.path).toEqual(["customer", "orders"]);
    expect(error!.extensions).toEqual({ code, correlationId: requestGuid("corr-err"), upstream: { status, ...body } });
    expect(error!.message).toContain(`HTTP ${status}`);
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|Bearer|stack|at .*\.ts/);
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("keeps sibling data when one aliased field fails", async () => {
    const response = await stub.facade.request(`{
      good: customer(id: "c-1") { orders { totalCount } }
      bad: customer(id: "forbidden") { orders { totalCount } }
      alsoGood: customer(id: "c-2") { orders { items { id } } }
    }`);
    expect(response.body.data).toEqual({
      good: { orders: { totalCount: 2 } },
      bad: { orders: null },
      alsoGood: { orders: { items: [{ id: "c-2-o1" }, { id: "c-2-o2" }] } },
    });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[["bad", "orders"], "FORBIDDEN"]]);
  });

  it("Customer.order gives null, not an error, when the upstream says 404", async () => {
    const response = await stub.facade.request(`{ customer(id: "missing") { order(id: "o") { id } } }`);
    expect(response.body).toEqual({ data: { customer: { order: null } } });
  });

  it("refuses a call without Authorization (real upstream): UNAUTHENTICATED, nothing sent", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { id orders { totalCount } } }`, undefined, {});
    expect(response.body.data).toEqual({ customer: { id: "c-1", orders: null } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it.each([
    ["an empty id", `{ customer(id: "") { id orders { totalCount } } }`],
    ["an id with a slash", `{ customer(id: "a/b") { orders { totalCount } } }`],
    ["an id with ..", `{ customer(id: "..") { orders { totalCount } } }`],
    ["an id with ?", `{ customer(id: "a?x=1") { orders { totalCount } } }`],
    ["an id with %", `{ customer(id: "a%2F") { orders { totalCount } } }`],
    ["an id with #", `{ customer(id: "a#b") { orders { totalCount } } }`],
    ["a control character", `{ customer(id: "a\\u0000b") { orders { totalCount } } }`],
    ["an over-long id", `{ customer(id: "${"x".repeat(300)}") { orders { totalCount } } }`],
    ["an order id with a slash", `{ customer(id: "c-1") { order(id: "../x") { id } } }`],
    ["an empty reseller id", `{ customer(id: "c-1") { orders(indirectResellerId: "") { totalCount } } }`],
  ])("refuses %s with BAD_USER_INPUT and no upstream call", async (_name, query) => {
    const response = await stub.facade.request(query);
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(stub.upstream.requests).toHaveLength(0);
  });
});

describe("enum oddities", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;

  beforeAll(async () => {
    const values = [
      ["Annual", "Completed"],
      ["OneTime", "CANCELLED"],
      ["one_time", "po_upload_complete"],
      ["fortnightly", "on_fire"],
      [42, null],
    ];
    upstream = await startOrdersStub(() => ({
      body: { totalCount: values.length, items: values.map(([billingCycle, status], i) => ({ id: `o${i}`, billingCycle, status })) },
    }));
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("reads enums case-insensitively and maps the unknown to UNKNOWN, never an error", async () => {
    const response = await facade.request(`{ customer(id: "c") { orders { items { id billingCycle status lineItems { quantity } } } } }`);
    expect(response.body).toEqual({
      data: {
        customer: {
          orders: {
            items: [
              { id: "o0", billingCycle: "ANNUAL", status: "COMPLETED", lineItems: [] },
              { id: "o1", billingCycle: "ONE_TIME", status: "CANCELLED", lineItems: [] },
              { id: "o2", billingCycle: "ONE_TIME", status: "PO_UPLOAD_COMPLETE", lineItems: [] },
              { id: "o3", billingCycle: "UNKNOWN", status: "UNKNOWN", lineItems: [] },
              { id: "o4", billingCycle: "UNKNOWN", status: null, lineItems: [] },
            ],
          },
        },
      },
    });
  });
});
