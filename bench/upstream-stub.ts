/**
 * The benchmark's Partner Center: a bare node:http server answering from Buffers serialized once
 * at start-up, so that its own cost per request is a routing decision and a socket write. Forked
 * by the harness (IPC): it reports `{ready, url}` and exits when the harness goes away.
 *
 *   GET   /v1/customers/{id}/orders?…include_price=true…  → the priced (or unpriced) collection
 *   GET   /v1/customers/heavy/orders/{o}?include_price=…   → one of the heavy customer's orders
 *   (the hot customer's list is answered after HOT_UPSTREAM_DELAY_MS, as slow as Partner Center)
 *   PATCH /v1/customers/{c}/orders/{o}                     → an order
 *   GET   /__stats → {requests, gets, patches};  POST /__reset → zeroes them
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  BENCH_CUSTOMER_COUNT,
  type CollectionBodies,
  HEAVY_CUSTOMER,
  HEAVY_LINES_PER_ORDER,
  HEAVY_ORDERS,
  HOT_CUSTOMER,
  HOT_UPSTREAM_DELAY_MS,
  LINES_PER_ORDER,
  ORDERS_PER_CUSTOMER,
  benchCustomerId,
  customerOrders,
  heavyLookupOrderId,
  heavyOrdersById,
  patchedOrder,
} from "./fixtures.js";

const ORDERS_PATH = /^\/v1\/customers\/([^/?]+)\/orders(?:\/([^/?]+))?$/;

function buildBodies(): { byCustomer: Map<string, CollectionBodies>; fallback: CollectionBodies; patch: Buffer } {
  const byCustomer = new Map<string, CollectionBodies>();
  for (let index = 0; index < BENCH_CUSTOMER_COUNT; index++) {
    const id = benchCustomerId(index);
    byCustomer.set(id, customerOrders(id, ORDERS_PER_CUSTOMER, LINES_PER_ORDER));
  }
  byCustomer.set(HEAVY_CUSTOMER, customerOrders(HEAVY_CUSTOMER, HEAVY_ORDERS, HEAVY_LINES_PER_ORDER));
  byCustomer.set(HOT_CUSTOMER, customerOrders(HOT_CUSTOMER, ORDERS_PER_CUSTOMER, LINES_PER_ORDER));
  return { byCustomer, fallback: customerOrders("any-customer", ORDERS_PER_CUSTOMER, LINES_PER_ORDER), patch: patchedOrder() };
}

const { byCustomer, fallback, patch } = buildBodies();
const heavyById = heavyOrdersById();
const stats = { requests: 0, gets: 0, patches: 0 };

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: Buffer | string): void {
  const headers: http.OutgoingHttpHeaders = { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) };
  // Partner Center echoes these; cheap enough to keep the stub honest.
  const correlationId = req.headers["ms-correlationid"];
  const requestId = req.headers["ms-requestid"];
  if (correlationId) headers["ms-correlationid"] = correlationId;
  if (requestId) headers["ms-requestid"] = requestId;
  res.writeHead(status, headers);
  res.end(body);
}

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (path === "/__stats") return send(req, res, 200, JSON.stringify(stats));
  if (path === "/__reset" && req.method === "POST") {
    stats.requests = stats.gets = stats.patches = 0;
    return send(req, res, 200, JSON.stringify(stats));
  }
  const match = ORDERS_PATH.exec(path);
  if (!match) return send(req, res, 404, '{"code":404,"description":"not found","source":"bench-stub"}');
  stats.requests++;
  if (!req.headers.authorization) return send(req, res, 401, '{"code":800001,"description":"token missing","source":"bench-stub"}');
  const customerId = decodeURIComponent(match[1]!);
  if (req.method === "GET" && match[2] === undefined) {
    stats.gets++;
    const bodies = byCustomer.get(customerId) ?? fallback;
    const priced = queryAt !== -1 && url.includes("include_price=true", queryAt);
    const answer = priced ? bodies.priced : bodies.unpriced;
    if (customerId === HOT_CUSTOMER) return void setTimeout(() => send(req, res, 200, answer), HOT_UPSTREAM_DELAY_MS);
    return send(req, res, 200, answer);
  }
  if (req.method === "GET" && match[2] !== undefined) {
    stats.gets++;
    const bodies = customerId === HEAVY_CUSTOMER ? heavyById.get(decodeURIComponent(match[2])) : undefined;
    if (!bodies) return send(req, res, 404, '{"code":20000,"description":"order not found","source":"bench-stub"}');
    const priced = queryAt !== -1 && url.includes("include_price=true", queryAt);
    return send(req, res, 200, priced ? bodies.priced : bodies.unpriced);
  }
  if (req.method === "PATCH" && match[2] !== undefined) {
    stats.patches++;
    return send(req, res, 200, patch);
  }
  send(req, res, 405, '{"code":405,"description":"method not allowed","source":"bench-stub"}');
}

const server = http.createServer((req, res) => {
  // Read the request body (PATCH) to its end before answering, so the connection stays reusable.
  req.on("end", () => route(req, res));
  req.resume();
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  const sizes = {
    ordersPriced: byCustomer.get(benchCustomerId(0))!.priced.length,
    ordersUnpriced: byCustomer.get(benchCustomerId(0))!.unpriced.length,
    heavyPriced: byCustomer.get(HEAVY_CUSTOMER)!.priced.length,
    heavyUnpriced: byCustomer.get(HEAVY_CUSTOMER)!.unpriced.length,
    patch: patch.length,
    heavyOrderByIdPriced: heavyById.get(heavyLookupOrderId())!.priced.length,
  };
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}`, sizes });
});

// Never outlive the harness.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
