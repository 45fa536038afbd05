/**
 * `npm run bench`: the facade against a bare passthrough and a JSON floor, all in front of the same
 * pre-serialized Partner Center stub, each in its own process, loaded by autocannon from this one.
 *
 * For every scenario and target: a sample request (its answer checked, its upstream calls
 * counted), a warm-up, then a timed run of as many requests as the warm-up's rate fits in
 * BENCH_DURATION, measuring req/s, latency, errors, CPU seconds of the target's process tree per
 * 1000 requests (/proc utime + stime), peak RSS and upstream calls per request. Results go to
 * bench/results/<ISO time>.json and to a table on stdout; the exit code is 1 when any request
 * failed or a sample answer was wrong.
 *
 * Environment: BENCH_DURATION (s per timed run, 10), BENCH_WARMUP (s, 3),
 * BENCH_SCENARIOS (orders,heavy,fan-out,mutation,redis,amplification,lookup,hot), BENCH_PROFILE=1 (also profile the facade under
 * orders@32, or the run BENCH_PROFILE_RUN names, with --cpu-prof into bench/profiles/), BENCH_TIME_LIMIT (s for everything, 600),
 * BENCH_RUNS (only these runs, e.g. orders@32), BENCH_FACADE_NODE_ARGS (node flags for the facade
 * only), BENCH_AMPLIFICATION_REQUESTS (timed amplification requests, 3), BENCH_FACADE_ROOT (measure
 * the built facade of another checkout, e.g. a worktree of the commit before a change).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_AUTHORIZATION, runLoad } from "./load.js";
import { FAN_OUT_ALIASES, FAN_OUT_DISTINCT, amplificationBodies, fanOutBodies, heavyBodies, hotBodies, lookupBodies, ordersBodies, updateOrderBodies } from "./operations.js";
import { CLOCK_TICKS, cpuSeconds, machineCpuSeconds, peakRssMiB, resetPeakRss, sampleRss, waitUntilIdle } from "./proc-stats.js";
import { type Child, FACADE_ROOT, REPO_ROOT, forkReady, killAll, startFacade, startRedis } from "./processes.js";
import { type ProfileSummary, formatSummary, newestProfile, summarizeCpuProfile } from "./profile-summary.js";
import { type TargetMeasurement, type TargetName, checkTargets, firstDifference, formatChecks, formatTable } from "./report.js";
import { HEAVY_LINES_PER_ORDER, HEAVY_ORDERS, LINES_PER_ORDER, ORDERS_PER_CUSTOMER } from "./fixtures.js";

const SCENARIOS = ["orders", "heavy", "fan-out", "mutation", "redis", "amplification", "lookup", "hot"] as const;
type Scenario = (typeof SCENARIOS)[number];

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${JSON.stringify(raw)}: expected a positive number of seconds`);
  return value;
}

function scenariosFromEnv(): Scenario[] {
  const raw = process.env.BENCH_SCENARIOS?.trim();
  if (!raw) return [...SCENARIOS];
  if (raw === "none") return [];
  const picked = raw.split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of picked) {
    if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`BENCH_SCENARIOS: unknown scenario ${name}; expected some of ${SCENARIOS.join(",")} (or none)`);
  }
  return picked as Scenario[];
}

const settings = {
  durationSeconds: numberFromEnv("BENCH_DURATION", 10),
  warmupSeconds: numberFromEnv("BENCH_WARMUP", 3),
  scenarios: scenariosFromEnv(),
  profile: process.env.BENCH_PROFILE === "1" || process.env.BENCH_PROFILE === "true",
  /** The run profiled with BENCH_PROFILE=1 (e.g. `heavy@4`); orders@32 by default. */
  profileRun: process.env.BENCH_PROFILE_RUN?.trim() || "orders@32",
  timeLimitSeconds: numberFromEnv("BENCH_TIME_LIMIT", 600),
  /** Only these runs of the selected scenarios (e.g. `orders@32`), when set. */
  runs: process.env.BENCH_RUNS?.split(",").map((name) => name.trim()).filter(Boolean),
  /** Extra node flags for the facade only (e.g. `--max-semi-space-size=8`), to measure V8 settings. */
  facadeNodeArgs: process.env.BENCH_FACADE_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [],
};

/** One load shape of a scenario, run against each target in turn. */
interface RunSpec {
  name: string;
  scenario: Scenario;
  connections: number;
  bodies: string[];
  timeoutSeconds: number;
  upstreamCallsPerRequest: number;
  check(target: TargetName, answer: unknown): string[];
  /** Which facade answers: the default one, or one started with REDIS_URL (a redis-server of the bench's own). */
  facade?: "redis";
  /** More environment for a facade started for this run only (e.g. UPSTREAM_CACHE_TTL_MS). */
  facadeEnv?: Record<string, string>;
  /**
   * A fixed number of timed requests, after one warm-up request per connection, instead of the
   * warm-up rate × BENCH_DURATION: for documents so costly that a rate-sized run would not finish.
   */
  fixedRequests?: number;
  /** The answer is recorded (size, error codes) but neither checked nor compared with the floor's. */
  informational?: boolean;
}

type Json = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): Json => (value as Json)?.[key] as Json;

function checkCollection(collection: Json, orders: number, lines: number, priced: boolean): string[] {
  const problems: string[] = [];
  const items = collection?.items as Json[] | undefined;
  if (collection?.totalCount !== orders) problems.push(`totalCount ${String(collection?.totalCount)} instead of ${orders}`);
  if (!Array.isArray(items) || items.length !== orders) return [...problems, `${items?.length ?? "no"} items instead of ${orders}`];
  const lineItems = items[0]?.lineItems as Json[] | undefined;
  if (!Array.isArray(lineItems) || lineItems.length !== lines) problems.push(`${lineItems?.length ?? "no"} line items instead of ${lines}`);
  if (priced && (typeof items[0]?.totalPrice !== "number" || typeof field(lineItems?.[0], "pricing")?.extendedPrice !== "number")) {
    problems.push("prices missing");
  }
  return problems;
}

function graphqlErrors(answer: unknown): string[] {
  const errors = field(answer, "errors") as unknown as { message?: string; extensions?: { code?: string } }[] | undefined;
  return errors?.length ? errors.slice(0, 3).map((error) => `error ${error.extensions?.code ?? ""}: ${error.message ?? ""}`) : [];
}

function runSpecs(scenarios: readonly Scenario[]): RunSpec[] {
  const specs: RunSpec[] = [];
  const data = (answer: unknown) => field(answer, "data");
  const ordersCheck = (orders: number, lines: number) => (target: TargetName, answer: unknown) => [
    ...graphqlErrors(answer),
    ...checkCollection(target === "passthrough" ? data(answer) : field(field(data(answer), "customer"), "orders"), orders, lines, true),
  ];
  for (const scenario of scenarios) {
    switch (scenario) {
      case "orders": {
        const bodies = ordersBodies();
        const check = ordersCheck(ORDERS_PER_CUSTOMER, LINES_PER_ORDER);
        specs.push({ name: "orders@1", scenario, connections: 1, bodies, timeoutSeconds: 30, upstreamCallsPerRequest: 1, check });
        specs.push({ name: "orders@32", scenario, connections: 32, bodies, timeoutSeconds: 30, upstreamCallsPerRequest: 1, check });
        break;
      }
      case "heavy":
        specs.push({
          name: "heavy@4",
          scenario,
          connections: 4,
          bodies: heavyBodies(),
          timeoutSeconds: 120,
          upstreamCallsPerRequest: 1,
          check: ordersCheck(HEAVY_ORDERS, HEAVY_LINES_PER_ORDER),
        });
        break;
      case "fan-out":
        specs.push({
          name: "fan-out@4",
          scenario,
          connections: 4,
          bodies: fanOutBodies(),
          timeoutSeconds: 60,
          upstreamCallsPerRequest: FAN_OUT_DISTINCT,
          check: (target, answer) => {
            const problems = graphqlErrors(answer);
            for (let i = 0; i < FAN_OUT_ALIASES; i++) {
              const alias = field(data(answer), `c${i}`);
              const collection = target === "passthrough" ? alias : field(alias, "orders");
              if (collection?.totalCount !== ORDERS_PER_CUSTOMER) problems.push(`c${i}: totalCount ${String(collection?.totalCount)}`);
            }
            return problems.slice(0, 5);
          },
        });
        break;
      case "hot": {
        // Issue 19: every connection reads the same customer, whose upstream answers in 100 ms.
        const check = ordersCheck(ORDERS_PER_CUSTOMER, LINES_PER_ORDER);
        const hot = { scenario, connections: 32, bodies: hotBodies(), timeoutSeconds: 30, upstreamCallsPerRequest: 1, check };
        specs.push({ ...hot, name: "hot@32 no-coalesce", facadeEnv: { UPSTREAM_COALESCE: "false" } });
        specs.push({ ...hot, name: "hot@32" });
        specs.push({ ...hot, name: "hot@32+cache 5s", facadeEnv: { UPSTREAM_CACHE_TTL_MS: "5000" } });
        break;
      }
      case "redis": {
        // Issue 11: the same load with REDIS_URL set (the shared rate budget and cool-downs).
        const check = ordersCheck(ORDERS_PER_CUSTOMER, LINES_PER_ORDER);
        specs.push({ name: "orders@32+redis", scenario, connections: 32, bodies: ordersBodies(), timeoutSeconds: 30, upstreamCallsPerRequest: 1, check, facade: "redis" });
        break;
      }
      case "amplification":
        // Issue 9: N² orders from one upstream call. Bounded by a fixed request count and a timeout.
        specs.push({
          name: "amplification@1",
          scenario,
          connections: 1,
          bodies: amplificationBodies(),
          timeoutSeconds: 180,
          upstreamCallsPerRequest: 1,
          fixedRequests: numberFromEnv("BENCH_AMPLIFICATION_REQUESTS", 3),
          informational: true,
          check: () => [],
        });
        break;
      case "lookup":
        // Issue 10: Customer.order on the 1000-order customer is one GET by id (≈ 11 KB), not its 11.5 MB list.
        specs.push({
          name: "lookup@4",
          scenario,
          connections: 4,
          bodies: lookupBodies(),
          timeoutSeconds: 30,
          upstreamCallsPerRequest: 1,
          check: (target, answer) => {
            const order = target === "passthrough" ? data(answer) : field(field(data(answer), "customer"), "order");
            const problems = graphqlErrors(answer);
            if (typeof order?.id !== "string") problems.push("order.id missing");
            const lineItems = order?.lineItems as Json[] | undefined;
            if (!Array.isArray(lineItems) || lineItems.length !== HEAVY_LINES_PER_ORDER) problems.push("order.lineItems wrong");
            else if (typeof order?.totalPrice !== "number" || typeof field(lineItems[0], "pricing")?.extendedPrice !== "number") problems.push("prices missing");
            return problems;
          },
        });
        break;
      case "mutation":
        specs.push({
          name: "mutation@8",
          scenario,
          connections: 8,
          bodies: updateOrderBodies(),
          timeoutSeconds: 30,
          upstreamCallsPerRequest: 1,
          check: (_target, answer) => {
            const order = field(data(answer), "updateOrder");
            const problems = graphqlErrors(answer);
            if (typeof order?.id !== "string") problems.push("updateOrder.id missing");
            if (!Array.isArray(order?.lineItems) || order.lineItems.length !== LINES_PER_ORDER) problems.push("updateOrder.lineItems wrong");
            return problems;
          },
        });
        break;
    }
  }
  return specs;
}

interface Stub {
  child: Child;
  url: string;
  stats(): Promise<{ requests: number; gets: number; patches: number }>;
  reset(): Promise<void>;
}

async function startStub(): Promise<Stub & { sizes: Record<string, number> }> {
  const { child, info } = await forkReady<{ url: string; sizes: Record<string, number> }>("upstream stub", "upstream-stub.js");
  return {
    child,
    url: info.url,
    sizes: info.sizes,
    async stats() {
      return (await (await fetch(`${info.url}/__stats`)).json()) as { requests: number; gets: number; patches: number };
    },
    async reset() {
      await (await fetch(`${info.url}/__reset`, { method: "POST" })).arrayBuffer();
    },
  };
}

interface Target {
  name: TargetName;
  child: Child;
  url: string;
}

async function sampleRequest(url: string, body: string, timeoutSeconds: number): Promise<{ status: number; answer: unknown; bytes: number }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: BENCH_AUTHORIZATION }, body, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
  const text = await response.text();
  const bytes = Buffer.byteLength(text);
  try {
    return { status: response.status, answer: JSON.parse(text), bytes };
  } catch {
    return { status: response.status, answer: { unparsable: text.slice(0, 200) }, bytes };
  }
}

/** A request count near `requests`, a multiple of the connections, at least `minimumRounds` per connection. */
function roundToConnections(requests: number, connections: number, minimumRounds: number): number {
  return Math.max(minimumRounds, Math.round(requests / connections)) * connections;
}

/** Warm-up then a timed run of one target; the caller has the stub to count upstream calls. */
async function measure(spec: RunSpec, target: Target, stub: Stub): Promise<TargetMeasurement & { sampleAnswer: unknown }> {
  const pid = target.child.pid;
  const log = (message: string) => process.stdout.write(`  ${spec.name} ${target.name}: ${message}\n`);

  await stub.reset();
  const sample = await sampleRequest(target.url, spec.bodies[0]!, spec.timeoutSeconds);
  const sampleUpstreamCalls = (await stub.stats()).requests;
  const sampleErrorCodes = [...new Set(((field(sample.answer, "errors") as unknown as { extensions?: { code?: string } }[] | undefined) ?? []).map((error) => error.extensions?.code ?? "?"))];
  const sampleProblems = [...(sample.status === 200 ? [] : [`HTTP ${sample.status}`]), ...spec.check(target.name, sample.answer)];
  if (sampleUpstreamCalls !== spec.upstreamCallsPerRequest) sampleProblems.push(`${sampleUpstreamCalls} upstream calls instead of ${spec.upstreamCallsPerRequest}`);
  if (spec.informational) {
    log(`sample request: HTTP ${sample.status}, ${sample.bytes} bytes, ${sampleUpstreamCalls} upstream calls${sampleErrorCodes.length ? `, errors ${sampleErrorCodes.join(",")}` : ""}`);
    sampleProblems.length = 0;
  } else if (sampleProblems.length) log(`sample request: ${sampleProblems.join("; ")}`);

  // Warm-up: one request per connection, then load until the warm-up time is spent, so that the JIT,
  // the agents' sockets and the heap settle. Its rate sizes the timed run, which sends an exact
  // number of requests and waits for every answer: CPU and upstream calls then divide exactly.
  const load = { url: target.url, bodies: spec.bodies, connections: spec.connections, timeout: spec.timeoutSeconds };
  const warmupStarted = performance.now();
  let warm = await runLoad({ ...load, amount: spec.connections });
  for (;;) {
    const remaining = settings.warmupSeconds - (performance.now() - warmupStarted) / 1000;
    if (spec.fixedRequests !== undefined || remaining <= 0.05) break;
    warm = await runLoad({ ...load, amount: roundToConnections(warm.requestsPerSecond * remaining, spec.connections, 1) });
  }
  const amount = spec.fixedRequests ?? roundToConnections(warm.requestsPerSecond * settings.durationSeconds, spec.connections, 2);
  await waitUntilIdle(pid);

  await stub.reset();
  const logLinesBefore = target.child.lineCount();
  const canResetPeak = resetPeakRss(pid);
  const rss = sampleRss(pid);
  const cpuBefore = cpuSeconds(pid);
  const stubCpuBefore = cpuSeconds(stub.child.pid);
  const machineBefore = machineCpuSeconds();
  const harnessBefore = process.cpuUsage();
  const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
  const windowStart = monotonicUs();
  const result = await runLoad({ ...load, amount });
  const windowEnd = monotonicUs();
  await waitUntilIdle(pid); // the target may still be collecting garbage or writing logs
  const cpu = cpuSeconds(pid) - cpuBefore;
  const stubCpu = cpuSeconds(stub.child.pid) - stubCpuBefore;
  const machineAfter = machineCpuSeconds();
  const harnessUsage = process.cpuUsage(harnessBefore);
  const harnessCpu = (harnessUsage.user + harnessUsage.system) / 1e6;
  const sampledPeak = rss.stop();
  const peak = canResetPeak ? Math.max(peakRssMiB(pid), sampledPeak) : sampledPeak;
  const upstream = (await stub.stats()).requests;
  const responses = Math.max(result.responses, 1);

  const measurement: TargetMeasurement = {
    run: spec.name,
    scenario: spec.scenario,
    target: target.name,
    connections: spec.connections,
    responses: result.responses,
    durationSeconds: result.durationSeconds,
    requestsPerSecond: result.requestsPerSecond,
    latencyMs: result.latencyMs,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    cpuSecondsPer1000: (cpu / responses) * 1000,
    stubCpuSecondsPer1000: (stubCpu / responses) * 1000,
    peakRssMiB: peak,
    otherCpuSeconds: Math.max(0, machineAfter.busy - machineBefore.busy - cpu - stubCpu - harnessCpu),
    stealCpuSeconds: machineAfter.steal - machineBefore.steal,
    upstreamCallsPerRequest: upstream / responses,
    sampleUpstreamCalls,
    sampleProblems,
    sampleResponseBytes: sample.bytes,
    sampleErrorCodes,
    logLines: target.child.lineCount() - logLinesBefore,
    timedWindowUs: [windowStart, windowEnd],
  };
  log(
    `${result.responses} responses in ${result.durationSeconds.toFixed(1)} s, ${measurement.requestsPerSecond.toFixed(1)} req/s, ` +
      `p50 ${result.latencyMs.p50.toFixed(2)} ms, CPU ${cpu.toFixed(2)} s, peak RSS ${peak.toFixed(0)} MiB, ${upstream} upstream calls` +
      `, other processes ${measurement.otherCpuSeconds.toFixed(1)} s CPU` +
      (measurement.stealCpuSeconds >= 0.1 ? `, steal ${measurement.stealCpuSeconds.toFixed(1)} s` : "") +
      (result.errors + result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ""),
  );
  return { ...measurement, sampleAnswer: sample.answer };
}

async function profileFacade(stub: Stub, directory: string): Promise<ProfileSummary & { run: TargetMeasurement; buildHash: string }> {
  mkdirSync(directory, { recursive: true });
  process.stdout.write(`profiling the facade under ${settings.profileRun} (--cpu-prof into ${path.relative(REPO_ROOT, directory)})\n`);
  const started = Date.now();
  const facade = await startFacade({ upstreamUrl: stub.url, nodeArgs: settings.facadeNodeArgs, cpuProfileDir: directory });
  try {
    const spec = runSpecs([...SCENARIOS]).find((run) => run.name === settings.profileRun);
    if (!spec) throw new Error(`BENCH_PROFILE_RUN=${settings.profileRun} names no run (${runSpecs([...SCENARIOS]).map((run) => run.name).join(", ")})`);
    const { sampleAnswer: _answer, ...run } = await measure(spec, { name: "facade", child: facade.child, url: facade.url }, stub);
    const code = await facade.child.stop(30_000); // the profile is written as the process exits
    const file = newestProfile(directory);
    if (code !== 0 || !file || statMtime(file) < started) throw new Error(`the profiled facade exited with ${code} and left no new profile in ${directory}`);
    return { ...summarizeCpuProfile(file, 15, run.timedWindowUs), file: path.relative(REPO_ROOT, file), run, buildHash: facade.buildHash };
  } finally {
    await facade.child.stop(1_000);
  }
}

function statMtime(file: string): number {
  return statSync(file).mtimeMs;
}

/** Which facade was measured: the commit, and whether src/ had uncommitted changes (dist/ is built from the work tree). */
function revision(): { commit: string; srcModified: boolean } | undefined {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: FACADE_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return { commit: git("rev-parse", "HEAD"), srcModified: git("status", "--porcelain", "--", "src") !== "" };
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const measured = revision();
  const machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    clockTicks: CLOCK_TICKS,
  };
  process.stdout.write(`bench: ${JSON.stringify({ ...settings, machine, revision: measured })}\n`);

  const stub = await startStub();
  process.stdout.write(`upstream stub ${stub.url}; bodies (bytes): ${JSON.stringify(stub.sizes)}\n`);
  const passthrough = await forkReady<{ url: string }>("passthrough", "passthrough.js", { UPSTREAM_URL: stub.url });
  const floor = await forkReady<{ url: string }>("json floor", "json-floor.js", { UPSTREAM_URL: stub.url });
  const specs = runSpecs(settings.scenarios).filter((spec) => !settings.runs?.length || settings.runs.includes(spec.name));
  const rows: TargetMeasurement[] = [];
  let profile: (ProfileSummary & { run: TargetMeasurement; buildHash: string }) | undefined;
  const buildHashes: string[] = [];

  if (specs.length) {
    const facade = await startFacade({ upstreamUrl: stub.url, nodeArgs: settings.facadeNodeArgs });
    buildHashes.push(facade.buildHash);
    process.stdout.write(
      `facade ${facade.url} (pid ${facade.child.pid}, build ${facade.buildHash}); passthrough ${passthrough.info.url} (pid ${passthrough.child.pid}); json floor ${floor.info.url} (pid ${floor.child.pid})\n`,
    );
    const baselines: Target[] = [
      { name: "passthrough", child: passthrough.child, url: passthrough.info.url },
      { name: "json-floor", child: floor.child, url: floor.info.url },
    ];
    for (const spec of specs) {
      process.stdout.write(`${spec.name} (${spec.connections} connections)\n`);
      // The facade with REDIS_URL, on a redis-server of the bench's own, started for this run only.
      const redis = spec.facade === "redis" ? await startRedis() : undefined;
      const env = { ...(redis && { REDIS_URL: redis.url }), ...spec.facadeEnv };
      const ownFacade = Object.keys(env).length ? await startFacade({ upstreamUrl: stub.url, nodeArgs: settings.facadeNodeArgs, env }) : undefined;
      if (ownFacade) {
        buildHashes.push(ownFacade.buildHash);
        process.stdout.write(`  facade with ${JSON.stringify(env)} (pid ${ownFacade.child.pid})\n`);
      }
      try {
        const [passthroughRow, floorRow] = [await measure(spec, baselines[0]!, stub), await measure(spec, baselines[1]!, stub)];
        const target = ownFacade ?? facade;
        const { sampleAnswer, ...measured } = await measure(spec, { name: "facade", child: target.child, url: target.url }, stub);
        measured.cpuRatioToPassthrough = measured.cpuSecondsPer1000 / passthroughRow.cpuSecondsPer1000;
        measured.cpuRatioToFloor = measured.cpuSecondsPer1000 / floorRow.cpuSecondsPer1000;
        measured.addedP50Ms = measured.latencyMs.p50 - passthroughRow.latencyMs.p50;
        // The floor must answer what the facade answers, or it is not the floor of this document.
        // extensions.upstreamCache (with the response cache on) is the facade's own; data and errors must match.
        const { extensions: _extensions, ...comparable } = (sampleAnswer ?? {}) as Record<string, unknown>;
        const difference = spec.informational ? undefined : firstDifference(floorRow.sampleAnswer, comparable);
        if (difference) {
          floorRow.sampleProblems.push(`answer differs from the facade's at ${difference}`);
          process.stdout.write(`  ${spec.name} json-floor: answer differs from the facade's at ${difference}\n`);
        }
        const { sampleAnswer: _p, ...passthroughMeasured } = passthroughRow;
        const { sampleAnswer: _f, ...floorMeasured } = floorRow;
        rows.push(passthroughMeasured, floorMeasured, measured);
      } finally {
        await ownFacade?.child.stop(15_000);
        await redis?.child.stop(5_000);
      }
    }
    const facadeExit = await facade.child.stop(15_000);
    if (facadeExit !== 0) process.stdout.write(`the facade exited with ${facadeExit} on SIGTERM (expected 0)\n${facade.child.output()}\n`);
  }

  if (settings.profile) {
    profile = await profileFacade(stub, path.join(REPO_ROOT, "bench/profiles"));
    buildHashes.push(profile.buildHash);
  }
  const sameBuild = new Set(buildHashes).size <= 1;
  if (!sameBuild) process.stdout.write(`warning: dist/src changed during the run (builds ${buildHashes.join(", ")}): the profiled facade is not the measured one\n`);

  await passthrough.child.stop();
  await floor.child.stop();
  await stub.child.stop();

  const checks = checkTargets(rows);
  const resultsDir = path.join(REPO_ROOT, "bench/results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/:/g, "-")}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), settings, machine, revision: measured, facadeBuilds: buildHashes, upstreamBodyBytes: stub.sizes, results: rows, checks, profile }, null, 2)}\n`,
  );

  if (rows.length) process.stdout.write(`\n${formatTable(rows)}\n\n${formatChecks(checks)}\n`);
  if (profile) process.stdout.write(`\nprofile of the facade under orders@32:\n${formatSummary(profile)}\n`);
  process.stdout.write(`\nresults: ${path.relative(REPO_ROOT, file)}\n`);
  const broken = rows.some((row) => row.errors + row.non2xx > 0 || row.sampleProblems.length > 0);
  return broken ? 1 : 0;
}

// Everything is bounded: past the limit, or on a signal or a crash, every child is killed.
const limit = setTimeout(() => {
  process.stderr.write(`bench: still running after BENCH_TIME_LIMIT=${settings.timeLimitSeconds} s; stopping\n`);
  killAll();
  process.exit(2);
}, settings.timeLimitSeconds * 1000);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}
process.on("exit", killAll);

main().then(
  (code) => {
    clearTimeout(limit);
    process.exitCode = code;
  },
  (error: unknown) => {
    clearTimeout(limit);
    killAll();
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
