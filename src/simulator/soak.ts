/**
 * A memory soak of the stand-alone simulator (issue 9: "RSS stays flat over 100,000 requests"):
 * starts `main.js` as a child process on 127.0.0.1, sends it a mix of every kind of request —
 * each with a token of its own, PATCHes with fresh MS-RequestIds, add-ons, large bodies, refused
 * calls — and prints the child's RSS and CPU time as it goes. Linux only (reads /proc).
 *
 *   npm run build && node dist/src/simulator/soak.js [requests=100000] [concurrency=16]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { SEED } from "./seed.js";

const total = Number(process.argv[2] ?? 100_000);
const concurrency = Number(process.argv[3] ?? 16);

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? Number.NaN) / 1024;
}

/** User + system CPU seconds of the process (clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const child = spawn(process.execPath, [fileURLToPath(new URL("./main.js", import.meta.url))], {
  env: { ...process.env, SIMULATOR_PORT: "0", SIMULATOR_HOST: "127.0.0.1" },
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise<URL>((resolve, reject) => {
  child.once("error", reject);
  child.stdout!.once("data", (chunk: Buffer) => resolve(new URL(chunk.toString("utf8").trim())));
});
const pid = child.pid!;
// Whatever ends the soak ends the simulator it started.
process.once("exit", () => child.kill("SIGTERM"));

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const { customers, jobs } = SEED;
const padding = "x".repeat(15 * 1024);

/** The i-th request of the mix: method, path, body, headers. */
function requestOf(index: number): { method: string; path: string; body?: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { authorization: `Bearer soak-token-${index}-${Math.random().toString(36).slice(2)}`, "ms-correlationid": `soak-${index}` };
  const order = (customerId: string, orderId: string, tail = "") => `/v1/customers/${customerId}/orders/${orderId}${tail}`;
  const patch = (path: string, body: unknown) => ({ method: "PATCH", path, body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json", "ms-requestid": `soak-request-${index}` } });
  switch (index % 12) {
    case 0:
      return patch(order(jobs.quantityChange.customerId, jobs.quantityChange.orderId), { lineItems: [{ lineItemNumber: 0, quantity: 1 + (index % 50) }] });
    case 1:
      return patch(order(customers.example, `no-such-order-${index}`), { friendlyName: padding });
    case 2:
      return { method: "GET", path: order(customers.example, SEED.exampleOrders.reservation, "/provisioningstatus"), headers };
    case 3:
      return { method: "GET", path: order(jobs.cancelOutsideWindow.customerId, jobs.cancelOutsideWindow.orderId, "/activationlinks"), headers };
    case 4:
      return { method: "GET", path: `/v1/customers/${customers.fabrikam}/orders?include_price=true&include_system_purchases=true`, headers };
    case 5:
      return { method: "GET", path: order(customers.wingtip, `unknown-${index}`), headers };
    case 6:
      return { method: "GET", path: order(customers.example, SEED.exampleOrders.subscription, "?include_price=true"), headers };
    case 7:
      return { method: "GET", path: `/v1/unknown/${index}`, headers };
    case 8:
      return { method: "GET", path: `/v1/customers/${customers.example}/orders`, headers: {} };
    case 9:
      return patch(order(jobs.addOn.customerId, jobs.addOn.orderId), {
        lineItems: [{ lineItemNumber: 0, offerId: "7A2A53C6-E1A6-4B3C-B7A8-A4BA3C4E3F06", parentSubscriptionId: jobs.addOn.parentSubscriptionId, quantity: 1 }],
      });
    case 10:
      return { method: "GET", path: `/v1/customers/00000000-0000-0000-0000-${String(index).padStart(12, "0")}/orders`, headers };
    default:
      return { method: "GET", path: order(jobs.addOn.customerId, jobs.addOn.orderId, "/provisioningstatus"), headers };
  }
}

function send(index: number): Promise<number> {
  const { method, path, body, headers } = requestOf(index);
  return new Promise((resolve, reject) => {
    const outgoing = request(new URL(path, base), { method, headers, agent }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
    });
    outgoing.once("error", reject);
    outgoing.end(body);
  });
}

const statuses = new Map<number, number>();
let next = 0;
const checkpoints = new Set([1_000, ...Array.from({ length: 10 }, (_, step) => Math.round(((step + 1) * total) / 10))]);
process.stdout.write(`simulator pid ${pid} at ${base.origin}; RSS at start ${rssMiB(pid).toFixed(1)} MiB\n`);
process.stdout.write("requests\tRSS MiB\tCPU s\n");

async function worker(): Promise<void> {
  while (next < total) {
    const index = next++;
    const status = await send(index);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (checkpoints.has(index + 1)) process.stdout.write(`${index + 1}\t${rssMiB(pid).toFixed(1)}\t${cpuSeconds(pid).toFixed(2)}\n`);
  }
}

try {
  await Promise.all(Array.from({ length: concurrency }, worker));
  process.stdout.write(`statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`);
} finally {
  agent.destroy();
  child.kill("SIGTERM");
}
