/**
 * What a platform team reads: one log line per operation (and per upstream attempt at debug),
 * never a token; Prometheus metrics that move; spans with the correlation id and a traceparent
 * sent upstream; production mode without introspection or Sandbox.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-node";
import { UpdateOrderDocument } from "../generated/graphql.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { startOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";
import { requestGuid } from "../../src/partner-center/index.js";

const SECRET = "Bearer secret-token-9f8e7d6c5b4a";

describe("logs, metrics and traces", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  const spans = new InMemorySpanExporter();

  beforeAll(async () => {
    upstream = await startOrdersStub((request) =>
      request.path.includes("forbidden")
        ? { status: 403, body: { code: 20002, description: "no relationship", data: [], source: "PartnerFD" } }
        : request.method === "PATCH"
          ? { body: { id: "o-1", status: "completed", attributes: { etag: "e2", objectType: "Order" } } }
          : {},
    );
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, UPSTREAM_MAX_RETRIES: "0" }, { spanExporter: spans });
  });
  beforeEach(() => {
    upstream.requests.length = 0;
    spans.reset();
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("writes one line per operation with its name, duration, calls, correlation id and outcome, and no token", async () => {
    await facade.request(`query TwoCustomers { a: customer(id: "c-1") { orders { totalCount } } b: customer(id: "forbidden") { orders { totalCount } } }`, undefined, {
      authorization: SECRET,
      "ms-correlationid": "corr-log-1",
    });
    await facade.request(UpdateOrderDocument, { customerId: "c-1", orderId: "o-1", input: { alternateId: "x" }, ifMatch: "etag-secret-value" }, {
      authorization: SECRET,
      "ms-correlationid": "corr-log-2",
    });
    const operations = facade.logLines.filter((line) => line.msg === "graphql operation" && String(line.correlationId).startsWith("corr-log"));
    expect(operations.map(({ time: _t, durationMs, ...line }) => ({ ...line, durationMs: typeof durationMs }))).toEqual([
      {
        level: 30,
        service: "partner-center-graphql",
        msg: "graphql operation",
        operation: "TwoCustomers",
        durationMs: "number",
        upstreamCalls: 2,
        retries: 0,
        correlationId: "corr-log-1",
        upstreamCorrelationId: requestGuid("corr-log-1"),
        outcome: "FORBIDDEN",
        errorCodes: ["FORBIDDEN"],
      },
      {
        level: 30,
        service: "partner-center-graphql",
        msg: "graphql operation",
        operation: "UpdateOrder",
        durationMs: "number",
        upstreamCalls: 1,
        retries: 0,
        correlationId: "corr-log-2",
        upstreamCorrelationId: requestGuid("corr-log-2"),
        outcome: "success",
        errorCodes: [],
      },
    ]);
    const upstreamLines = facade.logLines.filter((line) => line.msg === "upstream call" && line.correlationId === "corr-log-1");
    expect(upstreamLines.map(({ method, route, status, attempt, outcome }) => ({ method, route, status, attempt, outcome })).sort((x, y) => Number(x.status) - Number(y.status))).toEqual([
      { method: "GET", route: "/customers/{customerId}/orders", status: 200, attempt: 1, outcome: "ok" },
      { method: "GET", route: "/customers/{customerId}/orders", status: 403, attempt: 1, outcome: "error" },
    ]);
    const everything = facade.logText();
    expect(everything).not.toContain("secret-token");
    expect(everything).not.toContain("etag-secret-value");
    expect(everything).not.toContain("forbidden"); // path templates, never customer ids
  });

  it("exposes Prometheus metrics that move with failing and succeeding queries", async () => {
    const metricsUrl = facade.url.replace("/graphql", "/metrics");
    const sample = async (pattern: RegExp) => {
      const text = await (await fetch(metricsUrl)).text();
      return Number(pattern.exec(text)?.[1] ?? 0);
    };
    const ok = /graphql_operations_total\{operation="Metered",outcome="success"\} (\d+)/;
    const forbidden = /graphql_operations_total\{operation="Metered",outcome="FORBIDDEN"\} (\d+)/;
    const upstream403 = /partner_center_request_duration_seconds_count\{method="GET",route="\/customers\/\{customerId\}\/orders",status="403"\} (\d+)/;
    const before = [await sample(ok), await sample(forbidden), await sample(upstream403)];
    await facade.request(`query Metered { customer(id: "c-1") { orders { totalCount } } }`);
    await facade.request(`query Metered { customer(id: "forbidden") { orders { totalCount } } }`);
    expect([await sample(ok), await sample(forbidden), await sample(upstream403)]).toEqual([before[0]! + 1, before[1]! + 1, before[2]! + 1]);
    const text = await (await fetch(metricsUrl)).text();
    for (const name of [
      "partner_center_retries_total",
      "partner_center_throttled_total",
      "partner_center_cooldowns_total",
      "partner_center_requests_in_flight",
      "graphql_operations_in_flight",
      "graphql_operation_duration_seconds_bucket",
      "process_cpu_seconds_total",
    ]) {
      expect(text).toContain(name);
    }
  });

  it("traces the operation and each upstream attempt with the correlation id, and propagates traceparent", async () => {
    await facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`, undefined, { authorization: SECRET, "ms-correlationid": "corr-trace" });
    const finished = spans.getFinishedSpans();
    const operation = finished.find((span) => span.name === "graphql")!;
    const attempt = finished.find((span) => span.name === "GET /customers/{customerId}/orders")!;
    expect(operation.attributes["ms.correlation_id"]).toBe(requestGuid("corr-trace"));
    expect(attempt.attributes["ms.correlation_id"]).toBe(requestGuid("corr-trace"));
    expect(attempt.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
    expect(attempt.spanContext().traceId).toBe(operation.spanContext().traceId);
    const traceparent = String(upstream.requests[0]!.headers.traceparent);
    expect(traceparent).toBe(`00-${attempt.spanContext().traceId}-${attempt.spanContext().spanId}-01`);
  });
});

describe("production mode", () => {
  let facade: TestFacade;
  let upstream: StubUpstream;

  beforeAll(async () => {
    upstream = await startOrdersStub();
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, NODE_ENV: "production" });
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("refuses introspection and serves no Sandbox", async () => {
    const response = await facade.request(`{ __schema { types { name } } }`);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const page = await fetch(facade.url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("sandbox");
  });

  it("never sends a stack trace", async () => {
    const response = await facade.request(`{ customer(id: "a/b") { id orders { totalCount } } }`);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "id" });
  });
});
