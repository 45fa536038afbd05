/**
 * The typed documents in test/generated are what codegen.yml produces from the committed schema
 * and the operations in test/operations (run `npm run codegen` after changing either).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { generate, loadContext } from "@graphql-codegen/cli";

describe("generated typed documents", () => {
  it("are up to date", async () => {
    const root = new URL("../../", import.meta.url);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const [output] = await generate(await loadContext("codegen.yml"), false);
      expect(output!.content).toBe(readFileSync(new URL("test/generated/graphql.ts", root), "utf8"));
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
