/**
 * The data every simulator starts with, the same on every run: Microsoft's example orders in the
 * states their examples start from, plus generated customers that between them hold every billing
 * cycle, every order status, system purchases, indirect-reseller orders, priced lines, and every
 * optional field and link the Order model has. SEED names the ids tests and docs can rely on.
 */
import type { OrderLineItemLinksModel, OrderLineItemModel, OrderLinksModel, OrderModel } from "../partner-center/models.js";
import { orderAfterBillingCycleChangeExample, orderAfterCancelExample, ordersCollectionExample } from "./data/microsoft-examples.js";
import { SeededRandom } from "./random.js";
import type { OrderCancellation, OrderOptions, SimulatorStore } from "./store.js";
import type { WireBillingCycle, WireOrderStatus } from "./wire-enums.js";
import { etagFor, link, linePricing, orderTotal } from "./wire.js";

const CUSTOMERS = {
  /** orders-collection.json's customer, with exactly those two orders. */
  example: "b0d70a69-4c42-4b27-b17b-91a835d8686a",
  /** order-after-cancel.json's customer. */
  cancel: "45411344-b09d-47e7-9653-542006bf9766",
  /** order-after-billing-cycle-change.json's customer. */
  billingCycle: "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04",
  /** An integration-sandbox customer: its orders can be cancelled whole. */
  integrationSandbox: "6b0d549b-6f03-475a-9600-a35a099950d8",
  /** New-commerce (NCE) licences, system renewals and billing, a reseller's orders. */
  fabrikam: "6513270e-269e-4d37-b2a7-4de452e6b438",
  /** Software, Azure reservations, plan and savings plan; EUR. */
  wingtip: "d23f0824-128b-4f33-8c5c-7fd0a6a3a450",
  /** Legacy licence-based subscriptions, including an offer billed monthly only; GBP. */
  tailspin: "9531985d-5d9d-49f8-9818-e811892f902b",
  /** The remaining order statuses. */
  northwind: "36f675cc-81e7-4ef5-a8e2-5d940ed90475",
} as const;

const INDIRECT_RESELLERS = {
  adatum: "8d116ece-1738-47d9-bd9c-172411e20b8f",
  litware: "90c192cf-d3ac-44af-8f21-ddb66cad4a26",
} as const;

/** Offers the seed sells. Those with `billingCycles` cannot be billed on any other cycle. */
const OFFERS = {
  // From Microsoft's examples; the prices are the simulator's, since the examples carry none.
  reservedVmD1ApEast: { offerId: "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", kind: "reservation", friendlyName: "Reserved_VM_Instance_Standard_D1_AP_East_1_Year", listPrice: 612, termDuration: "P1Y" },
  aadPremiumP2: { offerId: "E59159FC-6F67-4599-B3CB-17FF4020F643", kind: "licence", friendlyName: "Azure Active Directory Premium P2", listPrice: 9 },
  sqlServerEnterprise: { offerId: "DG7GMGF0FKZV:0003:DG7GMGF0DWMS", kind: "software", friendlyName: "SQL Server Enterprise - 2 Core License Pack - 3 year", listPrice: 13748, termDuration: "P3Y" },
  windowsServerCal: { offerId: "DG7GMGF0DVT7:000C:DG7GMGF0FVZM", kind: "software", friendlyName: "Windows Server CAL - 1 Device CAL - 3 year", listPrice: 38.5, termDuration: "P3Y" },
  newOfferPurchase: { offerId: "195416C1-3447-423A-B37B-EE59A99A19C4", kind: "licence", friendlyName: "new offer purchase", listPrice: 8 },
  someFriendlyName: { offerId: "2828BE95-46BA-4F91-B2FD-0BEF192ECF60", kind: "licence", friendlyName: "Some friendly name", listPrice: 4 },
  // The simulator's own.
  m365BusinessPremium: { offerId: "CFQ7TTC0LCHC:0002:CFQ7TTC0KBPK", kind: "nce", friendlyName: "Microsoft 365 Business Premium", listPrice: 22, termDuration: "P1M" },
  m365E3: { offerId: "CFQ7TTC0LFLZ:0001:CFQ7TTC0LH1K", kind: "nce", friendlyName: "Microsoft 365 E3", listPrice: 36, termDuration: "P1Y" },
  teamsEssentials: { offerId: "CFQ7TTC0RQN2:0001:CFQ7TTC0RQS4", kind: "nce", friendlyName: "Microsoft Teams Essentials", listPrice: 4, termDuration: "P1M" },
  defenderEndpointP2: { offerId: "CFQ7TTC0HCQH:0001:CFQ7TTC0K4L6", kind: "nce", friendlyName: "Microsoft Defender for Endpoint P2", listPrice: 5.2, termDuration: "P1Y" },
  dynamicsSales: { offerId: "CFQ7TTC0LFK5:0002:CFQ7TTC0MK3V", kind: "nce", friendlyName: "Dynamics 365 Sales Enterprise", listPrice: 95, termDuration: "P3Y", billingCycles: ["monthly", "annual", "triennial"] },
  office365E1: { offerId: "91FD106F-4B2C-4938-95AC-F54F74E9A239", kind: "licence", friendlyName: "Office 365 E1", listPrice: 8 },
  exchangeKiosk: { offerId: "80F12768-D8D9-4E93-99A8-FA2464374D34", kind: "licence", friendlyName: "Exchange Online Kiosk", listPrice: 2, billingCycles: ["monthly"] },
  extraFileStorage: { offerId: "7A2A53C6-E1A6-4B3C-B7A8-A4BA3C4E3F06", kind: "licence", friendlyName: "Office 365 Extra File Storage", listPrice: 0.2 },
  projectPlan3: { offerId: "A10D5E58-74DA-4312-95C8-76BE4E5B75A0", kind: "licence", friendlyName: "Project Plan 3", listPrice: 30, termDuration: "P2Y" },
  windows11Pro: { offerId: "DG7GMGF0DVSV:0004:DG7GMGF0FM8G", kind: "software", friendlyName: "Windows 11 Pro - Upgrade", listPrice: 199, termDuration: "" },
  reservedVmD2sV3: { offerId: "DZH318Z0BQ3Q:00BH:DZH318Z0C25B", kind: "reservation", friendlyName: "Reserved VM Instance, Standard_D2s_v3, US East, 3 Years", listPrice: 1743.12, termDuration: "P3Y" },
  azurePlan: { offerId: "DZH318Z0BPS6:0001:DZH318Z0BXJQ", kind: "azurePlan", friendlyName: "Azure plan", listPrice: 0 },
  computeSavingsPlan: { offerId: "DZH318Z08M0F:0002:DZH318Z0BJ5N", kind: "savingsPlan", friendlyName: "Azure savings plan for compute", listPrice: 365, termDuration: "P1Y" },
} as const satisfies Record<string, CatalogOffer>;

interface CatalogOffer {
  offerId: string;
  /** Decides which fields and links its lines carry. */
  kind: "licence" | "nce" | "software" | "reservation" | "azurePlan" | "savingsPlan";
  friendlyName: string;
  listPrice: number;
  termDuration?: string;
  billingCycles?: readonly WireBillingCycle[];
}

/**
 * Which kinds a PATCH of the order can cancel, after Microsoft's table in "Cancel an order from the
 * integration sandbox" (docs/partner-center.md, Cancelling). Legacy licences and savings plans are
 * not in that table; the simulator lets their orders cancel them, as before.
 */
const ORDER_CANCELLATION: Record<CatalogOffer["kind"], OrderCancellation> = {
  software: "anywhere",
  licence: "anywhere",
  savingsPlan: "anywhere",
  reservation: "sandboxOnly",
  nce: "never",
  azurePlan: "never",
};

const EXAMPLE_ORDERS = {
  reservation: "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1",
  subscription: "eeba9d00-7b46-443a-917e-22887a8fc993",
  cancel: "2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1",
  billingCycle: "cf3b0e37-be0b-4cdd-b584-d1a97d98a922",
} as const;

/** Well-known ids of the seed, one entry per PATCH job docs/partner-center.md lists. */
export const SEED = {
  customers: CUSTOMERS,
  indirectResellers: INDIRECT_RESELLERS,
  /** The two orders of orders-collection.json. */
  exampleOrders: { reservation: EXAMPLE_ORDERS.reservation, subscription: EXAMPLE_ORDERS.subscription },
  jobs: {
    /** PATCH patch-request-billing-cycle.json → order-after-billing-cycle-change.json. */
    billingCycleChange: { customerId: CUSTOMERS.billingCycle, orderId: EXAMPLE_ORDERS.billingCycle },
    /** Changing this order to annual is refused (code 6001): Exchange Online Kiosk is billed monthly only. */
    billingCycleRefused: {
      customerId: CUSTOMERS.tailspin,
      orderId: "0FD630F1-F29D-4DA9-953F-48F1A09F76B5",
      offerId: OFFERS.exchangeKiosk.offerId,
    },
    /** PATCH patch-request-add-on.json: its parent is a subscription of the billing-cycle order. */
    addOn: {
      customerId: CUSTOMERS.billingCycle,
      orderId: "8e81973e-0bec-47b0-b898-d190f9ebdacc",
      parentSubscriptionId: "1C2B75C1-74A5-472A-A729-7F8CEFC477F9",
    },
    /** PATCH patch-request-cancel.json → order-after-cancel.json (inside the window). */
    cancelLines: { customerId: CUSTOMERS.cancel, orderId: EXAMPLE_ORDERS.cancel },
    /** A software order whose cancellation window has passed. */
    cancelOutsideWindow: { customerId: CUSTOMERS.cancel, orderId: "575yx8xm5MslfY5ubiheyEd7P4zDL_ak6" },
    /** `{id, status: "cancelled"}` cancels this integration-sandbox order whole. */
    sandboxCancel: { customerId: CUSTOMERS.integrationSandbox, orderId: "0cb1e29c-658c-4a14-95e6-0af593bd04cf" },
    /** Line 0 holds 10 × Microsoft 365 Business Premium. */
    quantityChange: { customerId: CUSTOMERS.fabrikam, orderId: "a170b338-3926-4059-b28c-105d1fb17c23", lineItemNumber: 0 },
  },
} as const;

interface LineSpec {
  offer: CatalogOffer;
  quantity: number;
  /** Fields beyond what the offer's kind gives (promotion, renewal, custom term end, …). */
  extra?: Partial<OrderLineItemModel>;
  /** Makes the line an add-on of the subscription of this earlier line of the same order. */
  addOnTo?: number;
}

interface OrderSpec extends OrderOptions {
  /** A well-known id; otherwise generated, as a GUID or, with `token`, a 33-character token. */
  id?: string;
  token?: boolean;
  billingCycle: string;
  status: WireOrderStatus;
  transactionType?: "UserPurchase" | "SystemPurchase" | "SystemBilling";
  /** Set when the partner answered the partner-of-record attestation for the order. */
  partnerOnRecordAttestationAccepted?: boolean;
  creationDate: string;
  lines: LineSpec[];
  /** Etag version; 0 = the order has no etag yet. Default 1. */
  version?: number;
  /** Which order links it carries; Partner Center sometimes sends `links: {}`. Default all. */
  links?: "all" | "self" | "none";
}

interface Market {
  currencyCode: string;
  currencySymbol: string;
  country: string;
}

interface CustomerSpec {
  id: string;
  market: Market;
  integrationSandbox?: boolean;
  /** Orders taken from Microsoft's examples, stored before the generated ones. */
  exampleOrders?: { order: OrderModel; options?: OrderOptions }[];
  orders: OrderSpec[];
}

const US: Market = { currencyCode: "USD", currencySymbol: "$", country: "US" };
const DE: Market = { currencyCode: "EUR", currencySymbol: "€", country: "DE" };
const GB: Market = { currencyCode: "GBP", currencySymbol: "£", country: "GB" };

const PROMOTION_ID = "39NFJQT1Q5KV:0002:39NFJQT1P5W5";

/** order-after-cancel.json before the cancel: line 0 still has its one licence pack. */
function orderBeforeCancel(): OrderModel {
  const order: OrderModel = structuredClone(orderAfterCancelExample);
  order.lineItems![0]!.quantity = 1;
  return order;
}

/** order-after-billing-cycle-change.json before the change: monthly, at version 1. */
function orderBeforeBillingCycleChange(): OrderModel {
  const order: OrderModel = structuredClone(orderAfterBillingCycleChangeExample);
  order.billingCycle = "monthly";
  order.attributes = { ...order.attributes, etag: etagFor(EXAMPLE_ORDERS.billingCycle, 1) };
  return order;
}

const CUSTOMER_SPECS: CustomerSpec[] = [
  {
    id: CUSTOMERS.example,
    market: US,
    exampleOrders: structuredClone(ordersCollectionExample.items).map((order) => ({ order })),
    orders: [],
  },
  {
    id: CUSTOMERS.cancel,
    market: US,
    exampleOrders: [{ order: orderBeforeCancel(), options: { cancellationWindowOpen: true } }],
    orders: [
      {
        id: SEED.jobs.cancelOutsideWindow.orderId,
        billingCycle: "one_time",
        status: "completed",
        creationDate: "2019-06-03T10:41:27.4425021Z",
        lines: [{ offer: OFFERS.windowsServerCal, quantity: 10 }],
        version: 0,
        cancellationWindowOpen: false,
      },
    ],
  },
  {
    id: CUSTOMERS.billingCycle,
    market: US,
    exampleOrders: [{ order: orderBeforeBillingCycleChange() }],
    orders: [
      {
        id: SEED.jobs.addOn.orderId,
        billingCycle: "monthly",
        status: "completed",
        creationDate: "2017-02-03T09:12:44.61-08:00",
        lines: [{ offer: OFFERS.office365E1, quantity: 5 }],
      },
    ],
  },
  {
    id: CUSTOMERS.integrationSandbox,
    market: US,
    integrationSandbox: true,
    orders: [
      {
        id: SEED.jobs.sandboxCancel.orderId,
        billingCycle: "one_time",
        status: "completed",
        creationDate: "2024-09-01T08:00:00Z",
        // Reserved instances: the kind only a sandbox order's PATCH can cancel.
        lines: [
          { offer: OFFERS.reservedVmD2sV3, quantity: 5 },
          { offer: OFFERS.reservedVmD1ApEast, quantity: 5 },
        ],
        cancellationWindowOpen: true,
      },
      {
        billingCycle: "one_time",
        status: "pending",
        creationDate: "2024-09-02T08:00:00.5Z",
        lines: [{ offer: OFFERS.sqlServerEnterprise, quantity: 1 }],
        cancellationWindowOpen: true,
      },
    ],
  },
  {
    id: CUSTOMERS.fabrikam,
    market: US,
    orders: [
      {
        id: SEED.jobs.quantityChange.orderId,
        billingCycle: "monthly",
        status: "completed",
        creationDate: "2023-02-14T09:21:44.1234567Z",
        lines: [
          { offer: OFFERS.m365BusinessPremium, quantity: 10 },
          { offer: OFFERS.teamsEssentials, quantity: 3 },
        ],
      },
      {
        token: true,
        billingCycle: "annual",
        status: "pending",
        creationDate: "2023-03-01T16:05:12.8Z",
        indirectResellerId: INDIRECT_RESELLERS.adatum,
        lines: [
          { offer: OFFERS.m365E3, quantity: 25, extra: { promotionId: PROMOTION_ID } },
          { offer: OFFERS.defenderEndpointP2, quantity: 25 },
        ],
        version: 2,
      },
      {
        billingCycle: "triennial",
        status: "completed",
        creationDate: "2023-06-30T08:00:00-07:00",
        indirectResellerId: INDIRECT_RESELLERS.adatum,
        partnerOnRecordAttestationAccepted: true,
        lines: [
          {
            offer: OFFERS.dynamicsSales,
            quantity: 5,
            // An indirect reseller's order credited to the reseller and to an advisor partner too.
            extra: { customTermEndDate: "2026-06-30T00:00:00Z", partnerIdOnRecord: "4847383", additionalPartnerIdsOnRecord: ["5104562", "6123890"] },
          },
        ],
      },
      {
        billingCycle: "monthly",
        status: "completed",
        transactionType: "SystemPurchase",
        creationDate: "2024-02-14T00:00:03Z",
        lines: [{ offer: OFFERS.m365BusinessPremium, quantity: 10, extra: { transactionType: "Renew" } }],
      },
      {
        token: true,
        billingCycle: "unknown",
        status: "completed",
        transactionType: "SystemBilling",
        creationDate: "2024-03-01T00:00:00.000+00:00",
        lines: [{ offer: OFFERS.azurePlan, quantity: 1 }],
        links: "self",
      },
    ],
  },
  {
    id: CUSTOMERS.wingtip,
    market: DE,
    orders: [
      {
        billingCycle: "one_time",
        status: "pending_po_upload",
        creationDate: "2022-11-08T13:45:09.3302Z",
        lines: [
          { offer: OFFERS.windows11Pro, quantity: 20 },
          { offer: OFFERS.sqlServerEnterprise, quantity: 2 },
        ],
        cancellationWindowOpen: true,
      },
      {
        token: true,
        billingCycle: "one_time",
        status: "po_upload_complete",
        creationDate: "2022-11-20T07:12:55.91+01:00",
        indirectResellerId: INDIRECT_RESELLERS.litware,
        lines: [{ offer: OFFERS.reservedVmD2sV3, quantity: 4 }],
      },
      {
        billingCycle: "one_time",
        status: "po_review_rejected",
        creationDate: "2022-12-02T10:00:00+01:00",
        lines: [{ offer: OFFERS.windowsServerCal, quantity: 50 }],
        version: 0,
      },
      {
        billingCycle: "monthly",
        status: "partial_success",
        creationDate: "2023-01-17T18:30:27.447Z",
        lines: [
          { offer: OFFERS.computeSavingsPlan, quantity: 1 },
          { offer: OFFERS.reservedVmD1ApEast, quantity: 2 },
        ],
        version: 3,
      },
      {
        billingCycle: "none",
        status: "completed",
        creationDate: "2021-07-01T00:00:00Z",
        lines: [{ offer: OFFERS.azurePlan, quantity: 1 }],
        links: "none",
      },
    ],
  },
  {
    id: CUSTOMERS.tailspin,
    market: GB,
    orders: [
      {
        id: SEED.jobs.billingCycleRefused.orderId,
        billingCycle: "monthly",
        status: "completed",
        creationDate: "2019-04-23T11:02:37.59Z",
        lines: [
          { offer: OFFERS.exchangeKiosk, quantity: 40 },
          { offer: OFFERS.office365E1, quantity: 12 },
          { offer: OFFERS.extraFileStorage, quantity: 100, addOnTo: 1 },
        ],
      },
      {
        // One documented response spells the cycle "Annual"; clients must cope.
        billingCycle: "Annual",
        status: "completed",
        creationDate: "2019-05-02T15:18:42.1-04:00",
        indirectResellerId: INDIRECT_RESELLERS.litware,
        lines: [{ offer: OFFERS.office365E1, quantity: 30 }],
      },
      {
        billingCycle: "biennial",
        status: "suspended",
        creationDate: "2020-01-10T09:30:00.5+09:00",
        lines: [{ offer: OFFERS.projectPlan3, quantity: 6 }],
      },
      {
        billingCycle: "monthly",
        status: "cancelled",
        creationDate: "2020-08-19T21:00:11Z",
        lines: [
          { offer: OFFERS.aadPremiumP2, quantity: 0 },
          { offer: OFFERS.exchangeKiosk, quantity: 0 },
        ],
        version: 2,
      },
    ],
  },
  {
    id: CUSTOMERS.northwind,
    market: US,
    orders: [
      {
        billingCycle: "annual",
        status: "pending_review",
        creationDate: "2024-05-06T12:00:00.1234Z",
        lines: [
          { offer: OFFERS.m365E3, quantity: 100, extra: { promotionId: PROMOTION_ID } },
          { offer: OFFERS.teamsEssentials, quantity: 100, extra: { termDuration: "P1Y" } },
          { offer: OFFERS.defenderEndpointP2, quantity: 100 },
          { offer: OFFERS.dynamicsSales, quantity: 2, extra: { termDuration: "P1Y" } },
        ],
      },
      {
        token: true,
        billingCycle: "monthly",
        status: "error",
        creationDate: "2024-05-07T03:04:05.6789012+05:30",
        lines: [{ offer: OFFERS.m365BusinessPremium, quantity: 1 }],
        version: 0,
      },
      {
        billingCycle: "triennial",
        status: "completed",
        transactionType: "SystemPurchase",
        creationDate: "2024-06-30T00:00:00Z",
        indirectResellerId: INDIRECT_RESELLERS.adatum,
        lines: [{ offer: OFFERS.dynamicsSales, quantity: 10, extra: { transactionType: "Renew" } }],
      },
      {
        billingCycle: "monthly",
        status: "completed",
        creationDate: "2024-07-15T10:11:12.13-08:00",
        indirectResellerId: INDIRECT_RESELLERS.adatum,
        lines: [{ offer: OFFERS.m365BusinessPremium, quantity: 15, extra: { transactionType: "addQuantity" } }],
      },
    ],
  },
];

const OFFERS_BY_ID = new Map<string, CatalogOffer>(Object.values(OFFERS).map((offer) => [offer.offerId.toUpperCase(), offer]));

/** Example orders carry no prices; they get list prices, shown only with include_price=true. */
function withListPrices(example: OrderModel): OrderModel {
  const order = structuredClone(example);
  for (const line of order.lineItems ?? []) {
    const offer = line.offerId === undefined ? undefined : OFFERS_BY_ID.get(line.offerId.toUpperCase());
    if (offer) line.pricing = linePricing(offer.listPrice, line.quantity ?? 0);
  }
  order.totalPrice = orderTotal(order);
  return order;
}

/** Builds generated orders; every id and price comes from one seeded source. */
class OrderFactory {
  readonly #random = new SeededRandom(0x5eed);

  order(customer: CustomerSpec, spec: OrderSpec): OrderModel {
    const random = this.#random;
    const id = spec.id ?? (spec.token ? random.token33() : random.guid());
    const base = `/customers/${customer.id}/orders/${id}`;
    const isUserPurchase = spec.transactionType === undefined || spec.transactionType === "UserPurchase";
    const order: OrderModel = {
      id,
      alternateId: random.hex12(),
      referenceCustomerId: customer.id,
      billingCycle: spec.billingCycle,
      currencyCode: customer.market.currencyCode,
      currencySymbol: customer.market.currencySymbol,
      lineItems: spec.lines.reduce<OrderLineItemModel[]>(
        (lines, line) => [...lines, this.#line(customer, id, lines, line)],
        [],
      ),
      creationDate: spec.creationDate,
      status: spec.status,
      transactionType: spec.transactionType ?? "UserPurchase",
      ...(spec.partnerOnRecordAttestationAccepted !== undefined && { partnerOnRecordAttestationAccepted: spec.partnerOnRecordAttestationAccepted }),
      links: this.#orderLinks(base, spec.links ?? "all"),
      // The store front an order came from; the system's own orders have none.
      ...(isUserPurchase && {
        client: { marketplaceCountry: customer.market.country, deviceFamily: "UniversalStore-PartnerCenter", name: "Partner Center API" },
      }),
      attributes: { ...(spec.version !== 0 && { etag: etagFor(id, spec.version ?? 1) }), objectType: "Order" },
    };
    order.totalPrice = orderTotal(order);
    return order;
  }

  #orderLinks(base: string, which: "all" | "self" | "none"): OrderLinksModel {
    if (which === "none") return {};
    if (which === "self") return { self: link(base) };
    return { self: link(base), provisioningStatus: link(`${base}/provisioningstatus`), patchOperation: link(base, "PATCH") };
  }

  /** The next line of an order, after `earlier` ones. */
  #line(customer: CustomerSpec, orderId: string, earlier: OrderLineItemModel[], spec: LineSpec): OrderLineItemModel {
    const random = this.#random;
    const { offer, quantity } = spec;
    const lineItemNumber = earlier.length;
    const hasSubscription = offer.kind !== "software";
    const subscriptionId = hasSubscription ? random.guid().toUpperCase() : undefined;
    const parentSubscriptionId = spec.addOnTo === undefined ? undefined : earlier[spec.addOnTo]?.subscriptionId;
    return {
      lineItemNumber,
      offerId: offer.offerId,
      ...(subscriptionId && { subscriptionId }),
      ...(parentSubscriptionId && { parentSubscriptionId }),
      ...(offer.termDuration !== undefined && { termDuration: offer.termDuration }),
      transactionType: "New",
      friendlyName: offer.friendlyName,
      quantity,
      ...this.#kindFields(offer, customer.market),
      pricing: linePricing(offer.listPrice, quantity, random.pick([0, 0.05, 0.1, 0.15]), random.integer(25, 100) / 100),
      ...spec.extra,
      links: this.#lineLinks(customer, orderId, lineItemNumber, offer, subscriptionId),
    };
  }

  /** The fields particular to a kind of offer. */
  #kindFields(offer: CatalogOffer, market: Market): Partial<OrderLineItemModel> {
    const random = this.#random;
    switch (offer.kind) {
      case "nce":
        return { attestationAccepted: true, renewsTo: { termDuration: offer.termDuration ?? "P1M" } };
      case "reservation":
        return {
          provisioningContext: { subscriptionId: random.guid(), scope: "shared", duration: offer.termDuration === "P3Y" ? "3Years" : "1Year" },
        };
      case "savingsPlan":
        return {
          purchaseCommitment: { amount: 0.5, currency: market.currencyCode, grain: "hourly" },
          provisioningContext: { billingScopeId: `/subscriptions/${random.guid()}`, scope: "shared", term: "P1Y" },
        };
      case "licence":
      case "software":
      case "azurePlan":
        return {};
    }
  }

  #lineLinks(customer: CustomerSpec, orderId: string, lineItemNumber: number, offer: CatalogOffer, subscriptionId: string | undefined): OrderLineItemLinksModel {
    const [product, sku, availability] = offer.offerId.split(":");
    const country = `?country=${customer.market.country}`;
    const catalog: OrderLineItemLinksModel =
      sku === undefined
        ? {}
        : {
            product: link(`/products/${product}${country}`),
            sku: link(`/products/${product}/skus/${sku}${country}`),
            availability: link(`/products/${product}/skus/${sku}/availabilities/${availability}${country}`),
          };
    const subscription = subscriptionId && { subscription: link(`/customers/${customer.id}/subscriptions/${subscriptionId}`) };
    const provisioningStatus = subscriptionId && { provisioningStatus: link(`/subscriptions/${subscriptionId}/provisioningstatus`) };
    switch (offer.kind) {
      case "licence":
        return { ...subscription };
      case "nce":
      case "savingsPlan":
        return { ...subscription, ...catalog, ...provisioningStatus };
      case "reservation":
        return { ...catalog, ...provisioningStatus };
      case "azurePlan": {
        const { availability: _availability, ...productAndSku } = catalog;
        return { ...subscription, ...productAndSku };
      }
      case "software":
        return { ...catalog, activationLinks: link(`/customers/${customer.id}/orders/${orderId}/lineitems/${lineItemNumber}/activationlinks`) };
    }
  }
}

/** Fills a store with the seed. Two stores seeded this way hold identical data. */
export function seedStore(store: SimulatorStore): void {
  for (const offer of Object.values(OFFERS)) store.defineOffer({ ...offer, orderCancellation: ORDER_CANCELLATION[offer.kind] });
  const factory = new OrderFactory();
  for (const customer of CUSTOMER_SPECS) {
    store.addCustomer(customer.id, { integrationSandbox: customer.integrationSandbox ?? false });
    for (const { order, options } of customer.exampleOrders ?? []) {
      store.addOrder(customer.id, withListPrices(order), options);
    }
    for (const spec of customer.orders) {
      store.addOrder(customer.id, factory.order(customer, spec), spec);
    }
  }
}
