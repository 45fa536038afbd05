import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, getVariableValues } from "graphql";
import type { OperationPlan, RequestContext } from "../../context/index.js";
import { planOperation } from "../../schema/upstream-estimate.js";

/**
 * Before anything runs: walks the operation (schema/upstream-estimate.ts), refuses it when its
 * certain upstream calls exceed MAX_UPSTREAM_CALLS_PER_OPERATION, and hands the plan to the
 * loaders (which lists the operation loads, the price flags it inferred). This is the limit that
 * matters; depth, alias and token limits are set so as never to refuse a document that fits it.
 *
 * The walk depends on the document and its variables only: for an operation without variables it
 * is done once per parsed document (Apollo reuses the DocumentNode of a known query text).
 */
export function upstreamBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const cacheable = !operation.variableDefinitions || operation.variableDefinitions.length === 0;
          const name = operation.name?.value ?? "";
          let plan = cacheable ? plans.get(document)?.get(name) : undefined;
          if (!plan) {
            const fragments: Record<string, FragmentDefinitionNode> = {};
            for (const definition of document.definitions) if (definition.kind === "FragmentDefinition") fragments[definition.name.value] = definition;
            const coerced = cacheable ? { coerced: {} } : getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            // Bad variables are reported by execution (which makes no call); the walk then sees none.
            plan = planOperation(schema, operation, fragments, ("coerced" in coerced ? coerced.coerced : undefined) ?? {});
            if (cacheable) {
              let byName = plans.get(document);
              if (!byName) plans.set(document, (byName = new Map()));
              byName.set(name, plan);
            }
          }
          const allowed = contextValue.maxUpstreamCalls;
          if (plan.calls > allowed) {
            throw new GraphQLError(
              `This operation needs ${plan.calls} upstream calls; at most ${allowed} are allowed (MAX_UPSTREAM_CALLS_PER_OPERATION). Split it into smaller operations.`,
              { extensions: { code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: plan.calls, allowed, http: { status: 400 } } },
            );
          }
          contextValue.loaders.usePlan(plan);
        },
      };
    },
  };
}
