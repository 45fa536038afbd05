/**
 * The bench's own upstream calls, shared by the passthrough and the JSON floor: node:http on one
 * keep-alive agent, the caller's Authorization forwarded, the body collected as one Buffer.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export class UpstreamFailure extends Error {}

export interface UpstreamCaller {
  call(method: "GET" | "PATCH", path: string, authorization: string, body?: string): Promise<Buffer>;
}

export function upstreamCaller(baseUrl: string): UpstreamCaller {
  const upstream = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true });
  return {
    call(method, path, authorization, body) {
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
    },
  };
}

export const ordersPath = (customerId: string, priced = true): string =>
  `/customers/${encodeURIComponent(customerId)}/orders?include_price=${priced}&include_system_purchases=false`;

/** A bare node:http server for POST /graphql bodies; `answer` gets the parsed body and the Authorization. */
function graphqlServer<T>(answer: (request: T, authorization: string) => Promise<Buffer | string>): http.Server {
  const reply = (res: http.ServerResponse, status: number, body: Buffer | string) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let request: T;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as T;
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
  return server;
}

/**
 * Serves `answer` on a free 127.0.0.1 port as a child forked by the harness: tells the harness its
 * URL over IPC, and exits when the harness goes away or sends SIGTERM.
 */
export function serveForked<T>(answer: (request: T, authorization: string) => Promise<Buffer | string>): void {
  const server = graphqlServer(answer);
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql` });
  });
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}
