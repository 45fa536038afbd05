/** GET /metrics: the Prometheus registry (README, Metrics). */
import type { FastifyPluginAsync } from "fastify";
import type { Metrics } from "../metrics.js";

export const metricsPlugin: FastifyPluginAsync<{ metrics: Metrics }> = async (app, { metrics }) => {
  app.get("/metrics", async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
};
