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

/** The provisioning status the stub gives for an order: one line, fulfilled. */
function wireProvisioningStatus(orderId: string): Record<string, unknown> {
  return {
    totalCount: 1,
    items: [{ lineItemNumber: 0, status: "fulfilled", quantityProvisioningInformation: [{ quantity: 5, status: "fulfilled" }], attributes: { objectType: "OrderLineItemProvisioningStatus" } }],
    attributes: { objectType: "Collection" },
    links: { self: { uri: `/orders/${orderId}/provisioningstatus`, method: "GET", headers: [] } },
  };
}

/** The activation links the stub gives for an order: one link for line 0. */
function wireActivationLinks(orderId: string): Record<string, unknown> {
  return {
    totalCount: 1,
    items: [{ lineItemNumber: 0, link: { uri: `https://publisher.example/activate?order=${orderId}`, method: "GET", headers: [] } }],
    attributes: { objectType: "Collection" },
  };
}

const NOT_FOUND = { status: 404, body: { code: 3000, description: "not found", data: [], source: "PartnerFD" } };

/**
 * A stub Partner Center whose customers each have orders `<customer>-o1` and `<customer>-o2`:
 * the list, GET by id, and each order's provisioning status and activation links.
 */
export function startOrdersStub(override?: StubHandler): Promise<StubUpstream> {
  return startStubUpstream(async (request, index) => {
    const replaced = override ? await override(request, index) : undefined;
    if (replaced && (replaced.status !== undefined || replaced.body !== undefined || replaced.hang)) return replaced;
    const match = /^\/v1\/customers\/([^/]+)\/orders(?:\/([^/]+)(?:\/(provisioningstatus|activationlinks))?)?$/.exec(request.path);
    if (!match) return NOT_FOUND;
    const customerId = decodeURIComponent(match[1]!);
    const priced = request.query.include_price === "true";
    const orderIds = [`${customerId}-o1`, `${customerId}-o2`];
    if (match[2] !== undefined) {
      const orderId = decodeURIComponent(match[2]);
      if (!orderIds.includes(orderId)) return NOT_FOUND;
      if (match[3] === "provisioningstatus") return { body: wireProvisioningStatus(orderId) };
      if (match[3] === "activationlinks") return { body: wireActivationLinks(orderId) };
      return { body: wireOrder(customerId, orderId, priced) };
    }
    const items = orderIds.map((orderId) => wireOrder(customerId, orderId, priced));
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

/** For one test: an orders stub and a facade pointed at it, stopped whatever the test does. */
export async function withFacadeOnOrdersStub<T>(env: Record<string, string>, run: (facade: TestFacade, upstream: StubUpstream) => Promise<T>): Promise<T> {
  const upstream = await startOrdersStub();
  const facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, ...env });
  try {
    return await run(facade, upstream);
  } finally {
    await facade.stop();
    await upstream.close();
  }
}
