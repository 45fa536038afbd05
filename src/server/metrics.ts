/**
 * Prometheus metrics (prom-client) on one registry per server: upstream request durations by
 * route and status, retries, 429s and cool-downs, GraphQL operations by name and outcome, what is
 * in flight, and the default process metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { ReadCacheObserver, ThrottleObserver, UpstreamObserver } from "../partner-center/index.js";
import { ANONYMOUS_OPERATION, BoundedLabelValues, MAX_OPERATION_LABELS } from "./label-values.js";

/** Outcomes are `success` or an error code, all set by this code base: the bound only guards against a bug. */
const MAX_OUTCOME_LABELS = 50;

export class Metrics {
  readonly registry = new Registry();

  readonly upstreamDuration = new Histogram({
    name: "partner_center_request_duration_seconds",
    help: "Duration of one upstream attempt, by method, route template and HTTP status (0 when none).",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly upstreamRetries = new Counter({
    name: "partner_center_retries_total",
    help: "Upstream attempts that failed in a retryable way (5xx, reset, timeout, malformed body, 429).",
    labelNames: ["route"] as const,
    registers: [this.registry],
  });

  readonly throttled = new Counter({
    name: "partner_center_throttled_total",
    help: "429 answers from Partner Center, by whether the Retry-After was waited out.",
    labelNames: ["waited"] as const,
    registers: [this.registry],
  });

  readonly cooldowns = new Counter({
    name: "partner_center_cooldowns_total",
    help: "Upstream calls held back by a caller × customer cool-down after a 429, by whether they waited or failed fast.",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  readonly rateBudgetHolds = new Counter({
    name: "partner_center_rate_budget_holds_total",
    help: "Upstream calls held back by the caller's PARTNER_CENTER_RATE_LIMIT_PER_MINUTE budget, by whether they waited or failed fast.",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  readonly upstreamInFlight = new Gauge({
    name: "partner_center_requests_in_flight",
    help: "Upstream requests in flight.",
    registers: [this.registry],
  });

  readonly upstreamQueued = new Gauge({
    name: "partner_center_requests_queued",
    help: "Upstream requests waiting for a place under UPSTREAM_MAX_CONCURRENCY.",
    registers: [this.registry],
  });

  readonly operations = new Counter({
    name: "graphql_operations_total",
    help: `GraphQL operations, by operation name (the first ${MAX_OPERATION_LABELS} distinct, then other) and outcome (success or the first error code).`,
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: `Duration of GraphQL operations, by operation name (the first ${MAX_OPERATION_LABELS} distinct, then other).`,
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly operationLabels = new BoundedLabelValues(MAX_OPERATION_LABELS, [ANONYMOUS_OPERATION]);
  private readonly outcomeLabels = new BoundedLabelValues(MAX_OUTCOME_LABELS, ["success"]);

  readonly operationsInFlight = new Gauge({
    name: "graphql_operations_in_flight",
    help: "GraphQL operations being executed.",
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One finished GraphQL operation, under bounded label values (label-values.ts). */
  observeOperation(operationName: string, outcome: string, seconds: number): void {
    const operation = this.operationLabels.of(operationName);
    this.operations.inc({ operation, outcome: this.outcomeLabels.of(outcome) });
    this.operationDuration.observe({ operation }, seconds);
  }

  /** Hooks for the Partner Center client. */
  upstreamObserver(): UpstreamObserver {
    return {
      attempt: (event) => {
        this.upstreamDuration.observe(
          { method: event.method, route: event.route, status: String(event.status ?? 0) },
          event.durationMs / 1000,
        );
        if (event.outcome === "retry") this.upstreamRetries.inc({ route: event.route });
      },
      throttled: (event) => this.throttled.inc({ waited: String(event.waited) }),
      inFlight: (delta) => this.upstreamInFlight.inc(delta),
      queued: (delta) => this.upstreamQueued.inc(delta),
    };
  }

  readonly upstreamCache = new Counter({
    name: "partner_center_upstream_cache_total",
    help: "Upstream GETs by what the response cache did: hit, miss (fetched), stale (an expired entry served after a failed refresh), bypass (Cache-Control of the caller).",
    labelNames: ["result"] as const,
    registers: [this.registry],
  });

  readonly upstreamCoalesced = new Counter({
    name: "partner_center_upstream_coalesced_total",
    help: "Upstream GETs that joined an identical call already in flight instead of making their own.",
    registers: [this.registry],
  });

  /** Hooks for shared in-flight reads and the response cache. */
  readCacheObserver(): ReadCacheObserver {
    return {
      cache: (result) => this.upstreamCache.inc({ result }),
      coalesced: () => this.upstreamCoalesced.inc(),
    };
  }

  /** Hooks for the throttle (rate budget and cool-downs). */
  throttleObserver(): ThrottleObserver {
    return {
      held: (event) =>
        (event.reason === "cooldown" ? this.cooldowns : this.rateBudgetHolds).inc({ outcome: event.failedFast ? "failed_fast" : "waited" }),
    };
  }

  /** Registered only when REDIS_URL is set: whether Redis is used, and what was answered without it. */
  redisMetrics(): { up: Gauge; fallbacks: Counter } {
    return {
      up: new Gauge({
        name: "partner_center_redis_up",
        help: "1 while the shared throttle state is read from Redis, 0 while Redis is unavailable and in-process state answers.",
        registers: [this.registry],
      }),
      fallbacks: new Counter({
        name: "partner_center_redis_fallbacks_total",
        help: "Throttle checks and 429 records answered from in-process state because Redis was unavailable.",
        registers: [this.registry],
      }),
    };
  }
}
