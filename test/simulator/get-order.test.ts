import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, errorBody, fixture, orderPath } from "./http-client.js";

const { customers, exampleOrders } = SEED;

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());

const get = (orderId: string, query = "") => call(simulator, "GET", orderPath(customers.example, orderId, query));

describe("GET /customers/{id}/orders/{id}", () => {
  it("answers the order exactly as the collection lists it", async () => {
    const [reservation, subscription] = fixture("orders-collection.json").items;
    expect(await get(exampleOrders.reservation)).toMatchObject({ status: 200, body: reservation });
    expect((await get(exampleOrders.reservation)).body).toEqual(reservation);
    expect((await get(exampleOrders.subscription)).body).toEqual(subscription);
  });

  it("adds prices with include_price=true", async () => {
    const { body } = await get(exampleOrders.subscription, "?include_price=true");
    expect(body.totalPrice).toBe(9);
    expect(body.lineItems[0].pricing).toEqual({ listPrice: 9, price: 9, discountedPrice: 9, extendedPrice: 9, proratedPrice: 9 });
  });

  it("refuses an include_price that is not a boolean", async () => {
    const { status, body } = await get(exampleOrders.subscription, "?include_price=maybe");
    expect(status).toBe(400);
    expect(body).toEqual(errorBody(800002, expect.stringContaining("include_price")));
  });

  it("matches order ids exactly: 33-character tokens are case-sensitive", async () => {
    expect((await get(exampleOrders.reservation.toLowerCase())).status).toBe(404);
  });

  it("finds a percent-encoded id", async () => {
    const encoded = [...exampleOrders.reservation].map((char) => `%${char.charCodeAt(0).toString(16)}`).join("");
    expect((await get(encoded)).body.id).toBe(exampleOrders.reservation);
  });
});
