/** The GraphQL schema: types, enums, scalars, inputs, resolvers, and the error formatting. */
export { buildSchema, printSortedSchema } from "./build-schema.js";
export { buildSubgraphSchema, printSubgraphSdl } from "./build-subgraph-schema.js";
export { asUpstreamShapeError, formatError } from "./errors.js";
