/** The HTTP server: Apollo on /graphql, health, readiness, metrics; logs, metrics and shutdown. */
import type { Config } from "../config.js";
import { PartnerCenterClient } from "../partner-center/index.js";
import { type RunningServer, startServer } from "./app.js";
import type { Logger } from "./logger.js";
import { Metrics } from "./metrics.js";

export { createLogger, type Logger } from "./logger.js";
export type { RunningServer } from "./app.js";

export interface FacadeOptions {
  /** Base URL of the upstream (the configured Partner Center, or the embedded simulator's). */
  upstreamUrl: string;
  simulator: boolean;
  logger: Logger;
}

/** Builds the one Partner Center client and the metrics, and serves the facade. */
export async function startFacade(config: Config, options: FacadeOptions): Promise<RunningServer> {
  const metrics = new Metrics();
  const client = new PartnerCenterClient({
    baseUrl: options.upstreamUrl,
    apiVersion: config.partnerCenterApiVersion,
    ...config.upstream,
    observer: metrics.upstreamObserver(),
  });
  return startServer(
    { config, client, simulator: options.simulator, logger: options.logger, metrics },
    { port: config.port, host: config.host },
  );
}
