/**
 * The floor any facade pays: takes the same POST the facade gets, JSON-parses it, makes the same
 * upstream call(s) with the caller's Authorization on a keep-alive agent, and answers the upstream
 * bytes wrapped as `{"data":…}` — no GraphQL, no validation, no mapping. Forked by the harness (IPC),
 * with UPSTREAM_URL set.
 *
 *   CustomerOrders → GET  /v1/customers/{customerId}/orders?include_price=true&include_system_purchases=false
 *   FanOut         → one GET per distinct customer among the variables, in parallel; {"data":{"c0":…,…}}
 *   UpdateOrder    → PATCH /v1/customers/{customerId}/orders/{orderId} with {id, …input}
 *   OrderLookup    → GET  /v1/customers/{customerId}/orders/{orderId}?include_price=true
 *   Amplification  → the one unpriced GET of the heavy customer, wrapped (trivial: it does not build
 *                    the nested answer; the JSON floor does)
 */
import { HEAVY_CUSTOMER } from "./fixtures.js";
import type { GraphQLBody } from "./operations.js";
import { ordersPath, serveForked, upstreamCaller } from "./upstream-call.js";

const { call } = upstreamCaller(process.env.UPSTREAM_URL ?? "http://127.0.0.1:1");

async function answer(request: GraphQLBody, authorization: string): Promise<Buffer> {
  const variables = request.variables;
  switch (request.operationName) {
    case "CustomerOrders": {
      const collection = await call("GET", ordersPath(String(variables.customerId)), authorization);
      return Buffer.concat([Buffer.from('{"data":'), collection, Buffer.from("}")]);
    }
    case "FanOut": {
      const aliases = Object.entries(variables).map(([alias, id]) => [alias, String(id)] as const);
      const distinct = [...new Set(aliases.map(([, id]) => id))];
      const bodies = new Map(await Promise.all(distinct.map(async (id) => [id, await call("GET", ordersPath(id), authorization)] as const)));
      const parts: Buffer[] = [Buffer.from('{"data":{')];
      aliases.forEach(([alias, id], index) => parts.push(Buffer.from(`${index ? "," : ""}"${alias}":`), bodies.get(id)!));
      parts.push(Buffer.from("}}"));
      return Buffer.concat(parts);
    }
    case "UpdateOrder": {
      const { customerId, orderId, input } = variables as { customerId: string; orderId: string; input: Record<string, unknown> };
      const path = `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`;
      const order = await call("PATCH", path, authorization, JSON.stringify({ id: orderId, ...input }));
      return Buffer.concat([Buffer.from('{"data":{"updateOrder":'), order, Buffer.from("}}")]);
    }
    case "OrderLookup": {
      const { customerId, orderId } = variables as { customerId: string; orderId: string };
      const found = await call("GET", `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}?include_price=true`, authorization);
      return Buffer.concat([Buffer.from('{"data":'), found, Buffer.from("}")]);
    }
    case "Amplification": {
      const collection = await call("GET", ordersPath(HEAVY_CUSTOMER, false), authorization);
      return Buffer.concat([Buffer.from('{"data":'), collection, Buffer.from("}")]);
    }
    default:
      throw new Error(`unknown operation ${request.operationName}`);
  }
}

serveForked(answer);
