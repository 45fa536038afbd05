/**
 * buildSchema(): the one place that assembles the GraphQL schema from the type-graphql classes.
 * Built once per process (it is pure), shared by the server, the schema file and the tests.
 */
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema as buildTypeGraphQLSchema } from "type-graphql";
import { CustomerResolver } from "./resolvers/customer.resolver.js";
import { OrderResolver } from "./resolvers/order.resolver.js";
import { UpdateOrderResolver } from "./resolvers/update-order.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

export function buildSchema(): Promise<GraphQLSchema> {
  built ??= buildTypeGraphQLSchema({
    resolvers: [CustomerResolver, OrderResolver, UpdateOrderResolver],
    validate: false,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it only changes when the schema does. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;
}
