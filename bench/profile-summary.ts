/**
 * Where a `node --cpu-prof` profile spends its time: self time aggregated by function (+ url and
 * line) and by module (npm package, node core, the facade's own folders, V8's builtins).
 *
 *   node dist-bench/bench/profile-summary.js [file.cpuprofile] [top]
 *
 * Without a file, the newest profile in bench/profiles/ is read.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  selfMs: number;
  /** Share of the busy time (idle excluded). */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** Whether only the samples inside the given window (the timed run) were counted. */
  windowed: boolean;
  totalMs: number;
  idleMs: number;
  busyMs: number;
  functions: SelfTime[];
  modules: SelfTime[];
}

/** The module a script belongs to, in words a reader can act on. */
export function moduleOf(url: string, functionName: string): string {
  if (url === "") return /^\(.*\)$/.test(functionName) ? functionName : "(V8 builtins: JSON, RegExp, …)";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) {
    const [first, second] = url.slice(modules + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith("node:")) {
    const [, scope, area] = /^node:([^/]+)(?:\/([^/]+))?/.exec(url) ?? [];
    return scope === "internal" && area ? `node:internal/${area.replace(/\.js$/, "")}` : `node:${scope}`;
  }
  const source = /\/dist\/(src|bench)\/(.+)$/.exec(url);
  if (source) {
    const folders = source[2]!.split("/");
    return folders.length > 1 ? `${source[1]}/${folders[0]}` : `${source[1]}/${folders[0]!.replace(/\.js$/, "")}`;
  }
  return url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) return url.slice(modules + "/node_modules/".length);
  const dist = url.indexOf("/dist/");
  if (dist !== -1) return url.slice(dist + "/dist/".length);
  return url;
}

function ranked(totals: Map<string, number>, busyMs: number, top: number): SelfTime[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, selfMs]) => ({ name, selfMs: Math.round(selfMs), percent: busyMs > 0 ? Math.round((selfMs / busyMs) * 1000) / 10 : 0 }));
}

/**
 * `window`: [start, end] in µs of the monotonic clock the profile's timestamps use — the same as
 * process.hrtime() of any process on the machine; samples outside it (start-up, warm-up) are left out.
 */
export function summarizeCpuProfile(file: string, top = 20, window?: readonly [number, number]): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // Sample i lasts until sample i + 1; the last one until the profile's end.
  let at = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  const windowed = window !== undefined && window[0] >= profile.startTime && window[1] <= profile.endTime;
  profile.samples.forEach((id, i) => {
    if (windowed && (times[i]! < window[0] || times[i]! > window[1])) return;
    const duration = (i + 1 < times.length ? times[i + 1]! : profile.endTime) - times[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, duration));
  });

  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let idleMs = 0;
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const ms = us / 1000;
    totalMs += ms;
    if (frame.functionName === "(idle)") {
      idleMs += ms;
      continue;
    }
    const where = frame.url ? ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "";
    const fn = `${frame.functionName || "(anonymous)"}${where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const module = moduleOf(frame.url, frame.functionName);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const busyMs = totalMs - idleMs;
  return {
    file,
    windowed,
    totalMs: Math.round(totalMs),
    idleMs: Math.round(idleMs),
    busyMs: Math.round(busyMs),
    functions: ranked(byFunction, busyMs, top),
    modules: ranked(byModule, busyMs, top),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const rows = (items: SelfTime[]) =>
    items.map((item) => `${String(item.selfMs).padStart(8)} ms ${item.percent.toFixed(1).padStart(5)}%  ${item.name}`).join("\n");
  return [
    `${summary.file}`,
    `${summary.windowed ? "timed run only" : "whole process life (start-up included)"}: total ${summary.totalMs} ms, idle ${summary.idleMs} ms, busy ${summary.busyMs} ms (percentages are of busy time)`,
    "",
    "self time by module:",
    rows(summary.modules),
    "",
    "self time by function:",
    rows(summary.functions),
  ].join("\n");
}

/** The newest .cpuprofile in a directory. */
export function newestProfile(directory: string): string | undefined {
  let newest: { file: string; mtime: number } | undefined;
  for (const name of readdirSync(directory)) {
    if (!name.endsWith(".cpuprofile")) continue;
    const file = path.join(directory, name);
    const mtime = statSync(file).mtimeMs;
    if (!newest || mtime > newest.mtime) newest = { file, mtime };
  }
  return newest?.file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bench/profiles");
  const file = process.argv[2] ?? newestProfile(defaultDir);
  if (!file) {
    process.stderr.write(`no .cpuprofile given and none in ${defaultDir}\n`);
    process.exit(1);
  }
  process.stdout.write(`${formatSummary(summarizeCpuProfile(file, Number(process.argv[3] ?? 20)))}\n`);
}
