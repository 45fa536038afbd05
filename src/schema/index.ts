/** The GraphQL schema: types, enums, scalars, inputs, resolvers; its errors are src/errors/'s. */
export { buildSchema, printSortedSchema } from "./build-schema.js";
export { buildSubgraphSchema, printSubgraphSdl } from "./build-subgraph-schema.js";
