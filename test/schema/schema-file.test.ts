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
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
} from "graphql";
import { buildSchema, printSortedSchema } from "../../src/schema/index.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("schema/schema.graphql", () => {
  it("is exactly what the code emits (run `npm run schema` after changing the schema)", async () => {
    expect(read("../../schema/schema.graphql")).toBe(await printSortedSchema());
  });

  it("keeps every name, argument, default and nullability of CONTRACT.md", () => {
    const contract = buildFromSdl(read("../fixtures/contract.graphql"));
    const ours = buildFromSdl(read("../../schema/schema.graphql"));
    expect(findBreakingChanges(contract, ours)).toEqual([]);
    expect(findDangerousChanges(contract, ours)).toEqual([]);
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
