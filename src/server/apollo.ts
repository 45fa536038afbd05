/**
 * Apollo Server 5 as this service runs it: graphql-jit behind Apollo's gateway interface, the
 * document limits checked before anything runs, the error mapping, and only the plugins we use.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { GraphQLError, ValidationContext } from "graphql";
import type { Config } from "../config.js";
import type { RequestContext } from "../context/index.js";
import { formatError, overLimit, toGraphQLError } from "../errors/index.js";
import { buildSchema, buildSubgraphSchema } from "../schema/index.js";
import { jitGateway } from "./jit-gateway.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { operationLogPlugin } from "./plugins/operation-log.plugin.js";
import { upstreamBudgetPlugin } from "./plugins/upstream-budget.plugin.js";
import { upstreamCachePlugin } from "./plugins/upstream-cache.plugin.js";
import { maxQueryNodesRule } from "./query-nodes.rule.js";

/** Far above any document that fits the upstream-call budget; this only stops parser abuse. */
const MAX_TOKENS = 20_000;

/**
 * graphql-armor throws by default (a 500); reported instead, a refused document is a 400 (Apollo's,
 * for every validation error) whose error is the limit's refusal: BAD_USER_INPUT naming the limit
 * (README, Errors: too deep).
 */
const reportAsValidationError = (limit: string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(toGraphQLError(overLimit(error.message.replace(/^Syntax Error: /, ""), limit))),
  ],
});

/** A started Apollo Server for the configured schema (the plain one, or the federation subgraph). */
export async function startApollo(config: Config, logger: Logger, metrics: Metrics): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(await (config.federation ? buildSubgraphSchema() : buildSchema())),
    introspection: config.introspection,
    // In production, and whenever introspection is off: "Did you mean …" in validation errors would
    // spell out the schema that introspection hides (README, NODE_ENV).
    hideSchemaDetailsFromClientErrors: config.production || !config.introspection,
    includeStacktraceInErrorResponses: false,
    // GET /graphql is GraphQL over HTTP: a plain `GET ?query=` carries no content-type, which
    // Apollo's CSRF check refuses. That check guards ambient credentials (cookies); this service
    // takes only an Authorization header, which a cross-site simple request cannot send, and GET
    // runs queries only.
    csrfPrevention: false,
    // Signals are ours (src/index.ts): Apollo's own handler would stop it mid-drain, racing
    // in-flight operations, and left the process hanging in embedded-simulator mode.
    stopOnTerminationSignals: false,
    // Apollo pretty-prints responses by default: two-space indentation costs CPU and bytes.
    stringifyResult: (result) => JSON.stringify(result),
    formatError,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [
      maxQueryNodesRule(config.limits.maxQueryNodes),
      maxDepthRule({ n: config.limits.maxQueryDepth, flattenFragments: true, exposeLimits: true, ...reportAsValidationError("MAX_QUERY_DEPTH") }),
      maxAliasesRule({ n: config.limits.maxAliases, exposeLimits: true, ...reportAsValidationError("MAX_ALIASES") }),
    ],
    plugins: [
      // Cache hints are unused here; the plugin would wrap every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo turns federated (ftv1) traces on for a subgraph; they time fields through its own
      // executor, which graphql-jit replaces, so they would be empty, at a cost on every request.
      ApolloServerPluginInlineTraceDisabled(),
      upstreamBudgetPlugin(),
      operationLogPlugin(logger, metrics),
      ...(config.reads.cacheTtlMs > 0 ? [upstreamCachePlugin()] : []),
      // Sandbox follows GRAPHQL_INTROSPECTION: it is useless without introspection.
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}
