/**
 * Every /graphql answer carries `ms-correlationid` (README, Headers), also one refused before Apollo
 * runs: a body that is not JSON, a malformed header, a server draining. An absent id is generated
 * here and written into the request, so that the operation's upstream calls use it too.
 */
import fp from "fastify-plugin";
import { correlationIdFor } from "../../context/index.js";
import { isGraphQLRequest } from "./graphql.plugin.js";

export const correlationPlugin = fp(async (app) => {
  app.addHook("onRequest", async (request, reply) => {
    if (!isGraphQLRequest(request)) return;
    const given = request.headers["ms-correlationid"];
    const id = correlationIdFor(given);
    if (given === undefined || given === "") request.headers["ms-correlationid"] = id;
    void reply.header("ms-correlationid", id);
  });
}, { name: "correlation" });
