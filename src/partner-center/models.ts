/**
 * Raw Partner Center REST shapes, exactly as they travel on the wire (camelCase JSON).
 * Every property may be absent. These are shared with the simulator (same wire format)
 * and are never exposed to GraphQL directly: see mapping.ts.
 */

export interface KeyValuePairModel {
  key: string;
  value: string;
}

export interface LinkModel {
  uri: string;
  method: string;
  headers?: KeyValuePairModel[];
  body?: string;
}

export interface ResourceAttributesModel {
  etag?: string;
  objectType?: string;
}

export interface ClientContextModel {
  deviceFamily?: string;
  marketplaceCountry?: string;
  name?: string;
}

export interface PricingModel {
  listPrice?: number;
  price?: number;
  discountedPrice?: number;
  extendedPrice?: number;
  proratedPrice?: number;
}

export interface PurchaseCommitmentModel {
  amount?: number;
  currency?: string;
  grain?: string;
}

export interface RenewsToModel {
  termDuration?: string;
}

export interface OrderLineItemLinksModel {
  subscription?: LinkModel;
  product?: LinkModel;
  sku?: LinkModel;
  availability?: LinkModel;
  provisioningStatus?: LinkModel;
  activationLinks?: LinkModel;
}

export interface OrderLineItemModel {
  lineItemNumber?: number;
  offerId?: string;
  subscriptionId?: string | null;
  parentSubscriptionId?: string | null;
  termDuration?: string;
  transactionType?: string;
  friendlyName?: string;
  quantity?: number;
  partnerIdOnRecord?: string | null;
  /** Further partners credited for the line (PartnerIDs), besides partnerIdOnRecord. */
  additionalPartnerIdsOnRecord?: string[] | null;
  promotionId?: string;
  attestationAccepted?: boolean;
  customTermEndDate?: string;
  provisioningContext?: Record<string, unknown>;
  pricing?: PricingModel;
  purchaseCommitment?: PurchaseCommitmentModel;
  renewsTo?: RenewsToModel;
  links?: OrderLineItemLinksModel;
  attributes?: ResourceAttributesModel;
}

export interface OrderLinksModel {
  self?: LinkModel;
  provisioningStatus?: LinkModel;
  patchOperation?: LinkModel;
}

export interface OrderModel {
  id?: string | null;
  alternateId?: string;
  referenceCustomerId?: string;
  billingCycle?: string;
  currencyCode?: string;
  currencySymbol?: string;
  creationDate?: string | null;
  status?: string;
  totalPrice?: number;
  transactionType?: string;
  /** Whether the partner accepted the partner-of-record attestation for the order. */
  partnerOnRecordAttestationAccepted?: boolean | null;
  client?: ClientContextModel;
  attributes?: ResourceAttributesModel;
  links?: OrderLinksModel;
  lineItems?: OrderLineItemModel[];
}

export interface CollectionLinksModel {
  self?: LinkModel;
  next?: LinkModel;
  previous?: LinkModel;
}

export interface OrderCollectionModel {
  totalCount?: number;
  items?: OrderModel[];
  links?: CollectionLinksModel;
  attributes?: ResourceAttributesModel;
}

/** Body of a Partner Center 4xx/5xx answer (test/fixtures/partner-center/error-400.json, from Microsoft's docs). */
export interface PartnerCenterErrorModel {
  code?: number | string;
  description?: string;
  data?: unknown[];
  source?: string;
}

/** Body of a throttled (429) answer, which has its own shape (test/fixtures/partner-center/error-429.json). */
export interface ThrottleErrorModel {
  statusCode?: number;
  message?: string;
}

/** The query keys of GET /customers/{id}/orders, spelled as on the wire. */
export const ORDERS_QUERY_KEYS = {
  indirectResellerId: "indirect_reseller_id",
  billingType: "billingType",
  includePrice: "include_price",
  includeSystemPurchases: "include_system_purchases",
} as const;

/** Billing cycles as Partner Center writes them in order bodies (lower snake). */
export const WIRE_BILLING_CYCLES = ["unknown", "monthly", "annual", "none", "one_time", "triennial", "biennial"] as const;

/** Order statuses as Partner Center writes them in order bodies (lower snake; an open set upstream). */
export const WIRE_ORDER_STATUSES = [
  "unknown",
  "completed",
  "pending",
  "pending_po_upload",
  "po_upload_complete",
  "cancelled",
  "partial_success",
  "po_review_rejected",
  "suspended",
  "pending_review",
  "error",
] as const;

export type WireBillingCycle = (typeof WIRE_BILLING_CYCLES)[number];
export type WireOrderStatus = (typeof WIRE_ORDER_STATUSES)[number];

/** Partner Center reads enum values case- and separator-insensitively: `OneTime`, `one_time`, `ONE-TIME`. */
const compact = (value: string): string => value.replace(/[_\-\s]/g, "").toLowerCase();
const byCompactName = <E extends string>(values: readonly E[]): Map<string, E> => new Map(values.map((value) => [compact(value), value]));
const billingCycleByName = byCompactName(WIRE_BILLING_CYCLES);
const orderStatusByName = byCompactName(WIRE_ORDER_STATUSES);

/** The wire billing cycle a value names however it is spelled, or undefined. */
export const readWireBillingCycle = (value: string): WireBillingCycle | undefined => billingCycleByName.get(compact(value));
/** The wire order status a value names however it is spelled, or undefined. */
export const readWireOrderStatus = (value: string): WireOrderStatus | undefined => orderStatusByName.get(compact(value));

/** Provisioning of some of a line's quantity (GET …/orders/{o}/provisioningstatus). */
export interface QuantityProvisioningStatusModel {
  quantity?: number;
  /** e.g. `fulfilled`, `pending`; an open set. */
  status?: string;
}

/** One item of GET /customers/{c}/orders/{o}/provisioningstatus: where one order line stands. */
export interface OrderLineItemProvisioningStatusModel {
  lineItemNumber?: number;
  status?: string;
  quantityProvisioningInformation?: QuantityProvisioningStatusModel[];
  attributes?: ResourceAttributesModel;
}

/** One item of GET /customers/{c}/orders/{o}/activationlinks: a marketplace line's activation link. */
export interface OrderLineItemActivationLinkModel {
  lineItemNumber?: number;
  link?: LinkModel;
  attributes?: ResourceAttributesModel;
}

/** Partner Center's generic collection (`ResourceCollection<T>`). */
export interface ResourceCollectionModel<T> {
  totalCount?: number;
  items?: T[];
  links?: CollectionLinksModel;
  attributes?: ResourceAttributesModel;
}
