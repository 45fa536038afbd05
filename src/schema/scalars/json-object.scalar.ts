import { GraphQLError, GraphQLScalarType, Kind, type ObjectValueNode, type ValueNode, print } from "graphql";
import { withPlainErrors } from "./input-errors.js";

/**
 * Free-form JSON objects (a line item's provisioningContext): graphql-scalars' JSONObject, same
 * name, description, rules and messages, written out here so that the process does not load
 * graphql-scalars' whole bundle (every scalar it has) for the one it needs.
 */
const SPECIFIED_BY = "http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf";

/**
 * Objects and lists nested deeper than this are refused: Partner Center's free-form values are
 * flat (provisioningContext is a map of strings), and every walk of a deeper value — ours, graphql-js's,
 * JSON.stringify's — recurses once per level, so a hostile 100,000-level value would overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

const tooDeep = () => new GraphQLError(`JSONObject cannot represent a value nested more than ${MAX_JSON_DEPTH} levels deep`);

/** Depth of nested objects and lists, walked iteratively so that a hostile value cannot overflow the stack while it is measured. */
function exceedsDepth(root: unknown): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_JSON_DEPTH) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

export function ensureObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new GraphQLError(`JSONObject cannot represent non-object value: ${String(value)}`);
  }
  if (exceedsDepth(value)) throw tooDeep();
  return value as Record<string, unknown>;
}

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined, depth: number): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return parseFloat(ast.value);
    case Kind.OBJECT:
      return object(ast, variables, depth + 1);
    case Kind.LIST:
      if (depth + 1 > MAX_JSON_DEPTH) throw tooDeep();
      return ast.values.map((value) => literal(value, variables, depth + 1));
    case Kind.NULL:
      return null;
    case Kind.VARIABLE: {
      const value = variables ? variables[ast.name.value] : undefined;
      if (exceedsDepth(value)) throw tooDeep(); // a variable inside a literal: its own depth counts from here
      return value;
    }
    default:
      return undefined;
  }
}

function object(ast: ObjectValueNode, variables: Record<string, unknown> | null | undefined, depth: number): Record<string, unknown> {
  if (depth > MAX_JSON_DEPTH) throw tooDeep();
  const value: Record<string, unknown> = Object.create(null);
  for (const field of ast.fields) value[field.name.value] = literal(field.value, variables, depth);
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
    return object(ast, variables, 1);
  }),
  extensions: { codegenScalarType: "Record<string, any>", jsonSchema: { type: "object", additionalProperties: true } },
});
