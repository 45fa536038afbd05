import type { ApolloServerPlugin } from "@apollo/server";
import { SpanStatusCode } from "@opentelemetry/api";
import type { RequestContext } from "../../context/index.js";
import type { Logger } from "../logger.js";
import { operationDisplayName } from "../label-values.js";
import type { Metrics } from "../metrics.js";

/**
 * One log line, one metrics sample and the span's attributes per GraphQL operation: name,
 * duration, upstream calls and retries, correlation id, outcome and error codes. Never logs
 * variables, headers or tokens.
 */
export function operationLogPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      metrics.operationsInFlight.inc();
      return {
        async willSendResponse({ contextValue: { caller, span }, operationName, response, errors }) {
          metrics.operationsInFlight.dec();
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          const codes = [
            ...new Set((body?.errors ?? errors ?? []).map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"))),
          ];
          const outcome = codes.length === 0 ? "success" : codes[0]!;
          const durationMs = performance.now() - started;
          const operation = operationDisplayName(operationName);
          metrics.observeOperation(operation, outcome, durationMs / 1000);
          span?.setAttributes({
            "graphql.operation.name": operation,
            "partner_center.upstream_calls": caller.stats.calls,
            "partner_center.retries": caller.stats.retries,
          });
          if (codes.length > 0) span?.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(",") });
          // Built only when it is written: production usually logs at warn.
          if (!logger.isLevelEnabled("info")) return;
          logger.info(
            {
              operation,
              durationMs: Math.round(durationMs * 10) / 10,
              upstreamCalls: caller.stats.calls,
              retries: caller.stats.retries,
              // The caller's own id, and the GUID Partner Center saw when that differs (README, Headers).
              correlationId: caller.callerCorrelationId ?? caller.correlationId,
              ...(caller.callerCorrelationId !== undefined && { upstreamCorrelationId: caller.correlationId }),
              outcome,
              errorCodes: codes,
              // Reads that cost Partner Center nothing: served from the cache, or joined to another's call.
              ...(caller.reads && caller.reads.hits > 0 && { cacheHits: caller.reads.hits }),
              ...(caller.reads && caller.reads.coalesced > 0 && { coalesced: caller.reads.coalesced }),
            },
            "graphql operation",
          );
        },
      };
    },
  };
}
