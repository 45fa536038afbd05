/** docs/architecture.md is a map of this repository: every path it names must exist. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";

const root = fileURLToPath(new URL("..", import.meta.url));
const map = readFileSync(new URL("../docs/architecture.md", import.meta.url), "utf8");

describe("docs/architecture.md", () => {
  const named = [...new Set([...map.matchAll(/`((?:src|test|docs|schema|bench|scripts)\/[^`\s]*)`/g)].map((match) => match[1]!))];

  it.each(named)("%s exists", (path) => {
    expect(existsSync(`${root}${path}`)).toBe(true);
  });

  it("has a room for every folder of src/", () => {
    const folders = readdirSync(`${root}src`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `src/${entry.name}/`);
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([]);
  });
});

describe("the error contract's room (src/errors/)", () => {
  const importsOf = (dir: string): Array<[string, string]> =>
    readdirSync(`${root}${dir}`, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...readFileSync(`${root}${dir}/${file}`, "utf8").matchAll(/^import [^;]*? from "([^"]+)";/gms)].map((match): [string, string] => [file, match[1]!]));

  it("imports nothing of server, context, schema or partner-center", () => {
    expect(importsOf("src/errors").filter(([, from]) => /^\.\.\//.test(from))).toEqual([]);
  });

  it("is taken by src/partner-center/ only through its GraphQL-free files", () => {
    const taken = importsOf("src/partner-center").filter(([, from]) => from.startsWith("../errors/"));
    expect(taken.filter(([, from]) => !["../errors/codes.js", "../errors/contract-error.js", "../errors/local-refusal.js", "../errors/http-body.js"].includes(from))).toEqual([]);
    expect(taken.length).toBeGreaterThan(0);
  });
});
