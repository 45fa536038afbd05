/**
 * `listLagMs`: rehearsing Partner Center's delay before a new order shows in the list, while GET
 * by id (and the order's provisioning status) finds it at once. Off by default.
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import type { OrderModel } from "../../src/partner-center/models.js";
import { SEED, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { call, orderPath, ordersPath } from "./http-client.js";

const { customers, exampleOrders } = SEED;
const FIFTEEN_MINUTES = 15 * 60 * 1000;

let simulator: RunningSimulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

const newOrder = (id: string): OrderModel => ({ id, billingCycle: "monthly", status: "completed", lineItems: [{ lineItemNumber: 0, offerId: "CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK", quantity: 2 }] });

const listedIds = async (running: RunningSimulator): Promise<string[]> =>
  (await call(running, "GET", ordersPath(customers.example))).body.items.map((order: OrderModel) => order.id);

describe("list lag", () => {
  it("shows a new order by id at once and in the list only after the lag, by the simulator's clock", async () => {
    let now = Date.UTC(2026, 0, 1);
    simulator = await startSimulator({ clock: () => now, listLagMs: FIFTEEN_MINUTES });
    // The seed is listed from the start.
    expect(await listedIds(simulator)).toEqual([exampleOrders.reservation, exampleOrders.subscription]);

    simulator.store.addOrder(customers.example, newOrder("new-order"));
    expect((await call(simulator, "GET", orderPath(customers.example, "new-order"))).body.id).toBe("new-order");
    expect((await call(simulator, "GET", `${orderPath(customers.example, "new-order")}/provisioningstatus`)).status).toBe(200);
    expect(await listedIds(simulator)).toEqual([exampleOrders.reservation, exampleOrders.subscription]);

    now += FIFTEEN_MINUTES - 1;
    expect(await listedIds(simulator)).not.toContain("new-order");
    now += 1;
    expect(await listedIds(simulator)).toEqual([exampleOrders.reservation, exampleOrders.subscription, "new-order"]);
  });

  it("lists a new order at once by default", async () => {
    simulator = await startSimulator();
    simulator.store.addOrder(customers.example, newOrder("new-order"));
    expect(await listedIds(simulator)).toContain("new-order");
  });
});
