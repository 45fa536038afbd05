/**
 * Draining: counts the GraphQL requests in flight and, once shutdown has begun, answers new ones
 * 503 SHUTTING_DOWN while probes and metrics are still served; every answer then closes its connection.
 */
import fp from "fastify-plugin";
import { errorBody } from "../../errors/index.js";
import { isGraphQLRequest } from "./graphql.plugin.js";

/** In-flight GraphQL requests and whether the server is draining; shared by the drain plugin, the probes and stop(). */
export class DrainState {
  draining = false;
  #inFlight = 0;
  #onIdle: (() => void) | undefined;

  get inFlight(): number {
    return this.#inFlight;
  }

  started(): void {
    this.#inFlight++;
  }

  finished(): void {
    if (--this.#inFlight === 0) this.#onIdle?.();
  }

  /** Resolves true once no request is in flight, false when `ms` passed first. */
  idleWithin(ms: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      if (this.#inFlight === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms).unref();
      this.#onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}

const SERVED_WHILE_DRAINING = new Set(["/health", "/ready", "/metrics"]);

export const drainPlugin = fp<{ state: DrainState }>(async (app, { state }) => {
  app.addHook("onRequest", async (request, reply) => {
    if (state.draining) {
      void reply.header("connection", "close");
      if (SERVED_WHILE_DRAINING.has(request.url)) return;
      return reply.code(503).send(errorBody("SHUTTING_DOWN", "The server is shutting down"));
    }
    if (!isGraphQLRequest(request)) return;
    state.started();
    reply.raw.once("close", () => state.finished());
  });
}, { name: "drain" });
