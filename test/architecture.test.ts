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
