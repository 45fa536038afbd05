/**
 * Entry point and the one owner of the lifecycle: start (the embedded Partner Center simulator when
 * PARTNER_CENTER_API_URL is unset or `simulator`, then the facade), ready ("serving GraphQL"), drain
 * and stop (on SIGTERM/SIGINT), each logged once. reflect-metadata first (type-graphql reads
 * decorator metadata), then the validated configuration (config.ts refuses unset in production).
 */
import "reflect-metadata";
import { pathToFileURL } from "node:url";
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";
import type { DestinationStream } from "pino";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { type Logger, type RunningServer, createLogger, startFacade, startTracing } from "./server/index.js";
import type { Clock } from "./partner-center/index.js";
import { type RunningSimulator, startSimulator } from "./simulator/index.js";

export interface Launched {
  server: RunningServer;
  simulator: RunningSimulator | undefined;
  logger: Logger;
  /**
   * The end of the lifecycle: drains the server (the listener closes before this returns its
   * promise), then closes the simulator and tracing. Logs "draining" once and "stopped" once.
   */
  stop(signal?: string): Promise<void>;
}

export interface LaunchOptions {
  /** Where log lines go (stdout by default). */
  logDestination?: DestinationStream;
  /** Replaces the span exporter OTEL_* configures. */
  spanExporter?: SpanExporter;
  /** Where retries, Retry-After, cool-downs and deadlines read time (tests pass a virtual one). */
  clock?: Clock;
}

export async function launch(config: Config, options: LaunchOptions = {}): Promise<Launched> {
  const tracing = await startTracing(config.tracing, options.spanExporter);
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty, destination: options.logDestination });
  let simulator: RunningSimulator | undefined;
  let upstreamUrl = config.partnerCenterApiUrl;
  if (upstreamUrl === undefined) {
    simulator = await startSimulator({ apiVersion: config.partnerCenterApiVersion });
    upstreamUrl = simulator.url;
    logger.info({ simulatorUrl: simulator.url }, "PARTNER_CENTER_API_URL is not set (or is simulator): using the embedded Partner Center simulator");
  }
  const server = await startFacade(config, { upstreamUrl, simulator: simulator !== undefined, logger, clock: options.clock });
  logger.info({ url: server.url }, "serving GraphQL");
  return {
    server,
    simulator,
    logger,
    async stop(signal) {
      // stop() closes the listener synchronously; logging after it means that once this line is
      // out, new connections are refused.
      const drained = server.stop();
      logger.info({ signal }, "draining in-flight requests, then exiting");
      await drained;
      await simulator?.close();
      await tracing?.shutdown();
      logger.info("stopped");
    },
  };
}

/**
 * HOST and PORT can only be proved good by listening: a failure to is reported like any other bad
 * value, as one line naming the variable and what it accepts (README, Configuration).
 */
function listenFailure(error: unknown, config: Config): string | undefined {
  const { code, syscall, hostname, port } = (error ?? {}) as NodeJS.ErrnoException & { hostname?: string; port?: number };
  const host = `HOST=${JSON.stringify(config.host)}`;
  if ((syscall === "getaddrinfo" && hostname === config.host) || code === "EADDRNOTAVAIL") {
    return `Invalid configuration: ${host}: cannot listen on it (${code}): expected a host name or address of this machine, e.g. localhost, 127.0.0.1 or 0.0.0.0`;
  }
  if (syscall === "listen" && port === config.port && (code === "EADDRINUSE" || code === "EACCES")) {
    return `Invalid configuration: PORT=${JSON.stringify(String(config.port))}: cannot listen on it at ${host} (${code}): expected a free port from 0 to 65535 that this user may open`;
  }
  return undefined;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  let launched: Launched;
  try {
    launched = await launch(config);
  } catch (error) {
    const line = listenFailure(error, config);
    if (line === undefined) throw error;
    process.stderr.write(`${line}\n`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    launched.stop(signal).then(
      () => {
        launched.logger.flush();
        process.exit(0);
      },
      (error: unknown) => {
        launched.logger.error({ err: error }, "shutdown failed");
        launched.logger.flush();
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
