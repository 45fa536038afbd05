#!/usr/bin/env node
/**
 * `npm start` (prestart) and friends: compiles with tsc only when the sources changed since the
 * last build, so that starting an already built tree costs a few stat calls instead of ~7 s of tsc.
 *
 * dist is current when every .ts under the build's roots (tsconfig.build.json: src; the benchmark is built apart, into dist-bench/) has its
 * .js in dist no older than itself, and no build input (tsconfig*.json, package.json) is newer than
 * the oldest of those outputs (tsc rewrites every output on each build). A production install
 * (`npm install --omit=dev`, no tsc) with a current dist starts without tsc; with a stale one it
 * stops with a message instead of running old code.
 *
 *   node scripts/build-if-needed.mjs          build when needed
 *   node scripts/build-if-needed.mjs --check  exit 0 when current, 1 when a build is needed
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROOTS = ["src"];
const BUILD_INPUTS = ["tsconfig.json", "tsconfig.build.json", "package.json"];

function* typescriptFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(file);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) yield file;
  }
}

const mtime = (file) => statSync(file).mtimeMs;

/** Why a build is needed, or undefined when dist is current. */
function staleReason() {
  let oldestOutput = Infinity;
  for (const sourceRoot of ROOTS) {
    const absolute = path.join(root, sourceRoot);
    if (!existsSync(absolute)) continue;
    for (const source of typescriptFiles(absolute)) {
      const relative = path.relative(root, source);
      const output = path.join(root, "dist", relative.replace(/\.ts$/, ".js"));
      if (!existsSync(output)) return `${path.relative(root, output)} is missing`;
      const built = mtime(output);
      if (built < mtime(source)) return `${relative} changed since the last build`;
      oldestOutput = Math.min(oldestOutput, built);
    }
  }
  for (const input of BUILD_INPUTS) {
    const file = path.join(root, input);
    if (existsSync(file) && mtime(file) > oldestOutput) return `${input} changed since the last build`;
  }
  return undefined;
}

const reason = staleReason();
if (process.argv.includes("--check")) process.exit(reason ? 1 : 0);
if (reason) {
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    process.stderr.write(`dist is out of date (${reason}) and TypeScript is not installed (a production install?): run \`npm install\` and \`npm run build\` first.\n`);
    process.exit(1);
  }
  process.stderr.write(`building: ${reason}\n`);
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  process.exit(result.status ?? 1);
}
