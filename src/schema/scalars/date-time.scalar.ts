import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { withPlainErrors } from "./input-errors.js";

/**
 * DateTime keeps the exact string Partner Center gave (`2018-03-06T17:37:05.253-08:00`,
 * `2018-03-15T02:17:15.6455674Z`): same instant, same offset, same precision. graphql-scalars'
 * DateTime validates RFC 3339 but re-serializes through Date, which would shift the offset to UTC
 * and drop digits; it is used here for validation only.
 */
function validated(value: string): string {
  DateTimeResolver.parseValue(value); // throws a GraphQLError for anything that is not RFC 3339
  return value;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "An RFC 3339 date-time, e.g. 2018-03-06T17:37:05.253-08:00. Kept exactly as Partner Center gave it: the same instant, offset and precision.",
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "string") return validated(value);
    throw new TypeError(`DateTime cannot represent ${typeof value} values`);
  },
  parseValue(value) {
    if (typeof value !== "string") throw new TypeError("DateTime must be an RFC 3339 string");
    return validated(value);
  },
  parseLiteral: withPlainErrors((ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new TypeError("DateTime must be an RFC 3339 string");
    return validated(ast.value);
  }),
  extensions: { codegenScalarType: "string" },
});
