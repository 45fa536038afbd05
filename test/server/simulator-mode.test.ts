/**
 * A boot with no PARTNER_CENTER_API_URL: the embedded simulator starts in the same process, the
 * log says so in one line, and a request without Authorization works (demo token).
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { authorizationFingerprint } from "../../src/simulator/index.js";
import { CustomerOrdersDocument } from "../generated/graphql.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";

const CUSTOMER = "b0d70a69-4c42-4b27-b17b-91a835d8686a";

describe("simulator mode", () => {
  let facade: TestFacade;

  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
  });
  afterAll(() => facade.stop());

  it("starts the embedded simulator and says so in one log line", () => {
    const lines = facade.logLines.filter((line) => String(line.msg).includes("simulator"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe("PARTNER_CENTER_API_URL is not set (or is simulator): using the embedded Partner Center simulator");
    expect(facade.launched.simulator).toBeDefined();
  });

  it("answers the README's query for customer b0d70a69-… without any Authorization header", async () => {
    const response = await facade.request(CustomerOrdersDocument, { customerId: CUSTOMER }, {});
    expect(response.body.errors).toBeUndefined();
    const orders = response.body.data!.customer.orders!;
    expect(orders.totalCount).toBe(2);
    expect(orders.items.map((order) => [order.id, order.billingCycle, order.status, order.creationDate])).toEqual([
      ["9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1", "ONE_TIME", "PENDING", "2018-03-15T02:17:15.6455674Z"],
      ["eeba9d00-7b46-443a-917e-22887a8fc993", "MONTHLY", "COMPLETED", "2018-03-06T17:37:05.253-08:00"],
    ]);
    const received = facade.launched.simulator!.requests.at(-1)!;
    // The simulator keeps a fingerprint of the token, never the token.
    expect(received.headers.authorization).toBe(authorizationFingerprint("Bearer simulator-demo-token"));
  });

  it("serves /health and the Sandbox landing page to a browser", async () => {
    const health = await fetch(facade.url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
    const sandbox = await fetch(facade.url, { headers: { accept: "text/html" } });
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).toContain("sandbox");
  });
});
