/**
 * What a target process costs, read from Linux's /proc: CPU time (utime + stime, in clock ticks)
 * and resident memory, summed over the process and its descendants.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat's times (`getconf CLK_TCK`, almost always 100). */
export const CLOCK_TICKS: number = (() => {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the name: state(0) ppid(1) … utime(11) stime(12).
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** The process and all its live descendants. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const siblings = children.get(stat.ppid) ?? [];
    siblings.push(stat.pid);
    children.set(stat.ppid, siblings);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** CPU seconds (user + system) the process tree has used so far. */
export function cpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) ticks += readStat(pid)?.ticks ?? 0;
  return ticks / CLOCK_TICKS;
}

function statusKiB(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The whole machine's CPU seconds so far, from /proc/stat: busy (user … softirq) and steal (taken by the hypervisor). */
export function machineCpuSeconds(): { busy: number; steal: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return { busy: (user + nice + system + irq + softirq) / CLOCK_TICKS, steal: steal / CLOCK_TICKS };
}

/** Current resident memory of the tree, in MiB. */
export function rssMiB(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + statusKiB(pid, "VmRSS"), 0) / 1024;
}

/** Peak resident memory (VmHWM) of the tree since start or the last resetPeakRss, in MiB. */
export function peakRssMiB(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + statusKiB(pid, "VmHWM"), 0) / 1024;
}

/** Resets VmHWM to the current RSS ("5" > clear_refs, Linux ≥ 4.0); false where not allowed. */
export function resetPeakRss(rootPid: number): boolean {
  let ok = true;
  for (const pid of processTree(rootPid)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Samples VmRSS every `intervalMs` and keeps the maximum, for kernels where VmHWM cannot be reset. */
export function sampleRss(rootPid: number, intervalMs = 100): { stop(): number } {
  let max = rssMiB(rootPid);
  const timer = setInterval(() => {
    max = Math.max(max, rssMiB(rootPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, rssMiB(rootPid));
    },
  };
}

/** Waits until the tree has been idle (≤ 1 tick per `intervalMs`) twice in a row, or `maxMs` passed. */
export async function waitUntilIdle(rootPid: number, maxMs = 30_000, intervalMs = 150): Promise<void> {
  const deadline = Date.now() + maxMs;
  let previous = cpuSeconds(rootPid);
  let quiet = 0;
  while (Date.now() < deadline && quiet < 2) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const now = cpuSeconds(rootPid);
    quiet = now - previous <= 1 / CLOCK_TICKS ? quiet + 1 : 0;
    previous = now;
  }
}
