import { GraphQLError, GraphQLScalarType, Kind, type ObjectValueNode, type ValueNode, print } from "graphql";
import { withPlainErrors } from "./input-errors.js";

/**
 * Free-form JSON objects (a line item's provisioningContext): graphql-scalars' JSONObject, same
 * name, description, rules and messages, written out here so that the process does not load
 * graphql-scalars' whole bundle (every scalar it has) for the one it needs.
 */
const SPECIFIED_BY = "http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf";

export function ensureObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new GraphQLError(`JSONObject cannot represent non-object value: ${String(value)}`);
  }
  return value as Record<string, unknown>;
}

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return parseFloat(ast.value);
    case Kind.OBJECT:
      return object(ast, variables);
    case Kind.LIST:
      return ast.values.map((value) => literal(value, variables));
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return variables ? variables[ast.name.value] : undefined;
    default:
      return undefined;
  }
}

function object(ast: ObjectValueNode, variables: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const value: Record<string, unknown> = Object.create(null);
  for (const field of ast.fields) value[field.name.value] = literal(field.value, variables);
  return value;
}

export const JSONObjectScalar = new GraphQLScalarType({
  name: "JSONObject",
  description: `The \`JSONObject\` scalar type represents JSON objects as specified by [ECMA-404](${SPECIFIED_BY}).`,
  specifiedByURL: SPECIFIED_BY,
  serialize: ensureObject,
  parseValue: ensureObject,
  parseLiteral: withPlainErrors((ast: ValueNode, variables?: Record<string, unknown> | null) => {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError(`JSONObject cannot represent non-object value: ${print(ast)}`);
    return object(ast, variables);
  }),
  extensions: { codegenScalarType: "Record<string, any>", jsonSchema: { type: "object", additionalProperties: true } },
});
