/** GET /health (200 while the process serves) and GET /ready (200 once started, 503 while draining). */
import type { FastifyPluginAsync } from "fastify";
import type { DrainState } from "./drain.plugin.js";

export const probesPlugin: FastifyPluginAsync<{ state: DrainState }> = async (app, { state }) => {
  app.get("/health", async () => ({ status: "ok" }));
  app.get("/ready", async (_request, reply) => reply.code(state.draining ? 503 : 200).send({ status: state.draining ? "draining" : "ready" }));
};
