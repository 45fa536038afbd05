/**
 * SIGTERM on the real process during a slow upstream call: the in-flight request completes, new
 * connections are refused, /ready answers 503 while draining, and the process exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "@jest/globals";
import { startOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";
import { requestGuid } from "../../src/partner-center/index.js";

function get(url: string, agent: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** Resolves with the first log line (JSON on stdout) whose message matches. */
function logLine(child: ChildProcess, message: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (String(parsed.msg).startsWith(message)) resolve(parsed);
    });
  });
}

describe("graceful shutdown", () => {
  /** Processes started by these tests, killed at the end even when an assertion failed first. */
  const spawned: ChildProcess[] = [];
  afterAll(() => spawned.forEach((process_) => process_.kill("SIGKILL")));

  it.each(["SIGTERM", "SIGINT"] as const)("exits 0 on %s in embedded-simulator mode (the default configuration)", async (signal) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL("../../dist/src/index.js", import.meta.url))], {
      env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    spawned.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const { url } = (await logLine(child, "serving GraphQL")) as { url: string };
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ customer(id: "b0d70a69-4c42-4b27-b17b-91a835d8686a") { orders { totalCount } } }` }),
    });
    expect(await response.json()).toEqual({ data: { customer: { orders: { totalCount: 2 } } } });
    child.kill(signal);
    expect(await exited).toBe(0);
  });

  it("drains and exits 0 when `npm start` gets SIGTERM (npm passes it on to the server, not to a shell in between)", async () => {
    // Its own process group, so that nothing outlives the test even when the signal is lost on the way.
    const child = spawn("npm", ["start", "--silent"], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    const messages: string[] = [];
    const serving = new Promise<void>((resolve) =>
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const message = line.startsWith("{") ? String((JSON.parse(line) as { msg?: unknown }).msg) : line;
        messages.push(message);
        if (message === "serving GraphQL") resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await serving;
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(messages.filter((message) => message.startsWith("draining"))).toEqual(["draining in-flight requests, then exiting"]);
    } finally {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // The whole group is gone already.
      }
    }
  });

  let upstream: StubUpstream | undefined;
  afterAll(() => upstream?.close());

  it("drains the in-flight request, refuses new connections, flips /ready and exits 0", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let received!: () => void;
    const upstreamReceived = new Promise<void>((resolve) => (received = resolve));
    upstream = await startOrdersStub(async () => {
      received();
      await released;
      return {};
    });

    const child = spawn(process.execPath, [fileURLToPath(new URL("../../dist/src/index.js", import.meta.url))], {
      env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", PARTNER_CENTER_API_URL: upstream.url, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    spawned.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const { url } = (await logLine(child, "serving GraphQL")) as { url: string };
    const base = url.replace("/graphql", "");

    const probe = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect(await get(`${base}/ready`, probe)).toEqual({ status: 200, body: '{"status":"ready"}' });

    const slow = fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer t" },
      body: JSON.stringify({ query: `{ customer(id: "c-1") { orders { totalCount } } }` }),
    });
    slow.catch(() => undefined); // awaited below; never an unhandled rejection if an assertion fails first
    await upstreamReceived;

    const draining = logLine(child, "draining");
    child.kill("SIGTERM");
    await draining;

    await expect(get(`${base}/health`, new http.Agent())).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(await get(`${base}/ready`, probe)).toEqual({ status: 503, body: '{"status":"draining"}' });

    release();
    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { customer: { orders: { totalCount: 2 } } } });
    expect(await exited).toBe(0);
    probe.destroy();
  });

  it("past SHUTDOWN_TIMEOUT_MS, aborts the upstream calls still in flight: every client gets a SHUTTING_DOWN answer, one warn line counts them", async () => {
    const clients = 8;
    let allReceived!: () => void;
    const received = new Promise<void>((resolve) => (allReceived = resolve));
    const hung = await startOrdersStub((_request, index) => {
      if (index === clients - 1) allReceived();
      return { hang: true };
    });
    try {
      const child = spawn(process.execPath, [fileURLToPath(new URL("../../dist/src/index.js", import.meta.url))], {
        env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", PARTNER_CENTER_API_URL: hung.url, SHUTDOWN_TIMEOUT_MS: "50" },
        stdio: ["ignore", "pipe", "inherit"],
      });
      spawned.push(child);
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      const { url } = (await logLine(child, "serving GraphQL")) as { url: string };
      const answers = Array.from({ length: clients }, (_, i) =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer t", "ms-correlationid": `drain-${i}` },
          body: JSON.stringify({ query: `{ customer(id: "c-${i}") { orders { totalCount } } }` }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as { data: unknown; errors: Array<{ message: string; path: string[]; extensions: Record<string, unknown> }> } })),
      );
      await received;
      const warned = logLine(child, "shutdown timeout passed");
      child.kill("SIGTERM");

      const results = await Promise.all(answers);
      for (const [i, { status, body }] of results.entries()) {
        expect(status).toBe(200);
        expect(body.errors.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
          {
            message:
              "The server is shutting down: the operation was cut off before Partner Center answered; retry it (an updateOrder retried with the same idempotencyKey is applied once)",
            path: ["customer", "orders"],
            extensions: { code: "SHUTTING_DOWN", correlationId: requestGuid(`drain-${i}`) },
          },
        ]);
      }
      expect(await warned).toMatchObject({ level: 40, cutOff: clients, unanswered: 0, shutdownTimeoutMs: 50 });
      expect(await exited).toBe(0);
      await hung.whenAbandoned(clients);
      expect(hung.requests).toHaveLength(clients); // aborted, not retried
      expect(hung.abandoned).toHaveLength(clients);
    } finally {
      await hung.close();
    }
  });
});
