/**
 * The benchmark's child processes: the upstream stub, the passthrough and the facade, each a node
 * process of its own on 127.0.0.1. Every child is registered so that stopAll() ends them whatever
 * happened (errors, signals, the harness's overall time limit).
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { once } from "node:events";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url)); // dist-bench/bench
export const REPO_ROOT = path.resolve(here, "../..");

/**
 * The checkout whose built facade (dist/src/index.js and package.json's start flags) is measured:
 * this one, or BENCH_FACADE_ROOT, e.g. a `git worktree` of an earlier commit, built, so that the
 * same harness, stub and baselines measure the build before a change against the one after it.
 */
export const FACADE_ROOT = path.resolve(process.env.BENCH_FACADE_ROOT?.trim() || REPO_ROOT);

export interface Child {
  name: string;
  pid: number;
  /** Last lines the child wrote to stdout/stderr, for error reports. */
  output(): string;
  /** Lines it wrote so far (a facade at LOG_LEVEL=warn should write none while serving). */
  lineCount(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
}

const running = new Set<ChildProcess>();

function track(name: string, child: ChildProcess): Child {
  running.add(child);
  let exited = false;
  let exitCode: number | null = null;
  child.once("exit", (code) => {
    exited = true;
    exitCode = code;
    running.delete(child);
  });
  const tail: string[] = [];
  let lines = 0;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      lines++;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  return {
    name,
    pid: child.pid,
    output: () => tail.join("\n"),
    lineCount: () => lines,
    async stop(graceMs = 5_000) {
      if (exited) return exitCode;
      const exit = once(child, "exit");
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exit;
      clearTimeout(timer);
      return exitCode;
    },
  };
}

/** Kills every child still running, at once (used on errors and signals). */
export function killAll(): void {
  for (const child of running) child.kill("SIGKILL");
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} not ready after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Forks dist-bench/bench/<script>.js and waits for its `{ready: true, …}` message. */
export async function forkReady<T extends { url: string }>(name: string, script: string, env: Record<string, string> = {}): Promise<{ child: Child; info: T }> {
  const process_ = fork(path.join(here, script), [], {
    env: { ...process.env, ...env },
    execArgv: [],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const child = track(name, process_);
  const ready = new Promise<T>((resolve, reject) => {
    process_.on("message", (message: unknown) => {
      if ((message as { ready?: boolean }).ready) resolve(message as T);
    });
    process_.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${child.output()}`)));
  });
  try {
    return { child, info: await withTimeout(ready, 60_000, name) };
  } catch (error) {
    await child.stop(1_000);
    throw error;
  }
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

export interface FacadeOptions {
  upstreamUrl: string;
  /** Directory for `--cpu-prof`; no profiling when absent. */
  cpuProfileDir?: string;
  /** Node flags before the script (e.g. --max-semi-space-size=8). */
  nodeArgs?: string[];
  /** More environment for the facade (e.g. REDIS_URL). */
  env?: Record<string, string>;
}

/**
 * A hash of the compiled facade (every .js file under dist/src) as a process would load it now. dist/ is
 * shared with whoever else builds in this work tree; two facades started with different hashes
 * did not run the same code.
 */
export function facadeBuildHash(): string {
  const hash = createHash("sha256");
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".js")) hash.update(file).update(readFileSync(file));
    }
  };
  walk(path.join(FACADE_ROOT, "dist/src"));
  return hash.digest("hex").slice(0, 12);
}

/**
 * The node flags `npm start` runs the facade with (package.json's start script, e.g. V8 heap
 * tuning), so that the bench measures what production runs.
 */
export function startScriptNodeArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(FACADE_ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts;
  const match = /^(?:exec\s+)?node\s+(.*?)\s*dist\/src\/index\.js\s*$/.exec(scripts?.start ?? "");
  return match?.[1] ? match[1].split(/\s+/) : [];
}

/** `node <start script's flags> dist/src/index.js` against the stub, on a free port; resolves once /health answers 200. */
export async function startFacade(options: FacadeOptions): Promise<{ child: Child; url: string; buildHash: string }> {
  const port = await freePort();
  const buildHash = facadeBuildHash();
  const execArgs = [...startScriptNodeArgs(), ...(options.nodeArgs ?? []), ...(options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [])];
  const process_ = spawn(process.execPath, [...execArgs, path.join(FACADE_ROOT, "dist/src/index.js")], {
    cwd: FACADE_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PARTNER_CENTER_API_URL: options.upstreamUrl,
      LOG_LEVEL: "warn",
      LOG_PRETTY: "false",
      MAX_UPSTREAM_CALLS_PER_OPERATION: "1000",
      // The bench sends every request with one token: the budget stays on (its cost is measured)
      // but at its maximum, which no run reaches.
      PARTNER_CENTER_RATE_LIMIT_PER_MINUTE: "1000000",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const child = track("facade", process_);
  const base = `http://127.0.0.1:${port}`;
  const exited = once(process_, "exit").then(([code]) => {
    throw new Error(`the facade exited with ${code} before it was ready:\n${child.output()}`);
  });
  let waiting = true;
  const healthy = (async () => {
    while (waiting) {
      try {
        const response = await fetch(`${base}/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await withTimeout(Promise.race([healthy, exited]), 60_000, "the facade");
  } catch (error) {
    await child.stop(1_000);
    throw error;
  } finally {
    waiting = false;
  }
  exited.catch(() => undefined); // later exits are the caller's business
  return { child, url: `${base}/graphql`, buildHash };
}

export const REDIS_SERVER = "/usr/bin/redis-server";

/** Answers true once a Redis on 127.0.0.1:`port` replies +PONG to PING. */
function redisPongs(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (chunk: Buffer) => done(chunk.toString("latin1").startsWith("+PONG")));
  });
}

/** Debian's redis-server on a free port, without persistence; tracked like every other child (killAll ends it). */
export async function startRedis(): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const process_ = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  const child = track("redis-server", process_);
  const deadline = Date.now() + 10_000;
  while (!(await redisPongs(port))) {
    if (Date.now() > deadline || process_.exitCode !== null) {
      await child.stop(1_000);
      throw new Error(`redis-server on port ${port} did not answer PING:\n${child.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url: `redis://127.0.0.1:${port}` };
}
