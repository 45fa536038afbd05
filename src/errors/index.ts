/**
 * The outward error contract (docs/errors.md), in one room: the codes, the deliberate errors'
 * base and the local refusal (codes.ts, contract-error.ts, local-refusal.ts and http-body.ts know
 * nothing of GraphQL, so src/partner-center/ may use them), and their GraphQL form with Apollo's
 * formatError (graphql.ts). Imports nothing of server, context, schema or partner-center.
 */
export * from "./codes.js";
export * from "./contract-error.js";
export * from "./graphql.js";
export * from "./http-body.js";
export * from "./local-refusal.js";
