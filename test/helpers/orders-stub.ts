import { afterAll, beforeAll, beforeEach } from "@jest/globals";
import { type TestFacade, startFacade } from "./facade.js";
import { startStubUpstream, type StubHandler, type StubUpstream } from "./stub-upstream.js";

/** An order of customer `customerId`, as Partner Center lists it (prices only when asked). */
export function wireOrder(customerId: string, orderId: string, priced: boolean): Record<string, unknown> {
  return {
    id: orderId,
    referenceCustomerId: customerId,
    billingCycle: "monthly",
    status: "completed",
    currencyCode: "USD",
    transactionType: "UserPurchase",
    ...(priced ? { totalPrice: 12.5 } : {}),
    lineItems: [
      {
        lineItemNumber: 0,
        offerId: "OFFER-1",
        quantity: 5,
        ...(priced ? { pricing: { listPrice: 2.5, price: 2.5, discountedPrice: 2.5, extendedPrice: 12.5, proratedPrice: 12.5 } } : {}),
      },
    ],
    attributes: { objectType: "Order" },
  };
}

/** A stub Partner Center whose customers each have orders `<customer>-o1` and `<customer>-o2`. */
export function startOrdersStub(override?: StubHandler): Promise<StubUpstream> {
  return startStubUpstream(async (request, index) => {
    const replaced = override ? await override(request, index) : undefined;
    if (replaced && (replaced.status !== undefined || replaced.body !== undefined || replaced.hang)) return replaced;
    const match = /^\/v1\/customers\/([^/]+)\/orders$/.exec(request.path);
    if (!match) return { status: 404, body: { code: 3000, description: "not found", data: [], source: "PartnerFD" } };
    const customerId = decodeURIComponent(match[1]!);
    const priced = request.query.include_price === "true";
    const items = [wireOrder(customerId, `${customerId}-o1`, priced), wireOrder(customerId, `${customerId}-o2`, priced)];
    return { body: { totalCount: items.length, items, links: { self: { uri: `/customers/${customerId}/orders`, method: "GET", headers: [] } }, attributes: { objectType: "Collection" } } };
  });
}

/**
 * For a describe block: an orders stub and a facade pointed at it, started once, with the stub's
 * record of requests cleared before each test.
 */
export function useFacadeOnOrdersStub(options: { env?: Record<string, string>; override?: StubHandler } = {}): {
  readonly upstream: StubUpstream;
  readonly facade: TestFacade;
} {
  const started = {} as { upstream: StubUpstream; facade: TestFacade };
  beforeAll(async () => {
    started.upstream = await startOrdersStub(options.override);
    started.facade = await startFacade({ PARTNER_CENTER_API_URL: started.upstream.url, ...options.env });
  });
  beforeEach(() => {
    started.upstream.requests.length = 0;
  });
  afterAll(async () => {
    await started.facade?.stop();
    await started.upstream?.close();
  });
  return started;
}
