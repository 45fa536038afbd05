/**
 * The measurements of one target in one run, how they compare with the passthrough's and the JSON
 * floor's, the issue's targets, and the table printed at the end (Markdown, readable as is in a terminal).
 */

import type { LoadResult } from "./load.js";

export type TargetName = "passthrough" | "json-floor" | "facade";

export interface TargetMeasurement extends LoadResult {
  run: string;
  scenario: string;
  target: TargetName;
  connections: number;
  /** CPU seconds (user + system) of the target's process tree per 1000 responses. */
  cpuSecondsPer1000: number;
  /** Same for the upstream stub, for context. */
  stubCpuSecondsPer1000: number;
  peakRssMiB: number;
  /**
   * CPU seconds the rest of the machine used during the timed run (all busy CPU less the target's,
   * the stub's and the harness's), and CPU stolen by the hypervisor: high values explain drift.
   */
  otherCpuSeconds: number;
  stealCpuSeconds: number;
  /** Upstream requests the stub counted during the timed run, per response. */
  upstreamCallsPerRequest: number;
  /** Upstream requests one sample request made (exact; the run's ratio can be off by in-flight requests at the end). */
  sampleUpstreamCalls: number;
  /** What the sample request's answer showed wrong; empty when it was right. */
  sampleProblems: string[];
  /** Size of the sample request's answer. */
  sampleResponseBytes: number;
  /** GraphQL error codes in the sample answer (informational runs such as amplification may have some). */
  sampleErrorCodes: string[];
  /** Lines the target logged during the timed run (the facade logs at warn). */
  logLines: number;
  /** When the timed run started and ended, in µs of the monotonic clock (process.hrtime), to window a CPU profile. */
  timedWindowUs: [number, number];
  /** Facade only: its CPU per request over the passthrough's, from the same run. */
  cpuRatioToPassthrough?: number;
  /** Facade only: its CPU per request over the JSON floor's, from the same run. */
  cpuRatioToFloor?: number;
  /** Facade only: its p50 minus the passthrough's, in ms. */
  addedP50Ms?: number;
}

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  met: boolean;
}

const fixed = (value: number | undefined, digits: number): string => (value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits));

export function formatTable(rows: TargetMeasurement[]): string {
  const header = ["run", "target", "conns", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "CPU s / 1000 req", "peak RSS MiB", "upstream calls / req", "answer KB", "CPU × floor", "CPU × passthrough", "added p50 ms"];
  const lines = rows.map((row) => [
    row.run,
    row.target,
    String(row.connections),
    fixed(row.requestsPerSecond, row.requestsPerSecond < 10 ? 2 : 0),
    fixed(row.latencyMs.p50, row.latencyMs.p50 < 10 ? 2 : 0),
    fixed(row.latencyMs.p99, row.latencyMs.p99 < 10 ? 2 : 0),
    String(row.errors),
    String(row.non2xx),
    fixed(row.cpuSecondsPer1000, row.cpuSecondsPer1000 < 10 ? 2 : 1),
    fixed(row.peakRssMiB, 0),
    `${fixed(row.upstreamCallsPerRequest, 2)} (sample ${row.sampleUpstreamCalls})`,
    fixed(row.sampleResponseBytes / 1000, row.sampleResponseBytes < 10_000 ? 1 : 0),
    row.cpuRatioToFloor === undefined ? "" : `${fixed(row.cpuRatioToFloor, 2)}×`,
    row.cpuRatioToPassthrough === undefined ? "" : `${fixed(row.cpuRatioToPassthrough, 1)}×`,
    row.addedP50Ms === undefined ? "" : fixed(row.addedP50Ms, 2),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [format(header), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...lines.map(format)].join("\n");
}

/** The issue's targets, as far as the selected scenarios measured them. */
export function checkTargets(rows: TargetMeasurement[]): TargetCheck[] {
  const facade = (run: string) => rows.find((row) => row.run === run && row.target === "facade");
  const checks: TargetCheck[] = [];
  // Issue 12's targets: CPU per request against the JSON floor of the same run.
  const floorRatio = (run: string, limit: number) => {
    const row = facade(run);
    if (row?.cpuRatioToFloor === undefined) return;
    checks.push({ target: `${run}: facade CPU/request vs JSON floor`, limit: `≤ ${limit}×`, measured: `${fixed(row.cpuRatioToFloor, 2)}×`, met: row.cpuRatioToFloor <= limit });
  };
  floorRatio("orders@32", 2.5);
  floorRatio("orders@1", 3);
  floorRatio("heavy@4", 1.2);
  const orders32 = facade("orders@32");
  if (orders32) {
    checks.push({ target: "orders@32: facade peak RSS", limit: "≤ 150 MiB", measured: `${fixed(orders32.peakRssMiB, 0)} MiB`, met: orders32.peakRssMiB <= 150 });
  }
  const heavy = facade("heavy@4");
  if (heavy) {
    checks.push({ target: "heavy@4: facade peak RSS", limit: "< 600 MiB", measured: `${fixed(heavy.peakRssMiB, 0)} MiB`, met: heavy.peakRssMiB < 600 });
  }
  // Issue 19: reads cost Partner Center once.
  const callsPerRequest = (run: string, limit: number) => {
    const row = facade(run);
    if (!row) return;
    checks.push({ target: `${run}: upstream calls per request`, limit: `≤ ${limit}`, measured: fixed(row.upstreamCallsPerRequest, 4), met: row.upstreamCallsPerRequest <= limit });
  };
  callsPerRequest("hot@32", 0.1);
  callsPerRequest("hot@32+cache 5s", 0.01);
  const fanOut = rows.find((row) => row.scenario === "fan-out" && row.target === "facade");
  if (fanOut) {
    checks.push({ target: "fan-out: upstream calls per document (sample)", limit: "= 20", measured: String(fanOut.sampleUpstreamCalls), met: fanOut.sampleUpstreamCalls === 20 });
  }
  for (const row of rows) {
    if (row.errors + row.non2xx > 0 || row.sampleProblems.length > 0) {
      checks.push({
        target: `${row.run} ${row.target}: no errors`,
        limit: "0 errors, 0 non-2xx, sample answer right",
        measured: `${row.errors} errors, ${row.non2xx} non-2xx${row.sampleProblems.length ? `; sample: ${row.sampleProblems.join("; ")}` : ""}`,
        met: false,
      });
    }
  }
  return checks;
}

export function formatChecks(checks: TargetCheck[]): string {
  return checks.map((check) => `${check.met ? "met    " : "NOT MET"}  ${check.target}: ${check.measured} (target ${check.limit})`).join("\n");
}

/** The path of the first difference between two JSON values (object key order ignored), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path} (${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)})`;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!(key in left) || !(key in right)) return `${path}.${key} (only in ${key in left ? "the floor's" : "the facade's"})`;
    const difference = firstDifference(left[key], right[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}
