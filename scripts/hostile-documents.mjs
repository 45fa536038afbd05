#!/usr/bin/env node
/**
 * `node scripts/hostile-documents.mjs`: the doubling-fragment document of docs/benchmarks.md
 * ("Hostile documents") against the built server with its embedded simulator. For 16, 20, 24 and
 * 30 levels: the document's size, how long its refusal took, and how long a /health sent at the
 * same moment took to answer. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../dist/src/index.js", import.meta.url));
const child = spawn(process.execPath, [entry], {
  // In production the simulator must be named (README, NODE_ENV).
  env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", NODE_ENV: process.env.NODE_ENV ?? "development", PARTNER_CENTER_API_URL: "simulator" },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  createInterface({ input: child.stdout }).on("line", (line) => {
    const parsed = JSON.parse(line);
    if (parsed.msg === "serving GraphQL") resolve(parsed.url);
  });
});

/** F0 is a field; Fi spreads F(i-1) twice; the operation spreads the last one. */
function document(levels) {
  const lines = ["fragment F0 on Query { __typename }"];
  for (let i = 1; i <= levels; i++) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  lines.push(`{ ...F${levels} }`);
  return lines.join("\n");
}

async function timed(promise) {
  const started = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - started };
}

const rows = [];
for (const levels of [16, 20, 24, 30]) {
  const query = document(levels);
  for (let run = 0; run < 5; run++) {
    const refusal = timed(
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then(async (response) => ({
        status: response.status,
        body: await response.json(),
      })),
    );
    const health = timed(fetch(url.replace("/graphql", "/health")).then((response) => response.status));
    const [answer, probe] = await Promise.all([refusal, health]);
    if (run < 2) continue; // warm-up
    rows.push({
      levels,
      bytes: Buffer.byteLength(query),
      status: answer.value.status,
      code: answer.value.body.errors?.[0]?.extensions?.code ?? "none",
      refusedMs: answer.ms.toFixed(1),
      healthStatus: probe.value,
      healthMs: probe.ms.toFixed(1),
    });
  }
}
console.table(rows);
child.kill("SIGTERM");
