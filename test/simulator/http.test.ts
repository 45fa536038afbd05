import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { authorizationFingerprint, ErrorCode, SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { AUTHORIZATION, call, errorBody, orderPath, ordersPath } from "./http-client.js";

const { customers, exampleOrders } = SEED;
const UNKNOWN_CUSTOMER = "00000000-0000-0000-0000-000000000000";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());

describe("authentication", () => {
  it.each([
    ["no Authorization header", undefined],
    ["an empty bearer token", "Bearer "],
    ["another scheme", "Basic dXNlcjpwYXNz"],
  ])("answers 401 / 800001 with %s", async (_case, authorization) => {
    const headers: Record<string, string> = authorization === undefined ? {} : { Authorization: authorization };
    const { status, body, headers: responseHeaders } = await call(simulator, "GET", ordersPath(customers.example), {
      anonymous: true,
      headers,
    });
    expect(status).toBe(401);
    expect(body).toEqual({ code: 800001, description: "Authorization token is missing or invalid.", data: [], source: "PartnerFD" });
    expect(responseHeaders.get("www-authenticate")).toBe("Bearer");
  });

  it("accepts any bearer token, whatever the scheme's case", async () => {
    const { status } = await call(simulator, "GET", ordersPath(customers.example), {
      anonymous: true,
      headers: { Authorization: "bearer eyJhbGciOiJub25lIn0.e30." },
    });
    expect(status).toBe(200);
  });

  it("checks the token on PATCH too, before touching the order", async () => {
    const { cancelLines } = SEED.jobs;
    const { status } = await call(simulator, "PATCH", orderPath(cancelLines.customerId, cancelLines.orderId), {
      anonymous: true,
      body: { status: "cancelled", lineItems: [{ lineItemNumber: 0, offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS" }] },
    });
    expect(status).toBe(401);
    const { body } = await call(simulator, "GET", orderPath(cancelLines.customerId, cancelLines.orderId));
    expect(body.lineItems[0].quantity).toBe(1);
  });
});

describe("response headers", () => {
  it("echoes MS-RequestId and MS-CorrelationId, extends MS-CV and names the server", async () => {
    const { headers } = await call(simulator, "GET", ordersPath(customers.example), {
      headers: { "MS-RequestId": "request-1", "MS-CorrelationId": "correlation-1", "MS-CV": "kZ1b2c3d4e5f6g7h8i9j0A.3" },
    });
    expect(headers.get("ms-requestid")).toBe("request-1");
    expect(headers.get("ms-correlationid")).toBe("correlation-1");
    expect(headers.get("ms-cv")).toBe("kZ1b2c3d4e5f6g7h8i9j0A.3.1");
    expect(headers.get("ms-serverid")).toBe("pc-simulator-01");
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("generates request id, correlation id and cv when absent", async () => {
    const { headers } = await call(simulator, "GET", ordersPath(customers.example));
    expect(headers.get("ms-requestid")).toMatch(UUID);
    expect(headers.get("ms-correlationid")).toMatch(UUID);
    expect(headers.get("ms-cv")).toMatch(/^[A-Za-z0-9+/]{22}\.1$/);
  });

  it("sets them on errors as well", async () => {
    const { status, headers } = await call(simulator, "GET", ordersPath(UNKNOWN_CUSTOMER), {
      anonymous: true,
      headers: { "MS-CorrelationId": "correlation-2" },
    });
    expect(status).toBe(401);
    expect(headers.get("ms-correlationid")).toBe("correlation-2");
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
  });
});

describe("errors", () => {
  it("answers 403 / 20002 for a customer the partner has no relationship with", async () => {
    for (const path of [ordersPath(UNKNOWN_CUSTOMER), orderPath(UNKNOWN_CUSTOMER, exampleOrders.subscription)]) {
      const { status, body } = await call(simulator, "GET", path);
      expect(status).toBe(403);
      expect(body).toEqual(errorBody(20002, expect.stringContaining(UNKNOWN_CUSTOMER)));
    }
    const patch = await call(simulator, "PATCH", orderPath(UNKNOWN_CUSTOMER, "x"), { body: { status: "cancelled" } });
    expect(patch.status).toBe(403);
    expect(patch.body).toEqual(errorBody(20002));
  });

  it("matches customer ids in any case", async () => {
    const { status, body } = await call(simulator, "GET", ordersPath(customers.example.toUpperCase()));
    expect(status).toBe(200);
    expect(body.totalCount).toBe(2);
  });

  it("answers 404 / 20000 for an order the customer does not have", async () => {
    for (const method of ["GET", "PATCH"]) {
      const { status, body } = await call(simulator, method, orderPath(customers.example, "no-such-order"), {
        body: method === "PATCH" ? { status: "cancelled" } : undefined,
      });
      expect(status).toBe(404);
      expect(body).toEqual(errorBody(20000, expect.stringContaining("no-such-order")));
    }
  });

  it.each([
    "/",
    "/v1/customers",
    `/v1/customers/${customers.example}`,
    `/v1/customers/${customers.example}/subscriptions`,
    `/v1/customers/${customers.example}/orders/${exampleOrders.subscription}/lineitems/0`,
    `/v1/customers/${customers.example}/orders/${exampleOrders.subscription}/provisioningstatus/0`,
    `/v2/customers/${customers.example}/orders`,
    `/v1/customers//orders`,
  ])("answers 404 with a Partner Center body for %s", async (path) => {
    const { status, body } = await call(simulator, "GET", path);
    expect(status).toBe(404);
    expect(body).toEqual(errorBody(ErrorCode.resourceNotFound));
  });

  it.each([
    ["POST", ordersPath(customers.example), "GET"],
    ["DELETE", ordersPath(customers.example), "GET"],
    ["PUT", orderPath(customers.example, exampleOrders.subscription), "GET, PATCH"],
    ["DELETE", orderPath(customers.example, exampleOrders.subscription), "GET, PATCH"],
  ])("answers 405 to %s %s, naming the allowed methods", async (method, path, allowed) => {
    const { status, body, headers } = await call(simulator, method, path, { body: {} });
    expect(status).toBe(405);
    expect(body).toEqual(errorBody(ErrorCode.methodNotAllowed));
    expect(headers.get("allow")).toBe(allowed);
  });

  it("answers 400 / 800002 to a PATCH body that is not JSON", async () => {
    const { status, body } = await call(simulator, "PATCH", orderPath(customers.example, exampleOrders.subscription), {
      rawBody: '{"status": "cancelled"',
    });
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002, "The request body is not valid JSON."));
  });

  it.each([
    ["no body", undefined],
    ["an array", "[]"],
    ["a string", '"cancelled"'],
  ])("answers 400 / 800002 to a PATCH with %s", async (_case, rawBody) => {
    const { status, body } = await call(simulator, "PATCH", orderPath(customers.example, exampleOrders.subscription), { rawBody });
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002));
  });

  it("answers 413 to a body over 1 MB", async () => {
    const { status, body } = await call(simulator, "PATCH", orderPath(customers.example, exampleOrders.subscription), {
      rawBody: JSON.stringify({ alternateId: "x".repeat(1024 * 1024) }),
    });
    expect(status).toBe(413);
    expect(body).toEqual(errorBody(ErrorCode.payloadTooLarge));
  });
});

describe("recorded requests", () => {
  it("records every request in order, refused ones included, with lower-case headers and parsed bodies", async () => {
    const simulatorOfItsOwn = await startSimulator();
    try {
      await call(simulatorOfItsOwn, "GET", ordersPath(customers.example, "?billingType=Monthly&include_price=true"), {
        headers: { "MS-CorrelationId": "c-1", "X-Locale": "en-US" },
      });
      await call(simulatorOfItsOwn, "PATCH", orderPath(customers.example, exampleOrders.subscription), {
        anonymous: true,
        body: { Status: "cancelled" },
      });
      await call(simulatorOfItsOwn, "GET", "/v1/customers/a%20b/orders");

      const [list, patch, encoded] = simulatorOfItsOwn.requests;
      expect(simulatorOfItsOwn.requests).toHaveLength(3);
      expect(list).toMatchObject({
        method: "GET",
        path: `/v1/customers/${customers.example}/orders`,
        query: { billingType: "Monthly", include_price: "true" },
        body: undefined,
        bodyBytes: 0,
      });
      // The token itself is never kept: its scheme and a fingerprint that tells tokens apart.
      expect(list!.headers).toMatchObject({ authorization: authorizationFingerprint(AUTHORIZATION), "ms-correlationid": "c-1", "x-locale": "en-US" });
      expect(list!.headers.authorization).toMatch(/^Bearer \[redacted:[0-9a-f]{12}\]$/);
      expect(patch).toMatchObject({ method: "PATCH", query: {}, body: { Status: "cancelled" } });
      expect(patch!.headers.authorization).toBeUndefined();
      expect(encoded!.path).toBe("/v1/customers/a b/orders");
    } finally {
      await simulatorOfItsOwn.close();
    }
  });
});

describe("lifecycle", () => {
  it("serves under another API version when asked", async () => {
    const v2 = await startSimulator({ apiVersion: "v2" });
    try {
      expect(v2.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await call(v2, "GET", `/v2/customers/${customers.example}/orders`)).status).toBe(200);
      expect((await call(v2, "GET", ordersPath(customers.example))).status).toBe(404);
    } finally {
      await v2.close();
    }
  });

  it("closes with an idle keep-alive connection open", async () => {
    const closing = await startSimulator();
    const { headers } = await call(closing, "GET", ordersPath(customers.example));
    expect(headers.get("connection")).toBe("keep-alive");
    await closing.close();
    await expect(fetch(`${closing.url}${ordersPath(customers.example)}`)).rejects.toThrow();
  });

  it("gives each simulator a store of its own", async () => {
    const other = await startSimulator();
    try {
      expect(other.store).not.toBe(simulator.store);
      expect(other.url).not.toBe(simulator.url);
    } finally {
      await other.close();
    }
  });
});
