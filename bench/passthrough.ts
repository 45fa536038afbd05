/**
 * The floor any facade pays: takes the same POST the facade gets, JSON-parses it, makes the same
 * upstream call(s) with the caller's Authorization on a keep-alive agent, and answers the upstream
 * bytes wrapped as `{"data":…}` — no GraphQL, no validation, no mapping. Forked by the harness (IPC),
 * with UPSTREAM_URL set.
 *
 *   CustomerOrders → GET  /v1/customers/{customerId}/orders?include_price=true&include_system_purchases=false
 *   FanOut         → one GET per distinct customer among the variables, in parallel; {"data":{"c0":…,…}}
 *   UpdateOrder    → PATCH /v1/customers/{customerId}/orders/{orderId} with {id, …input}
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLBody } from "./operations.js";

const upstream = new URL(process.env.UPSTREAM_URL ?? "http://127.0.0.1:1");
const agent = new http.Agent({ keepAlive: true });

class UpstreamFailure extends Error {}

function call(method: "GET" | "PATCH", path: string, authorization: string, body?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { accept: "application/json", authorization };
    if (body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = Buffer.byteLength(body);
    }
    const request = http.request({ host: upstream.hostname, port: upstream.port, method, path: `/v1${path}`, headers, agent, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode === 200) resolve(Buffer.concat(chunks));
        else reject(new UpstreamFailure(`upstream answered ${response.statusCode}`));
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new UpstreamFailure("upstream timed out")));
    request.on("error", reject);
    request.end(body);
  });
}

const ordersPath = (customerId: string): string =>
  `/customers/${encodeURIComponent(customerId)}/orders?include_price=true&include_system_purchases=false`;

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
    default:
      throw new Error(`unknown operation ${request.operationName}`);
  }
}

function reply(res: http.ServerResponse, status: number, body: Buffer | string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let request: GraphQLBody;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as GraphQLBody;
    } catch {
      return reply(res, 400, '{"errors":[{"message":"not JSON"}]}');
    }
    answer(request, req.headers.authorization ?? "").then(
      (body) => reply(res, 200, body),
      (error: unknown) => reply(res, error instanceof UpstreamFailure ? 502 : 500, JSON.stringify({ errors: [{ message: String(error) }] })),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql` });
});

process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
