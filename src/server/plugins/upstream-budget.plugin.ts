import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context/index.js";
import { overLimit, toGraphQLError } from "../../errors/index.js";
import { createPlanner } from "../../planning/index.js";

/**
 * Before anything runs: plans the operation (src/planning/), refuses it when its certain upstream
 * calls exceed MAX_UPSTREAM_CALLS_PER_OPERATION, and hands the plan to the loaders (which lists the
 * operation loads, the price flags it inferred). This is the limit that matters; depth, alias and
 * token limits are set so as never to refuse a document that fits it.
 */
export function upstreamBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  const plan = createPlanner();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const planned = plan(schema, document, operation, request.variables);
          const allowed = contextValue.maxUpstreamCalls;
          if (planned.calls > allowed) {
            const refusal = overLimit(
              `This operation needs ${planned.calls} upstream calls; at most ${allowed} are allowed (MAX_UPSTREAM_CALLS_PER_OPERATION). Split it into smaller operations.`,
              "MAX_UPSTREAM_CALLS_PER_OPERATION",
              { needed: planned.calls, allowed },
              400,
            );
            throw toGraphQLError(refusal);
          }
          contextValue.loaders.usePlan(planned);
        },
      };
    },
  };
}
