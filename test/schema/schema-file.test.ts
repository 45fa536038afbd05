/**
 * schema/schema.graphql is a product: it must be what the code emits, hold everything of the
 * contract with the same names, arguments and nullability, and describe every type and field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import {
  buildSchema as buildFromSdl,
  findBreakingChanges,
  findDangerousChanges,
} from "graphql";
import { buildSchema, printSortedSchema } from "../../src/schema/index.js";
import { undescribed } from "../helpers/schema-descriptions.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("schema/schema.graphql", () => {
  it("is exactly what the code emits (run `npm run schema` after changing the schema)", async () => {
    expect(read("../../schema/schema.graphql")).toBe(await printSortedSchema());
  });

  it("keeps every name, argument, default and nullability of the public contract (test/fixtures/contract.graphql)", () => {
    const contract = buildFromSdl(read("../fixtures/contract.graphql"));
    const ours = buildFromSdl(read("../../schema/schema.graphql"));
    expect(findBreakingChanges(contract, ours)).toEqual([]);
    expect(findDangerousChanges(contract, ours)).toEqual([]);
  });

  it("describes every type, field, argument and enum value", async () => {
    expect(undescribed(await buildSchema())).toEqual([]);
  });
});
