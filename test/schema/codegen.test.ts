/**
 * The typed documents in test/generated are what codegen.yml produces from the committed schema
 * and the operations in test/operations (run `npm run codegen` after changing either).
 * Run as the CLI's --check, in its own process: codegen's plugins do not load in Jest's ESM mode.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";

describe("generated typed documents", () => {
  it("are up to date (graphql-codegen --check)", async () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const cli = fileURLToPath(new URL("../../node_modules/@graphql-codegen/cli/cjs/bin.js", import.meta.url));
    const run = promisify(execFile)(process.execPath, [cli, "--config", "codegen.yml", "--check"], { cwd: root });
    await expect(run).resolves.toBeDefined();
  }, 60_000);
});
