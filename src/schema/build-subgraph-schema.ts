/**
 * buildSubgraphSchema(): the same schema as buildSchema(), served as an Apollo Federation 2
 * subgraph (GRAPHQL_FEDERATION=true): `Customer @key(fields: "id")`, `_service { sdl }` and
 * `_entities`. type-graphql's own apollo-federation-2 example shows the way: print the type-graphql
 * schema with its applied directives, let @apollo/subgraph build from that SDL, and hand it the
 * resolvers type-graphql built, plus Customer's reference resolver.
 */
import { buildSubgraphSchema as buildApolloSubgraph, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/index.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema, isSpecifiedScalarType, lexicographicSortSchema, parse } from "graphql";
import { createResolversMap } from "type-graphql";
import { assertEveryFieldCosted } from "../planning/index.js";
import { buildSchema } from "./build-schema.js";
import { badUserInput } from "../errors/index.js";
import { resolveCustomerReference } from "./resolvers/customer.reference.js";

/** Federation v2.3: understood by every current router and gateway; only @key is needed. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

/** The types a representation may name: the entities of this subgraph. */
const ENTITY_TYPES = new Set(["Customer"]);

let built: Promise<GraphQLSchema> | undefined;

export function buildSubgraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema().then((schema) => {
    // Sorted, so that the SDL (_service.sdl and schema/subgraph.graphql) only changes when the schema does.
    const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`);
    const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
    // Only the custom scalars need their parse and serialize functions copied onto the SDL-built types.
    for (const name of Object.keys(resolvers)) {
      const type = schema.getType(name);
      if (type && isSpecifiedScalarType(type)) delete resolvers[name];
    }
    // @apollo/subgraph reads __resolveReference from the type's resolvers, though it is no field resolver.
    resolvers.Customer = { ...(resolvers.Customer as object), __resolveReference: resolveCustomerReference as GraphQLFieldResolver<unknown, unknown> };
    // The subgraph has every field the cost table names (federation's included): stale entries fail too.
    return assertEveryFieldCosted(describeFederationFields(refuseForeignRepresentations(buildApolloSubgraph({ typeDefs, resolvers }))), true);
  });
  return built;
}

/**
 * @apollo/subgraph resolves a representation of any object type, entity or not, and reports an
 * unknown one as a plain Error (an internal error to the caller). Representations are the
 * caller's input: anything but an object naming an entity of this subgraph is BAD_USER_INPUT,
 * before any reference is resolved.
 */
function refuseForeignRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve;
  if (!entities || !resolve) throw new Error("@apollo/subgraph built no _entities field");
  entities.resolve = (source, args: { representations: unknown[] }, context, info) => {
    for (const representation of args.representations) {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof representation !== "object" || typeof typename !== "string" || !ENTITY_TYPES.has(typename)) {
        throw badUserInput("representations", `each representation must be an object whose __typename is one of ${[...ENTITY_TYPES].join(", ")}`);
      }
    }
    return resolve(source, args, context, info);
  };
  return schema;
}

/** @apollo/subgraph leaves its own fields undescribed; the schema reads as documentation in Sandbox. */
function describeFederationFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()!.getFields();
  const described: Array<[{ description?: string | null } | undefined, string]> = [
    [fields._service, "Apollo Federation: this subgraph's SDL, for a router or gateway to compose."],
    [fields._entities, "Apollo Federation: the entities a router asks for by representation, in the same order. No upstream call by itself."],
    [fields._entities?.args.find((arg) => arg.name === "representations"), "One `{ __typename: \"Customer\", id }` per entity wanted."],
    [schema.getType("_Service"), "Apollo Federation: what this subgraph tells a router about itself."],
    [(schema.getType("_Service") as GraphQLObjectType | undefined)?.getFields().sdl, "This subgraph's SDL with its federation directives (schema/subgraph.graphql)."],
    [schema.getType("_Entity"), "Apollo Federation: every type a router can ask for by representation."],
    [schema.getType("_Any"), "Apollo Federation: an entity representation, an object with `__typename` and the key fields."],
  ];
  for (const [element, description] of described) if (element && !element.description) element.description = description;
  return schema;
}

/** The SDL committed as schema/subgraph.graphql: what a supergraph composes, the subgraph `_service { sdl }` describes. */
export async function printSubgraphSdl(): Promise<string> {
  return `${printSubgraphSchema(await buildSubgraphSchema())}\n`;
}
