/**
 * Upstream-call counts for the dedup cases, counted where the upstream received them.
 */
import { describe, expect, it } from "@jest/globals";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

describe("per-request loaders", () => {
  const stub = useFacadeOnOrdersStub();

  it("asks once for the same customer and filters asked twice in one operation", async () => {
    const response = await stub.facade.request(`{
      a: customer(id: "c-1") { orders(billingType: MONTHLY) { totalCount } }
      b: customer(id: "c-1") { orders(billingType: MONTHLY) { items { id } } }
    }`);
    expect(response.body).toEqual({
      data: { a: { orders: { totalCount: 2 } }, b: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] } } },
    });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("asks once per distinct filter", async () => {
    await stub.facade.request(`{
      a: customer(id: "c-1") { orders(billingType: MONTHLY) { totalCount } }
      b: customer(id: "c-1") { orders(billingType: ANNUAL) { totalCount } }
      c: customer(id: "c-2") { orders(billingType: MONTHLY) { totalCount } }
    }`);
    expect(stub.upstream.requests).toHaveLength(3);
  });

  it("answers several Customer.order of one customer with one call", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        x: order(id: "c-1-o1") { id status }
        y: order(id: "c-1-o2") { id }
        z: order(id: "missing") { id }
      }
    }`);
    expect(response.body).toEqual({
      data: { customer: { x: { id: "c-1-o1", status: "COMPLETED" }, y: { id: "c-1-o2" }, z: null } },
    });
    expect(stub.upstream.requests.map((request) => request.url)).toEqual([
      "/v1/customers/c-1/orders?include_price=false&include_system_purchases=true",
    ]);
  });

  it("primes orders a list returned, so a lookup of one of them costs nothing more", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        orders { items { id } }
        order(id: "c-1-o2") { id billingCycle }
      }
    }`);
    expect(response.body).toEqual({
      data: { customer: { orders: { items: [{ id: "c-1-o1" }, { id: "c-1-o2" }] }, order: { id: "c-1-o2", billingCycle: "MONTHLY" } } },
    });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("primes whatever the field order: a lookup written before the list waits for it", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") {
        order(id: "c-1-o1") { id }
        orders { totalCount }
      }
    }`);
    expect(response.body).toEqual({ data: { customer: { order: { id: "c-1-o1" }, orders: { totalCount: 2 } } } });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("keeps Order.customer on the same customer without another call", async () => {
    const response = await stub.facade.request(`{
      customer(id: "c-1") { orders { items { id customer { id orders { totalCount } } } } }
    }`);
    expect(response.body.data).toEqual({
      customer: {
        orders: {
          items: [
            { id: "c-1-o1", customer: { id: "c-1", orders: { totalCount: 2 } } },
            { id: "c-1-o2", customer: { id: "c-1", orders: { totalCount: 2 } } },
          ],
        },
      },
    });
    expect(stub.upstream.requests).toHaveLength(1);
  });

  it("does not share results between operations", async () => {
    await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`);
    await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`);
    expect(stub.upstream.requests).toHaveLength(2);
  });
});
