/** The HTTP server: Apollo on /graphql, health, readiness, metrics; logs, metrics and shutdown. */
import type { Config } from "../config.js";
import { PartnerCenterClient, type UpstreamObserver } from "../partner-center/index.js";
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
}

/** At debug level, one log line per upstream attempt: method, path template (never ids), status, duration, attempt. */
function withUpstreamDebugLog(observer: UpstreamObserver, logger: Logger): UpstreamObserver {
  if (!logger.isLevelEnabled("debug")) return observer;
  return {
    ...observer,
    attempt(event) {
      observer.attempt?.(event);
      logger.debug(
        { method: event.method, route: event.route, status: event.status ?? null, durationMs: Math.round(event.durationMs * 10) / 10, attempt: event.attempt, outcome: event.outcome, correlationId: event.correlationId },
        "upstream call",
      );
    },
  };
}

/** Builds the one Partner Center client and the metrics, and serves the facade. */
export async function startFacade(config: Config, options: FacadeOptions): Promise<RunningServer> {
  const metrics = new Metrics();
  const client = new PartnerCenterClient({
    baseUrl: options.upstreamUrl,
    apiVersion: config.partnerCenterApiVersion,
    ...config.upstream,
    observer: withUpstreamDebugLog(metrics.upstreamObserver(), options.logger),
  });
  return startServer(
    { config, client, simulator: options.simulator, logger: options.logger, metrics },
    { port: config.port, host: config.host },
  );
}
