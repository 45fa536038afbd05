/**
 * The HTTP app: Apollo Server 5 on /graphql (Sandbox for browsers), /health, /ready, /metrics,
 * with the limits checked before anything runs, and a shutdown that drains in-flight requests.
 * Fastify rather than express: measured on this machine, express cost about 0.3 ms of CPU more
 * per request (≈ 10% of an order list's whole cost) for the same routes.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { type Span, SpanKind, context as otelContext, trace } from "@opentelemetry/api";
import Fastify, { type FastifyError, type FastifyRequest } from "fastify";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Config } from "../config.js";
import { MalformedHeaderError, type RequestContext, correlationIdFor, createContextFactory } from "../context/index.js";
import type { PartnerCenterClient } from "../partner-center/index.js";
import { buildSchema, buildSubgraphSchema, formatError } from "../schema/index.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { operationLogPlugin } from "./plugins/operation-log.plugin.js";
import { jitGateway } from "./jit-gateway.js";
import { registerGraphiQL } from "./graphiql.js";
import { upstreamBudgetPlugin } from "./plugins/upstream-budget.plugin.js";
import { maxQueryNodesRule } from "./query-nodes.rule.js";

/** Larger bodies get 413 before they are parsed. */
const MAX_BODY_BYTES = 1024 * 1024;
/** After aborting what is left at the shutdown deadline: time for those SHUTTING_DOWN answers to be written. */
const ABORTED_ANSWER_GRACE_MS = 2000;
/** Far above any document that fits the upstream-call budget; this only stops parser abuse. */
const MAX_TOKENS = 20_000;

/**
 * graphql-armor throws by default (a 500); reported instead, a refused document is a 400 that
 * names the limit, which formatError answers as BAD_USER_INPUT (CONTRACT.md, Errors: too deep).
 */
const reportAsValidationError = (limit: string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { limit } })),
  ],
});

export interface ServerOptions {
  config: Config;
  client: PartnerCenterClient;
  /** True when the embedded simulator is the upstream. */
  simulator: boolean;
  logger: Logger;
  metrics: Metrics;
}

export interface RunningServer {
  url: string;
  /** Stops accepting, lets in-flight operations finish (within the shutdown deadline), closes. */
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions, listen: { port: number; host: string }): Promise<RunningServer> {
  const { config, client, logger, metrics } = options;
  let httpServer!: http.Server;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    // Our own server, so that shutdown can stop accepting while open connections are still served.
    serverFactory: (handler) => (httpServer = http.createServer(handler)),
  });
  let draining = false;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  /** Resolves true once no operation is in flight, false when `ms` passed first. */
  const idleWithin = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (inFlight === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms).unref();
      onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });

  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(await (config.federation ? buildSubgraphSchema() : buildSchema())),
    introspection: config.introspection,
    // In production, and whenever introspection is off: "Did you mean …" in validation errors would
    // spell out the schema that introspection hides (CONTRACT.md, NODE_ENV).
    hideSchemaDetailsFromClientErrors: config.production || !config.introspection,
    includeStacktraceInErrorResponses: false,
    // GET /graphql is GraphQL over HTTP (CONTRACT.md): a plain `GET ?query=` carries no
    // content-type, which Apollo's CSRF check refuses. That check guards ambient credentials
    // (cookies); this service takes only an Authorization header, which a cross-site simple
    // request cannot send, and GET runs queries only.
    csrfPrevention: false,
    // Signals are ours (index.ts): Apollo's own handler would stop it mid-drain, racing in-flight
    // operations, and left the process hanging in embedded-simulator mode.
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
      // Sandbox follows GRAPHQL_INTROSPECTION: it is useless without introspection.
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const createContext = createContextFactory({
    client,
    simulator: options.simulator,
    maxUpstreamCalls: config.limits.maxUpstreamCallsPerOperation,
    maxOrders: config.limits.maxOrdersPerOperation,
    operationDeadlineMs: config.limits.operationDeadlineMs,
  });
  const tracer = trace.getTracer("partner-center-graphql");
  const spans = new WeakMap<FastifyRequest, Span>();
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request) => {
      let contextValue: RequestContext;
      try {
        contextValue = createContext(request.headers, spans.get(request));
      } catch (error) {
        if (!(error instanceof MalformedHeaderError)) throw error;
        throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
      }
      contextValue.span?.setAttribute("ms.correlation_id", contextValue.caller.correlationId);
      return contextValue;
    },
  });

  // Every /graphql answer carries ms-correlationid (CONTRACT.md, Headers), also one refused before
  // Apollo runs: a body that is not JSON, a malformed header, a server draining. An absent id is
  // generated here and written into the request, so that the operation's upstream calls use it too.
  app.addHook("onRequest", async (request, reply) => {
    if (request.url !== "/graphql" && !request.url.startsWith("/graphql?")) return;
    const given = request.headers["ms-correlationid"];
    const id = correlationIdFor(given);
    if (given === undefined || given === "") request.headers["ms-correlationid"] = id;
    void reply.header("ms-correlationid", id);
  });
  // While draining, only probes and metrics are served; a new operation gets 503 and the
  // connection is closed after each answer.
  app.addHook("onRequest", async (request, reply) => {
    if (!draining) return;
    void reply.header("connection", "close");
    if (request.url === "/health" || request.url === "/ready" || request.url === "/metrics") return;
    await reply.code(503).send({ errors: [{ message: "The server is shutting down", extensions: { code: "SHUTTING_DOWN" } }] });
  });
  app.get("/health", async () => ({ status: "ok" }));
  app.get("/ready", async (_request, reply) => reply.code(draining ? 503 : 200).send({ status: draining ? "draining" : "ready" }));
  app.get("/metrics", async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
  // The offline explorer, like Sandbox, follows GRAPHQL_INTROSPECTION.
  if (config.introspection) registerGraphiQL(app, { simulator: options.simulator });
  app.route({
    method: ["GET", "POST"],
    url: "/graphql",
    handler(request, reply) {
      inFlight++;
      // One span per GraphQL request; upstream attempts become its children.
      const span = tracer.startSpan("graphql", { kind: SpanKind.SERVER, attributes: { "http.request.method": request.method } });
      spans.set(request, span);
      reply.raw.once("close", () => {
        span.end();
        if (--inFlight === 0) onIdle?.();
      });
      return otelContext.with(trace.setSpan(otelContext.active(), span), () => apolloHandler.call(this, request as never, reply as never));
    },
  });
  // Body failures (413 too large, 400 malformed JSON, 415 other media types) answered as GraphQL errors, never a stack.
  app.setErrorHandler(async (error: FastifyError, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message =
      status === 413
        ? "Request body is larger than 1mb"
        : status === 415
          ? "Send GraphQL requests as application/json"
          : status === 400
            ? "Request body is not valid JSON"
            : "Internal server error";
    return reply.code(status).send({ errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  await app.ready();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${listen.host === "localhost" ? "localhost" : host}:${address.port}/graphql`,
    async stop() {
      draining = true;
      // Stop accepting connections, but keep the open ones (http.Server#close would drop idle
      // keep-alive connections): in-flight operations finish and a probe on one sees /ready 503.
      net.Server.prototype.close.call(httpServer);
      if (!(await idleWithin(config.shutdownTimeoutMs))) {
        // Past the deadline: abort what still waits for Partner Center, so that each operation
        // answers SHUTTING_DOWN, and let those answers reach their clients before the sockets go.
        const cutOff = inFlight;
        client.abortInFlight();
        const answered = await idleWithin(ABORTED_ANSWER_GRACE_MS);
        logger.warn(
          { cutOff, unanswered: answered ? 0 : inFlight, shutdownTimeoutMs: config.shutdownTimeoutMs },
          `shutdown timeout passed: ${cutOff} operation(s) cut off, their upstream calls aborted`,
        );
      }
      httpServer.closeAllConnections();
      await apollo.stop();
      client.close();
    },
  };
}
