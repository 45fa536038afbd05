/**
 * schema/subgraph.graphql is what a supergraph composes (GRAPHQL_FEDERATION=true): it must be what
 * the code emits, what the served `_service { sdl }` describes, keep the contract, and describe
 * every type and field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { buildSubgraphSchema as buildFromSubgraphSdl, printSubgraphSchema } from "@apollo/subgraph";
import {
  buildSchema as buildFromSdl,
  execute,
  findBreakingChanges,
  findDangerousChanges,
  parse,
} from "graphql";
import { buildSubgraphSchema, printSubgraphSdl } from "../../src/schema/index.js";
import { undescribed } from "../helpers/schema-descriptions.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

/** Types and fields @apollo/subgraph and the link spec add; a router never shows them to callers. */
const isFederationMachinery = (name: string) => /^(link__|federation__)/.test(name);

describe("schema/subgraph.graphql", () => {
  it("is exactly what the code emits (run `npm run schema` after changing the schema)", async () => {
    expect(read("../../schema/subgraph.graphql")).toBe(await printSubgraphSdl());
  });

  it("describes the same subgraph as the served _service { sdl }", async () => {
    const schema = await buildSubgraphSchema();
    const result = (await execute({ schema, document: parse("{ _service { sdl } }") })) as { data: { _service: { sdl: string } } };
    expect(`${printSubgraphSchema(buildFromSubgraphSdl(parse(result.data._service.sdl)))}\n`).toBe(read("../../schema/subgraph.graphql"));
  });

  it("declares Customer an entity keyed by id, under Federation 2", () => {
    const sdl = read("../../schema/subgraph.graphql");
    expect(sdl.startsWith('extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n')).toBe(true);
    expect(sdl).toContain('type Customer\n  @key(fields: "id")\n{');
    expect(sdl.match(/@key/g)).toHaveLength(2);
  });

  it("keeps every name, argument, default and nullability of the public contract (test/fixtures/contract.graphql)", async () => {
    const contract = buildFromSdl(read("../fixtures/contract.graphql"));
    const served = await buildSubgraphSchema();
    expect(findBreakingChanges(contract, served)).toEqual([]);
    expect(findDangerousChanges(contract, served)).toEqual([]);
  });

  it("describes every type, field, argument and enum value, federation's own included", async () => {
    expect(undescribed(await buildSubgraphSchema(), isFederationMachinery)).toEqual([]);
  });
});
