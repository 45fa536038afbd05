/**
 * /graphql, GET and POST: one server span per request (upstream attempts become its children), the
 * per-request context built from the headers (a malformed one is 400 BAD_USER_INPUT), then Apollo.
 */
import type { ApolloServer } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import { type Span, SpanKind, context as otelContext, trace } from "@opentelemetry/api";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { type ContextFactory, MalformedHeaderError, type RequestContext } from "../../context/index.js";
import { toGraphQLError } from "../../errors/index.js";

export const isGraphQLRequest = (request: FastifyRequest): boolean => request.url === "/graphql" || request.url.startsWith("/graphql?");

export const graphqlPlugin: FastifyPluginAsync<{ apollo: ApolloServer<RequestContext>; createContext: ContextFactory }> = async (app, { apollo, createContext }) => {
  const tracer = trace.getTracer("partner-center-graphql");
  const spans = new WeakMap<FastifyRequest, Span>();
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request) => {
      let contextValue: RequestContext;
      try {
        contextValue = createContext(request.headers, spans.get(request));
      } catch (error) {
        if (!(error instanceof MalformedHeaderError)) throw error;
        throw toGraphQLError(error);
      }
      contextValue.span?.setAttribute("ms.correlation_id", contextValue.caller.correlationId);
      return contextValue;
    },
  });
  app.route({
    method: ["GET", "POST"],
    url: "/graphql",
    handler(request, reply) {
      const span = tracer.startSpan("graphql", { kind: SpanKind.SERVER, attributes: { "http.request.method": request.method } });
      spans.set(request, span);
      reply.raw.once("close", () => span.end());
      return otelContext.with(trace.setSpan(otelContext.active(), span), () => apolloHandler.call(this, request as never, reply as never));
    },
  });
};
