/**
 * The HTTP app: Fastify with one plugin per concern, registered in the order requests meet them,
 * and the drain that ends it. Fastify rather than express: measured on this machine, express cost
 * about 0.3 ms of CPU more per request (≈ 10% of an order list's whole cost) for the same routes.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import type { Config } from "../config.js";
import { createContextFactory } from "../context/index.js";
import type { Clock, PartnerCenterClient } from "../partner-center/index.js";
import { startApollo } from "./apollo.js";
import { bodyErrorsPlugin } from "./http/body-errors.plugin.js";
import { correlationPlugin } from "./http/correlation.plugin.js";
import { DrainState, drainPlugin } from "./http/drain.plugin.js";
import { graphiqlPlugin } from "./http/graphiql.plugin.js";
import { graphqlPlugin } from "./http/graphql.plugin.js";
import { metricsPlugin } from "./http/metrics.plugin.js";
import { probesPlugin } from "./http/probes.plugin.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";

/** Larger bodies get 413 before they are parsed. */
const MAX_BODY_BYTES = 1024 * 1024;
/** After aborting what is left at the shutdown deadline: time for those SHUTTING_DOWN answers to be written. */
const ABORTED_ANSWER_GRACE_MS = 2000;

export interface ServerOptions {
  config: Config;
  client: PartnerCenterClient;
  /** True when the embedded simulator is the upstream. */
  simulator: boolean;
  logger: Logger;
  metrics: Metrics;
  /** Operation deadlines read it (the system clock by default). */
  clock?: Clock;
}

export interface RunningServer {
  url: string;
  /** Stops accepting, lets in-flight operations finish (within the shutdown deadline), closes. */
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions, listen: { port: number; host: string }): Promise<RunningServer> {
  const { config, client, logger, metrics } = options;
  const apollo = await startApollo(config, logger, metrics);
  const createContext = createContextFactory({
    client,
    simulator: options.simulator,
    maxUpstreamCalls: config.limits.maxUpstreamCallsPerOperation,
    maxOrders: config.limits.maxOrdersPerOperation,
    operationDeadlineMs: config.limits.operationDeadlineMs,
    clock: options.clock,
  });
  const drain = new DrainState();
  let httpServer!: http.Server;
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    // Our own server, so that shutdown can stop accepting while open connections are still served.
    serverFactory: (handler) => (httpServer = http.createServer(handler)),
  });

  await app
    .register(correlationPlugin)
    .register(drainPlugin, { state: drain })
    .register(bodyErrorsPlugin)
    .register(probesPlugin, { state: drain })
    .register(metricsPlugin, { metrics })
    .register(graphiqlPlugin, { enabled: config.introspection, simulator: options.simulator })
    .register(graphqlPlugin, { apollo, createContext });

  await app.ready();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${listen.host === "localhost" ? "localhost" : host}:${address.port}/graphql`,
    async stop() {
      drain.draining = true;
      // Stop accepting connections, but keep the open ones (http.Server#close would drop idle
      // keep-alive connections): in-flight operations finish and a probe on one sees /ready 503.
      net.Server.prototype.close.call(httpServer);
      if (!(await drain.idleWithin(config.shutdownTimeoutMs))) {
        // Past the deadline: abort what still waits for Partner Center, so that each operation
        // answers SHUTTING_DOWN, and let those answers reach their clients before the sockets go.
        const cutOff = drain.inFlight;
        client.abortInFlight();
        const answered = await drain.idleWithin(ABORTED_ANSWER_GRACE_MS);
        logger.warn(
          { cutOff, unanswered: answered ? 0 : drain.inFlight, shutdownTimeoutMs: config.shutdownTimeoutMs },
          `shutdown timeout passed: ${cutOff} operation(s) cut off, their upstream calls aborted`,
        );
      }
      httpServer.closeAllConnections();
      await apollo.stop();
      client.close();
    },
  };
}
