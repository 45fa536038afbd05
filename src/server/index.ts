/** The HTTP server: Apollo on /graphql, health, readiness, metrics; logs, metrics and shutdown. */
import type { Config } from "../config.js";
import {
  type Clock,
  MemoryResponseCacheStore,
  MemoryThrottleStore,
  ReadCache,
  RedisResponseCacheStore,
  type ResponseCacheStore,
  systemClock,
  callerKeyFunction,
  PartnerCenterClient,
  RedisThrottleStore,
  Throttle,
  type ThrottleStore,
  type UpstreamObserver,
} from "../partner-center/index.js";
import { type RunningServer, startServer } from "./app.js";
import type { Logger } from "./logger.js";
import { Metrics } from "./metrics.js";

export { createLogger, type Logger } from "./logger.js";
export { startTracing, type Tracing } from "./tracing.js";
export type { RunningServer } from "./app.js";

export interface FacadeOptions {
  /** Base URL of the upstream (the configured Partner Center, or the embedded simulator's). */
  upstreamUrl: string;
  simulator: boolean;
  logger: Logger;
  /** Where retries, Retry-After, cool-downs and deadlines read time (tests pass a virtual one). */
  clock?: Clock;
}

/** At debug level, one log line per upstream attempt: method, path template (never ids), status, duration, attempt. */
function withUpstreamDebugLog(observer: UpstreamObserver, logger: Logger): UpstreamObserver {
  if (!logger.isLevelEnabled("debug")) return observer;
  return {
    ...observer,
    attempt(event) {
      observer.attempt?.(event);
      logger.debug(
        { method: event.method, route: event.route, status: event.status ?? null, durationMs: Math.round(event.durationMs * 10) / 10, attempt: event.attempt, outcome: event.outcome, correlationId: event.callerCorrelationId ?? event.correlationId, ...(event.callerCorrelationId !== undefined && { upstreamCorrelationId: event.correlationId }) },
        "upstream call",
      );
    },
  };
}

/**
 * The throttle's store, chosen once: Redis when REDIS_URL is set (one log line when it becomes
 * available, one per outage and one when it is back; `partner_center_redis_*` metrics), else this process.
 */
async function throttleStore(config: Config, metrics: Metrics, logger: Logger, clock: Clock | undefined): Promise<ThrottleStore> {
  const { ratePerMinute, redisUrl, redisCommandTimeoutMs } = config.throttle;
  if (redisUrl === undefined) return new MemoryThrottleStore({ ratePerMinute, clock });
  const url = new URL(redisUrl);
  const redis = `${url.protocol}//${url.host}${url.pathname}`; // never the credentials
  const { up, fallbacks } = metrics.redisMetrics();
  const store = new RedisThrottleStore({
    url: redisUrl,
    ratePerMinute,
    clock,
    commandTimeoutMs: redisCommandTimeoutMs,
    onAvailability(available, reason) {
      up.set(available ? 1 : 0);
      if (available) logger.info({ redis }, "Redis is available: replicas share the rate budget and 429 cool-downs through it");
      else logger.warn({ redis, reason }, "Redis is unavailable: rate budget and 429 cool-downs are kept in this process until it is back");
    },
    onFallback: () => fallbacks.inc(),
  });
  await store.started;
  return store;
}

/**
 * Shared in-flight GETs and the response cache: in Redis when REDIS_URL is set (on the throttle's
 * connection, this process's store while Redis is away), else in this process.
 */
function readCache(config: Config, store: ThrottleStore, metrics: Metrics, clock: Clock): ReadCache | undefined {
  const { coalesce, cacheTtlMs, cacheMaxBytes, staleIfErrorMs } = config.reads;
  if (!coalesce && cacheTtlMs === 0) return undefined;
  const local = new MemoryResponseCacheStore({ maxBytes: cacheMaxBytes, clock });
  const shared: ResponseCacheStore = store instanceof RedisThrottleStore ? new RedisResponseCacheStore(() => store.connection, local) : local;
  return new ReadCache({ coalesce, ttlMs: cacheTtlMs, staleIfErrorMs, store: shared, clock, observer: metrics.readCacheObserver() });
}

/** Builds the one Partner Center client, its throttle and the metrics, and serves the facade. */
export async function startFacade(config: Config, options: FacadeOptions): Promise<RunningServer> {
  const metrics = new Metrics();
  const store = await throttleStore(config, metrics, options.logger, options.clock);
  const throttle = new Throttle({
    store,
    maxWaitMs: config.upstream.retryAfterMaxWaitMs,
    observer: metrics.throttleObserver(),
    callerKey: callerKeyFunction(config.throttle.callerKeySecret),
    clock: options.clock,
  });
  const client = new PartnerCenterClient({
    baseUrl: options.upstreamUrl,
    apiVersion: config.partnerCenterApiVersion,
    ...config.upstream,
    throttle,
    clock: options.clock,
    reads: readCache(config, store, metrics, options.clock ?? systemClock),
    observer: withUpstreamDebugLog(metrics.upstreamObserver(), options.logger),
  });
  let server: RunningServer;
  try {
    server = await startServer(
      { config, client, simulator: options.simulator, logger: options.logger, metrics, clock: options.clock },
      { port: config.port, host: config.host },
    );
  } catch (error) {
    await throttle.close();
    throw error;
  }
  return {
    ...server,
    // Redis is closed last: draining requests still use it, and it must never hold the process open.
    async stop() {
      await server.stop();
      await throttle.close();
    },
  };
}
