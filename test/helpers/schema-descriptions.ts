import { type GraphQLSchema, isEnumType, isInputObjectType, isObjectType, isScalarType } from "graphql";

const BUILT_IN_SCALARS = ["String", "Int", "Float", "Boolean", "ID"];

/** Every type, field, argument and enum value of `schema` without a description (built-ins and `skipType` aside). */
export function undescribed(schema: GraphQLSchema, skipType: (name: string) => boolean = () => false): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || skipType(type.name) || (isScalarType(type) && BUILT_IN_SCALARS.includes(type.name))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}
