import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../context/index.js";
import { estimateUpstreamCalls } from "../../schema/upstream-estimate.js";

/**
 * Refuses, before anything runs, an operation whose upstream calls would exceed
 * MAX_UPSTREAM_CALLS_PER_OPERATION. This is the limit that matters; depth, alias and token limits
 * are set so as never to refuse a document that fits it.
 */
export function upstreamBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === "FragmentDefinition" ? [[definition.name.value, definition]] : [],
            ),
          );
          const needed = estimateUpstreamCalls(schema, operation, fragments, request.variables ?? {});
          if (needed > contextValue.maxUpstreamCalls) {
            throw new GraphQLError(
              `This operation needs ${needed} upstream calls; at most ${contextValue.maxUpstreamCalls} are allowed (MAX_UPSTREAM_CALLS_PER_OPERATION). Split it into smaller operations.`,
              { extensions: { code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed, allowed: contextValue.maxUpstreamCalls, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
