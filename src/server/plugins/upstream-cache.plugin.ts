/**
 * With the response cache on, every response says what it cost Partner Center (README, Response
 * cache): top-level `extensions.upstreamCache = { hits, misses, stale, maxAgeSeconds }`.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context/index.js";

export function upstreamCachePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const reads = contextValue.caller?.reads;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            upstreamCache: {
              hits: reads?.hits ?? 0,
              misses: reads?.misses ?? 0,
              stale: reads?.stale ?? [],
              maxAgeSeconds: Math.floor((reads?.maxAgeMs ?? 0) / 1000),
            },
          };
        },
      };
    },
  };
}
