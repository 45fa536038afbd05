/**
 * What passes on the simulator passes on Partner Center (docs/partner-center.md): the same bodies are
 * refused by the facade before any call and by the simulator, Partner Center's own answers (a stub
 * answering as Microsoft's docs show) map to the documented codes, and the documented fields and
 * GUID headers are there.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { REQUEST_ID_NAMESPACE, requestGuid, uuidV5 } from "../../src/partner-center/index.js";
import { SEED } from "../../src/simulator/index.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { useFacadeOnOrdersStub, wireOrder } from "../helpers/orders-stub.js";

const UPDATE = `mutation ($input: UpdateOrderInput!, $key: String) {
  updateOrder(customerId: "c-1", orderId: "c-1-o1", input: $input, idempotencyKey: $key) { id status }
}`;
const pcError = (code: number, description: string) => ({ code, description, data: [], source: "PartnerFD" });

/** Every body a PATCH job would send without what it needs, with the field named and the problem said. */
const REFUSED: Array<[string, Record<string, unknown>, string, string]> = [
  ["a billing-cycle change with no lines", { billingCycle: "ANNUAL" }, "lineItems", "must list the order's lines to change the billing cycle"],
  [
    "a billing-cycle change whose line has no subscriptionId",
    { billingCycle: "ANNUAL", lineItems: [{ lineItemNumber: 0, offerId: "O-1", quantity: 2 }] },
    "lineItems[0].subscriptionId",
    "is required to change the billing cycle",
  ],
  [
    "a billing-cycle change whose second line has no offerId",
    { billingCycle: "ANNUAL", lineItems: [{ lineItemNumber: 0, offerId: "O-1", subscriptionId: "S-1", quantity: 2 }, { lineItemNumber: 1, subscriptionId: "S-2", quantity: 1 }] },
    "lineItems[1].offerId",
    "is required to change the billing cycle",
  ],
  [
    "a billing-cycle change whose line has no quantity",
    { billingCycle: "ANNUAL", lineItems: [{ lineItemNumber: 0, offerId: "O-1", subscriptionId: "S-1" }] },
    "lineItems[0].quantity",
    "is required to change the billing cycle",
  ],
  ["an add-on with no offerId", { lineItems: [{ lineItemNumber: 3, parentSubscriptionId: "P-1", quantity: 1 }] }, "lineItems[0].offerId", "is required to buy an add-on"],
  ["an add-on with no quantity", { lineItems: [{ lineItemNumber: 3, parentSubscriptionId: "P-1", offerId: "O-2" }] }, "lineItems[0].quantity", "must be at least 1 to buy an add-on"],
  ["an add-on of quantity 0", { lineItems: [{ lineItemNumber: 3, parentSubscriptionId: "P-1", offerId: "O-2", quantity: 0 }] }, "lineItems[0].quantity", "must be at least 1 to buy an add-on"],
  ["a cancel whose line has no offerId", { status: "CANCELLED", lineItems: [{ lineItemNumber: 0 }] }, "lineItems[0].offerId", "is required to cancel a line"],
  ["a currencyCode (read-only)", { currencyCode: "EUR" }, "currencyCode", "is read-only in Partner Center: it is set when the order is placed and cannot be changed"],
  ["a transactionType (read-only)", { transactionType: "SystemPurchase" }, "transactionType", "is read-only in Partner Center: it is set when the order is placed and cannot be changed"],
  [
    "a provisioningContext value that is a number",
    { lineItems: [{ lineItemNumber: 0, provisioningContext: { scope: "shared", duration: 1 } }] },
    "lineItems[0].provisioningContext.duration",
    "must be a string: provisioningContext maps names to strings",
  ],
];

describe("updateOrder refuses what a PATCH job lacks, before any call", () => {
  const stub = useFacadeOnOrdersStub();

  it.each(REFUSED)("refuses %s: BAD_USER_INPUT naming the field, no upstream call", async (_case, input, field, problem) => {
    const response = await stub.facade.request(UPDATE, { input });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: `Invalid argument input.${field}: ${problem}`,
          locations: [{ line: 2, column: 3 }],
          path: ["updateOrder"],
          extensions: { code: "BAD_USER_INPUT", argument: "input", field },
        },
      ],
    });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("sends each job that has what it needs, exactly as given", async () => {
    const jobs = [
      { billingCycle: "ANNUAL", lineItems: [{ lineItemNumber: 0, offerId: "O-1", subscriptionId: "S-1", quantity: 2 }] },
      { lineItems: [{ lineItemNumber: 3, parentSubscriptionId: "P-1", offerId: "O-2", quantity: 1 }] },
      { status: "CANCELLED", lineItems: [{ lineItemNumber: 0, offerId: "O-1" }] },
      { status: "CANCELLED" },
      { lineItems: [{ lineItemNumber: 0, quantity: 0 }] },
      { lineItems: [{ lineItemNumber: 0, provisioningContext: { scope: "shared", duration: "1Year" } }] },
    ];
    for (const input of jobs) expect((await stub.facade.request(UPDATE, { input })).body.errors).toBeUndefined();
    expect(stub.upstream.requests.map((request) => JSON.parse(request.body))).toEqual([
      { id: "c-1-o1", billingCycle: "annual", lineItems: [{ lineItemNumber: 0, offerId: "O-1", subscriptionId: "S-1", quantity: 2 }] },
      { id: "c-1-o1", lineItems: [{ lineItemNumber: 3, parentSubscriptionId: "P-1", offerId: "O-2", quantity: 1 }] },
      { id: "c-1-o1", status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "O-1" }] },
      { id: "c-1-o1", status: "cancelled" },
      { id: "c-1-o1", lineItems: [{ lineItemNumber: 0, quantity: 0 }] },
      { id: "c-1-o1", lineItems: [{ lineItemNumber: 0, provisioningContext: { scope: "shared", duration: "1Year" } }] },
    ]);
  });

  it("marks currencyCode and transactionType deprecated: read-only in Partner Center", async () => {
    const response = await stub.facade.request(`{ __type(name: "UpdateOrderInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const fields = (response.body.data as { __type: { inputFields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } }).__type.inputFields;
    expect(fields.filter((field) => field.isDeprecated)).toEqual([
      { name: "currencyCode", isDeprecated: true, deprecationReason: "read-only in Partner Center" },
      { name: "transactionType", isDeprecated: true, deprecationReason: "read-only in Partner Center" },
    ]);
  });
});

describe("the simulator refuses the same bodies as Partner Center would", () => {
  let facade: TestFacade;
  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
  });
  afterAll(() => facade.stop());

  it.each(REFUSED)("refuses %s with 400/800002 naming the field", async (_case, input, field, problem) => {
    const { customerId, orderId } = SEED.jobs.quantityChange;
    const wire = JSON.parse(JSON.stringify(input).replace(/"ANNUAL"/g, '"annual"').replace(/"CANCELLED"/g, '"cancelled"')) as Record<string, unknown>;
    const simulatorUrl = String(facade.logLines.find((line) => line.simulatorUrl)?.simulatorUrl);
    const response = await fetch(`${simulatorUrl}/v1/customers/${customerId}/orders/${orderId}`, {
      method: "PATCH",
      headers: { authorization: "Bearer raw-rest-client", "content-type": "application/json" },
      body: JSON.stringify(wire),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 800002, description: `The property ${field} ${problem}.`, data: [], source: "PartnerFD" });
  });
});

describe("Partner Center's own answers, as its docs show them", () => {
  const stub = useFacadeOnOrdersStub({
    env: { UPSTREAM_MAX_RETRIES: "0" },
    override: (request) => {
      if (request.method === "PATCH" && request.path.endsWith("/stale-o1")) return { status: 400, body: pcError(2055, "Etag is no longer valid") };
      if (request.method === "PATCH" && request.path.endsWith("/window-o1")) return { status: 400, body: pcError(4018, "Unable to process order") };
      if (request.path === "/v1/customers/attested/orders") {
        const order = { ...wireOrder("attested", "attested-o1", false), partnerOnRecordAttestationAccepted: true } as unknown as Record<string, unknown> & { lineItems: Array<Record<string, unknown>> };
        order.lineItems[0]!.additionalPartnerIdsOnRecord = ["5104562", "6123890"];
        return { body: { totalCount: 1, items: [order], attributes: { objectType: "Collection" } } };
      }
      if (request.path.endsWith("/provisioningstatus") && request.headers.authorization === "Bearer app-only") {
        return { status: 403, body: pcError(800001, "Access is denied for app-only credentials") };
      }
      return {};
    },
  });
  const update = (customerId: string, input: Record<string, unknown>) =>
    stub.facade.request(`mutation ($customerId: ID!, $orderId: ID!, $input: UpdateOrderInput!) { updateOrder(customerId: $customerId, orderId: $orderId, input: $input) { id } }`, {
      customerId,
      orderId: `${customerId}-o1`,
      input,
    });

  it("maps a stale etag, 400 with code 2055, to CONFLICT with the upstream details intact", async () => {
    const response = await update("stale", { lineItems: [{ lineItemNumber: 0, quantity: 3 }] });
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "CONFLICT",
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      upstream: { status: 400, code: 2055, description: "Etag is no longer valid", source: "PartnerFD", data: [] },
    });
    expect(response.body.errors?.[0]?.message).toBe("The order changed since it was read (etag mismatch); read it again and retry (HTTP 400): Etag is no longer valid");
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("keeps a refused cancellation (400/4018) BAD_USER_INPUT, with Partner Center's code", async () => {
    const response = await update("window", { status: "CANCELLED", lineItems: [{ lineItemNumber: 0, offerId: "O-1" }] });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", upstream: { status: 400, code: 4018 } });
  });

  it("says that provisioning status needs App+User credentials when Partner Center refuses a token", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { order(id: "c-1-o1") { id provisioningStatus { status } } } }`, undefined, { authorization: "Bearer app-only" });
    expect(response.body.data).toEqual({ customer: { order: { id: "c-1-o1", provisioningStatus: null } } });
    expect(response.body.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual([
      [
        "Partner Center refused access (HTTP 403): Access is denied for app-only credentials; this endpoint accepts App+User credentials only (a token issued for a signed-in user, scope user_impersonation), not an app-only token",
        "FORBIDDEN",
      ],
    ]);
  });

  it("reads partnerOnRecordAttestationAccepted and additionalPartnerIdsOnRecord as Partner Center sends them, null when absent", async () => {
    const fields = `orders { items { partnerOnRecordAttestationAccepted lineItems { additionalPartnerIdsOnRecord } } }`;
    const response = await stub.facade.request(`{ attested: customer(id: "attested") { ${fields} } plain: customer(id: "c-1") { ${fields} } }`);
    const absent = { partnerOnRecordAttestationAccepted: null, lineItems: [{ additionalPartnerIdsOnRecord: null }] };
    expect(response.body).toEqual({
      data: {
        attested: { orders: { items: [{ partnerOnRecordAttestationAccepted: true, lineItems: [{ additionalPartnerIdsOnRecord: ["5104562", "6123890"] }] }] } },
        plain: { orders: { items: [absent, absent] } },
      },
    });
  });
});

describe("MS-CorrelationId and MS-RequestId are GUIDs on the wire", () => {
  const stub = useFacadeOnOrdersStub();

  it("sends a caller's non-GUID correlation id as its UUID v5, echoes the caller's own, and logs both", async () => {
    const response = await stub.facade.request(`query Traced { customer(id: "c-1") { orders { totalCount } } }`, undefined, { authorization: "Bearer t", "ms-correlationid": "portal-job-42" });
    // RFC 9562 v5 of "portal-job-42" in the fixed namespace, computed independently with Python's uuid.uuid5.
    expect(REQUEST_ID_NAMESPACE).toBe("47acec2d-4199-4fd8-bb83-8062625501eb");
    expect(uuidV5("portal-job-42")).toBe("fe1c27de-fcdb-5660-bd88-bc002a273f75");
    expect(response.headers.get("ms-correlationid")).toBe("portal-job-42");
    expect(stub.upstream.requests.map((request) => request.headers["ms-correlationid"])).toEqual([requestGuid("portal-job-42")]);
    const line = stub.facade.logLines.find((entry) => entry.msg === "graphql operation" && entry.operation === "Traced");
    expect(line).toMatchObject({ correlationId: "portal-job-42", upstreamCorrelationId: requestGuid("portal-job-42") });
  });

  it("passes a caller's GUID through unchanged, and logs it once", async () => {
    const guid = "8d4c2a4e-0f6b-4c55-9a3e-5b1f2f0c9e11";
    await stub.facade.request(`query Guid { customer(id: "c-1") { orders { totalCount } } }`, undefined, { authorization: "Bearer t", "ms-correlationid": guid });
    expect(stub.upstream.requests.map((request) => request.headers["ms-correlationid"])).toEqual([guid]);
    const line = stub.facade.logLines.find((entry) => entry.msg === "graphql operation" && entry.operation === "Guid");
    expect(line?.correlationId).toBe(guid);
    expect(line).not.toHaveProperty("upstreamCorrelationId");
  });

  it("sends an idempotency key as the same GUID every time, whichever replica sends it", async () => {
    const other = await startFacade({ PARTNER_CENTER_API_URL: stub.upstream.url });
    try {
      const input = { lineItems: [{ lineItemNumber: 0, quantity: 4 }] };
      await stub.facade.request(UPDATE, { input, key: "nightly-sync-2026-12-06" });
      await other.request(UPDATE, { input, key: "nightly-sync-2026-12-06" });
      // Python: uuid.uuid5(UUID("47acec2d-4199-4fd8-bb83-8062625501eb"), "nightly-sync-2026-12-06").
      expect(stub.upstream.requests.map((request) => request.headers["ms-requestid"])).toEqual(["3033ba0d-5ede-5fc2-94c6-b586bf7497ac", "3033ba0d-5ede-5fc2-94c6-b586bf7497ac"]);
    } finally {
      await other.stop();
    }
  });
});

describe("the simulator's seed carries the documented fields", () => {
  let facade: TestFacade;
  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
  });
  afterAll(() => facade.stop());

  it("has an indirect order attested for its partner of record, crediting two more partners", async () => {
    const response = await facade.request(`{ customer(id: "${SEED.customers.fabrikam}") { orders(billingType: TRIENNIAL) { items { partnerOnRecordAttestationAccepted lineItems { partnerIdOnRecord additionalPartnerIdsOnRecord } } } } }`);
    expect(response.body).toEqual({
      data: { customer: { orders: { items: [{ partnerOnRecordAttestationAccepted: true, lineItems: [{ partnerIdOnRecord: "4847383", additionalPartnerIdsOnRecord: ["5104562", "6123890"] }] }] } } },
    });
  });
});
