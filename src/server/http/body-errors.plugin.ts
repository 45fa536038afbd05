/** Body failures (413 too large, 400 malformed JSON, 415 other media types) answered as GraphQL errors, never a stack. */
import type { FastifyError } from "fastify";
import fp from "fastify-plugin";
import { errorBody } from "../../errors/index.js";

function messageFor(status: number): string {
  if (status === 413) return "Request body is larger than 1mb";
  if (status === 415) return "Send GraphQL requests as application/json";
  if (status === 400) return "Request body is not valid JSON";
  return "Internal server error";
}

export const bodyErrorsPlugin = fp(async (app) => {
  app.setErrorHandler(async (error: FastifyError, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return reply.code(status).send(errorBody(status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST", messageFor(status)));
  });
}, { name: "body-errors" });
