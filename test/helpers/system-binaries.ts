/**
 * System programs some tests drive (Debian's redis-server and chromium), found on PATH. A local run
 * without one skips those tests with one line naming what to install; `.ci/run` sets
 * REQUIRE_SYSTEM_BINARIES=1, which turns a missing program into a failed suite instead.
 */
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { describe } from "@jest/globals";

/** The program's path on PATH, or undefined. */
export function onPath(program: string): string | undefined {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    if (directory === "") continue;
    const candidate = path.join(directory, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** `describe` when the program is on PATH; else `describe.skip` after one line (or a failure under REQUIRE_SYSTEM_BINARIES=1). */
export function describeWith(program: "redis-server" | "chromium"): typeof describe | typeof describe.skip {
  if (onPath(program) !== undefined) return describe;
  const install = `apt-get install -y ${program}`;
  if (process.env.REQUIRE_SYSTEM_BINARIES === "1") {
    throw new Error(`${program} is not on PATH and REQUIRE_SYSTEM_BINARIES=1: install it (${install})`);
  }
  process.stderr.write(`skipping the tests that need ${program}: it is not on PATH (${install})\n`);
  return describe.skip;
}
