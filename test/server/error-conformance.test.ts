/**
 * One outward error contract, whatever path an operation takes (docs/errors.md, issue 20): the same
 * failing documents are sent over HTTP to the real server, started on 127.0.0.1 twice on one stub
 * Partner Center — plainly and as the federation subgraph (GRAPHQL_FEDERATION=true) — and each
 * answer is compared, exactly, with the one the contract gives.
 *
 * The paths: a query, and a mutation of one root field, run on graphql-jit; a mutation of several
 * root fields runs on graphql-js (src/server/jit-gateway.ts). So each failing mutation field is sent
 * alone (graphql-jit) and followed by a second field (graphql-js, which stops at the failed non-null
 * field: the second is never run). Correlation ids are the caller's own GUID, so nothing is normalised.
 *
 * The unexpected error is real, not a hook: the clock the server is launched with (LaunchOptions.clock,
 * where retries wait) fails with an error of its own, which must answer INTERNAL_SERVER_ERROR and
 * nothing of that error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { type Clock, systemClock } from "../../src/partner-center/index.js";
import { TOKEN, type TestFacade, startFacade } from "../helpers/facade.js";
import { startOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";

const CORRELATION_ID = "5c2a9a8e-3b1f-4c61-9d2e-7f0a4b6c8d10";
const AUTHORIZED = { authorization: TOKEN, "ms-correlationid": CORRELATION_ID };
const ANONYMOUS = { "ms-correlationid": CORRELATION_ID };

const SECRET = "clock store /srv/internal/secret-7731 is corrupt";

/** Time as usual, until a test arms it: then every wait (a retry's backoff) fails with an error that is no part of the contract. */
class FailingClock implements Clock {
  armed = false;
  now(): number {
    return systemClock.now();
  }
  sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
    if (this.armed) return Promise.reject(new TypeError(SECRET));
    return systemClock.sleep(ms, signal);
  }
}

const NOT_FOUND_BODY = { code: 600, description: "The customer c-missing was not found", data: [], source: "PartnerFD" };
const FAILURE_BODY = { code: 5000, description: "An internal error occurred", data: [], source: "PartnerFD" };

/** The orders stub, except that customer c-missing does not exist and c-500 and c-boom always fail. */
const startStub = () =>
  startOrdersStub((request) => {
    if (request.path.startsWith("/v1/customers/c-missing/")) return { status: 404, body: NOT_FOUND_BODY };
    if (request.path.startsWith("/v1/customers/c-500/") || request.path.startsWith("/v1/customers/c-boom/")) return { status: 500, body: FAILURE_BODY };
    return {};
  });

/** A read of one customer's orders, at `first`. */
const readOrders = (customerId: string) => `query Failing { first: customer(id: "${customerId}") { orders { totalCount } } }`;

const updateOf = (customerId: string, input = `{ status: CANCELLED }`) =>
  `updateOrder(customerId: "${customerId}", orderId: "${customerId}-o1", input: ${input}) { id }`;

/** A mutation whose first field fails: alone (graphql-jit), and followed by a field that must never run (graphql-js). */
const mutations = (failing: string) => ({
  "graphql-jit": `mutation Failing { first: ${failing} }`,
  "graphql-js": `mutation Failing { first: ${failing} second: ${updateOf("c-never")} }`,
});

/** What one failure must answer, as the body says and with the status it says, on every path. */
interface Expected {
  status: number;
  /** The whole response body: data and errors (message, locations, path, extensions), nothing else. */
  body: unknown;
}

/** The failing read of `customerId`'s orders: that field is null, the rest of the data stays; the error is located at `orders`. */
const readFailure = (customerId: string, error: Record<string, unknown>): Case => ({
  documents: { "graphql-jit": readOrders(customerId) },
  expected: {
    status: 200,
    body: { data: { first: { orders: null } }, errors: [{ ...error, locations: [{ line: 1, column: readOrders(customerId).indexOf("orders") + 1 }], path: ["first", "orders"] }] },
  },
});

/** A mutation's field error: updateOrder is non-null, so data is null. */
const mutationFailure = (error: Record<string, unknown>): Expected => ({
  status: 200,
  body: { data: null, errors: [{ ...error, locations: [{ line: 1, column: 20 }], path: ["first"] }] },
});

interface Case {
  /** Documents by the path they take, all answered `expected`. */
  documents: Record<string, string>;
  expected: Expected;
  /** The clock fails this case's retries. */
  clockFails?: boolean;
}

const upstreamNotFound = {
  message: "Partner Center found no such resource (HTTP 404): The customer c-missing was not found",
  extensions: { code: "NOT_FOUND", correlationId: CORRELATION_ID, upstream: { status: 404, ...NOT_FOUND_BODY } },
};
const upstreamFailure = {
  message: "Partner Center failed to answer (HTTP 500): An internal error occurred",
  extensions: { code: "UPSTREAM_ERROR", correlationId: CORRELATION_ID, upstream: { status: 500, ...FAILURE_BODY } },
};
const unauthenticated = {
  message: "An Authorization header with a Partner Center bearer token is required",
  extensions: { code: "UNAUTHENTICATED", correlationId: CORRELATION_ID },
};
const internal = { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };

const cases: Array<Case & { name: string; headers: Record<string, string> }> = [
  {
    name: "a bad argument: BAD_USER_INPUT naming it (a read)",
    headers: AUTHORIZED,
    ...readFailure("c/../x", { message: "Invalid argument id: must not contain / ? # % or \\", extensions: { code: "BAD_USER_INPUT", argument: "id" } }),
  },
  {
    name: "a bad argument: BAD_USER_INPUT naming the argument and extensions.field (a mutation)",
    headers: AUTHORIZED,
    documents: mutations(updateOf("c-ok", `{ lineItems: [{ lineItemNumber: 0, provisioningContext: { a: 1 } }] }`)),
    expected: mutationFailure({
      message: "Invalid argument input.lineItems[0].provisioningContext.a: must be a string: provisioningContext maps names to strings",
      extensions: { code: "BAD_USER_INPUT", argument: "input", field: "lineItems[0].provisioningContext.a" },
    }),
  },
  { name: "an unknown customer: NOT_FOUND from upstream (a read)", headers: AUTHORIZED, ...readFailure("c-missing", upstreamNotFound) },
  { name: "an unknown customer: NOT_FOUND from upstream (a mutation)", headers: AUTHORIZED, documents: mutations(updateOf("c-missing")), expected: mutationFailure(upstreamNotFound) },
  { name: "no Authorization: UNAUTHENTICATED, nothing sent (a read)", headers: ANONYMOUS, ...readFailure("c-ok", unauthenticated) },
  { name: "no Authorization: UNAUTHENTICATED, nothing sent (a mutation)", headers: ANONYMOUS, documents: mutations(updateOf("c-ok")), expected: mutationFailure(unauthenticated) },
  { name: "an upstream 500: UPSTREAM_ERROR after the retries (a read)", headers: AUTHORIZED, ...readFailure("c-500", upstreamFailure) },
  { name: "an upstream 500: UPSTREAM_ERROR after the retries (a mutation)", headers: AUTHORIZED, documents: mutations(updateOf("c-500")), expected: mutationFailure(upstreamFailure) },
  {
    name: "over the upstream-call budget: 400 BAD_USER_INPUT naming the limit, nothing run",
    headers: AUTHORIZED,
    documents: {
      "graphql-jit": `query Failing { a: customer(id: "c-a") { orders { totalCount } } b: customer(id: "c-b") { orders { totalCount } } c: customer(id: "c-c") { orders { totalCount } } }`,
      "graphql-js": `mutation Failing { a: ${updateOf("c-a")} b: ${updateOf("c-b")} c: ${updateOf("c-c")} }`,
    },
    expected: {
      status: 400,
      body: {
        errors: [
          {
            message: "This operation needs 3 upstream calls; at most 2 are allowed (MAX_UPSTREAM_CALLS_PER_OPERATION). Split it into smaller operations.",
            extensions: { code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: 3, allowed: 2 },
          },
        ],
      },
    },
  },
  { name: "an unexpected error: INTERNAL_SERVER_ERROR, nothing of it shown (a read)", headers: AUTHORIZED, ...readFailure("c-boom", internal), clockFails: true },
  { name: "an unexpected error: INTERNAL_SERVER_ERROR, nothing of it shown (a mutation)", headers: AUTHORIZED, documents: mutations(updateOf("c-boom")), expected: mutationFailure(internal), clockFails: true },
];

const SERVERS = ["plain", "federation subgraph"] as const;

describe("one error contract on every execution path", () => {
  const clock = new FailingClock();
  let upstream: StubUpstream;
  const facades = {} as Record<(typeof SERVERS)[number], TestFacade>;

  beforeAll(async () => {
    upstream = await startStub();
    const env = { PARTNER_CENTER_API_URL: upstream.url, MAX_UPSTREAM_CALLS_PER_OPERATION: "2" };
    facades.plain = await startFacade(env, { clock });
    facades["federation subgraph"] = await startFacade({ ...env, GRAPHQL_FEDERATION: "true" }, { clock });
  });
  beforeEach(() => {
    clock.armed = false;
  });
  afterAll(async () => {
    await Promise.all(Object.values(facades).map((facade) => facade.stop()));
    await upstream?.close();
  });

  it("serves the federation subgraph on one of the two servers", async () => {
    const [plain, subgraph] = await Promise.all(SERVERS.map((server) => facades[server].request(`{ _service { sdl } }`)));
    expect([plain!.body.errors?.[0]?.extensions?.code, typeof (subgraph!.body.data as { _service?: { sdl?: unknown } })?._service?.sdl]).toEqual(["GRAPHQL_VALIDATION_FAILED", "string"]);
  });

  it.each(cases)("$name", async ({ headers, documents, expected, clockFails }) => {
    clock.armed = clockFails === true;
    const answers: Record<string, Expected> = {};
    for (const server of SERVERS) {
      for (const [path, document] of Object.entries(documents)) {
        upstream.requests.length = 0;
        const response = await facades[server].request(document, undefined, headers);
        answers[`${server}, ${path}`] = { status: response.status, body: response.body };
        // graphql-js stopped at the failed field: the one after it was never run.
        expect(upstream.requests.filter((request) => request.path.includes("c-never"))).toEqual([]);
      }
    }
    const paths = Object.keys(answers);
    expect(paths).toHaveLength(SERVERS.length * Object.keys(documents).length);
    expect(answers).toEqual(Object.fromEntries(paths.map((path) => [path, expected])));
    if (clockFails) {
      const text = JSON.stringify(answers);
      for (const leak of ["secret", "/srv/", "TypeError", "corrupt", "stacktrace", "exception"]) expect(text).not.toContain(leak);
    }
  });

  it("sends nothing upstream for a refusal made here", async () => {
    for (const server of SERVERS) {
      upstream.requests.length = 0;
      await facades[server].request(readOrders("c-ok"), undefined, ANONYMOUS);
      await facades[server].request(mutations(updateOf("c-ok", `{ lineItems: [{ lineItemNumber: 0, provisioningContext: { a: 1 } }] }`))["graphql-js"], undefined, AUTHORIZED);
      await facades[server].request(cases.find((c) => c.expected.status === 400)!.documents["graphql-jit"]!, undefined, AUTHORIZED);
      expect({ server, calls: upstream.requests.length }).toEqual({ server, calls: 0 });
    }
  });
});
