/**
 * A small real HTTP server on 127.0.0.1 standing in for Partner Center in one test: it records
 * every request it receives (headers included) and answers with the test's handler.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query as received, e.g. /v1/customers/c1/orders?include_price=false */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived, to read waits from recorded timestamps. */
  at: number;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Never answer (a hung upstream); the socket is destroyed when the stub closes. */
  hang?: boolean;
}

export type StubHandler = (request: ReceivedRequest, index: number) => StubReply | Promise<StubReply>;

export interface StubUpstream {
  url: string;
  requests: ReceivedRequest[];
  /** Requests whose connection the client closed before the stub answered (an aborted call). */
  abandoned: ReceivedRequest[];
  /** Resolves once `count` requests have been abandoned. */
  whenAbandoned(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startStubUpstream(handler: StubHandler): Promise<StubUpstream> {
  const requests: ReceivedRequest[] = [];
  const abandoned: ReceivedRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://stub");
      const received: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      };
      requests.push(received);
      res.once("close", () => {
        if (res.writableFinished) return;
        abandoned.push(received);
        for (const waiter of waiters.filter((w) => abandoned.length >= w.count)) waiter.resolve();
      });
      const reply = await handler(received, requests.length - 1);
      if (reply.hang) return;
      const body = typeof reply.body === "string" ? reply.body : reply.body === undefined ? "" : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    abandoned,
    whenAbandoned: (count) =>
      new Promise<void>((resolve) => {
        if (abandoned.length >= count) resolve();
        else waiters.push({ count, resolve });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
