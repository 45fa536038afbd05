import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { withPlainErrors } from "./input-errors.js";

/**
 * RFC 3339 date-time (the rules graphql-scalars' DateTime applied, in one precompiled pattern):
 * date, `T`, time with seconds 00–59, optional fraction of any length, `Z` or ±hh:mm. Case-insensitive
 * like graphql-scalars (which upper-cases first). Day-of-month against the month is checked after.
 */
const RFC_3339 = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRfc3339DateTime(value: string): boolean {
  const match = RFC_3339.exec(value);
  return match !== null && Number(match[3]) <= daysIn(Number(match[2]), Number(match[1]));
}

/**
 * DateTime keeps the exact string Partner Center gave (`2018-03-06T17:37:05.253-08:00`,
 * `2018-03-15T02:17:15.6455674Z`): same instant, same offset, same precision. Re-serializing
 * through Date (as graphql-scalars' DateTime does) would shift the offset to UTC and drop digits.
 * Checked with one pattern: graphql-scalars' general parser cost a regex, Date.parse and two more
 * regexes per value, on every order date of every answer.
 */
function validated(value: string): string {
  if (!isRfc3339DateTime(value)) throw new GraphQLError(`DateTime cannot represent an invalid date-time-string ${value}.`);
  return value;
}

/** Output: the upstream string as it came, checked; a Date (never produced by the mapping) as ISO. */
export function serializeDateTime(value: unknown): string {
  if (typeof value === "string") return validated(value);
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`DateTime cannot represent ${typeof value} values`);
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "An RFC 3339 date-time, e.g. 2018-03-06T17:37:05.253-08:00. Kept exactly as Partner Center gave it: the same instant, offset and precision.",
  serialize: serializeDateTime,
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
