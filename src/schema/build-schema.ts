/**
 * buildSchema(): the one place that assembles the GraphQL schema from the type-graphql classes.
 * Built once per process (it is pure), shared by the server, the schema file and the tests.
 */
import { type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema as buildTypeGraphQLSchema, getMetadataStorage } from "type-graphql";
import { assertEveryFieldCosted } from "../planning/index.js";
import { CustomerResolver } from "./resolvers/customer.resolver.js";
import { OrderResolver } from "./resolvers/order.resolver.js";
import { UpdateOrderResolver } from "./resolvers/update-order.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

export function buildSchema(): Promise<GraphQLSchema> {
  built ??= buildTypeGraphQLSchema({
    resolvers: [CustomerResolver, OrderResolver, UpdateOrderResolver],
    validate: false,
  })
    .then(describeRootTypes)
    .then(readPropertiesDirectly)
    // Every field's upstream cost is declared in src/planning/costs.ts: a field without one fails here.
    .then((schema) => assertEveryFieldCosted(schema, false));
  return built;
}

/** type-graphql cannot describe the root types; the schema reads as documentation in Sandbox, so they are described here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Reads a customer's orders from Microsoft Partner Center.";
  if (mutation) mutation.description = "Changes orders in Microsoft Partner Center.";
  return schema;
}

/**
 * type-graphql gives every plain `@Field` property a resolver that builds a middleware chain just
 * to read `root[name]`: with no middlewares or auth in this schema, that is pure cost on the hot
 * path (thousands of fields per order list). Those fields fall back to graphql-js's default
 * resolver, which reads the same property; resolver-class fields keep theirs.
 */
function readPropertiesDirectly(schema: GraphQLSchema): GraphQLSchema {
  const resolved = new Set(getMetadataStorage().fieldResolvers.map((resolver) => `${resolver.getObjectType?.().name}.${resolver.schemaName}`));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (!resolved.has(`${type.name}.${field.name}`)) field.resolve = undefined;
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it only changes when the schema does. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;
}
