/**
 * A real Redis for one test file: Debian's redis-server on a free 127.0.0.1 port, nothing saved
 * to disk. It can be killed and started again on the same port (an outage), or paused with
 * SIGSTOP (a Redis that accepts connections but answers nothing: a slow one).
 */
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { onPath } from "./system-binaries.js";

/** Debian's redis-server, found on PATH (tests that need it are declared with describeWith("redis-server")). */
export const REDIS_SERVER = onPath("redis-server") ?? "redis-server";

export interface TestRedis {
  url: string;
  port: number;
  /** SIGKILL, resolved once the process has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved). */
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: connections stay open, commands wait. */
  pause(): void;
  resume(): void;
  /** Every key with its remaining TTL in ms (-1: none), read through a separate connection. */
  keys(): Promise<Array<{ key: string; ttlMs: number }>>;
  /** Runs one command through a separate connection, e.g. `("PEXPIRE", key, "300")`. */
  call(command: string, ...args: string[]): Promise<unknown>;
  /** Names of the connected clients (CLIENT LIST), this helper's own connection excluded. */
  clientNames(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port);
  const url = `redis://127.0.0.1:${port}`;
  const admin = () => new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectionName: "test-helper" });
  const withAdmin = async <T>(work: (redis: Redis) => Promise<T>): Promise<T> => {
    const redis = admin();
    try {
      await redis.connect();
      return await work(redis);
    } finally {
      redis.disconnect();
    }
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGCONT");
    running.kill("SIGKILL");
    await exited;
  };
  return {
    url,
    port,
    kill,
    async start() {
      child = await launch(port);
    },
    pause: () => child?.kill("SIGSTOP"),
    resume: () => child?.kill("SIGCONT"),
    keys: () =>
      withAdmin(async (redis) => {
        const keys: string[] = [];
        let cursor = "0";
        do {
          const [next, batch] = await redis.scan(cursor, "COUNT", 1000);
          keys.push(...batch);
          cursor = next;
        } while (cursor !== "0");
        return Promise.all(keys.sort().map(async (key) => ({ key, ttlMs: await redis.pttl(key) })));
      }),
    call: (command, ...args) => withAdmin((redis) => redis.call(command, ...args)),
    clientNames: () =>
      withAdmin(async (redis) => {
        const list = String(await redis.client("LIST"));
        return list
          .split("\n")
          .map((line) => /(?:^| )name=(\S*)/.exec(line)?.[1])
          .filter((name): name is string => name !== undefined && name !== "test-helper");
      }),
    stop: kill,
  };
}
