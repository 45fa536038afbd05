/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An RFC 3339 date-time, e.g. 2018-03-06T17:37:05.253-08:00. Kept exactly as Partner Center gave it: the same instant, offset and precision. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** How often an order is billed. Read case-insensitively from Partner Center (`one_time`, `OneTime`, `Annual`); anything unrecognised is UNKNOWN. */
export type BillingCycle =
  /** Billed every year (`annual`). */
  | 'ANNUAL'
  /** Billed every two years (`biennial`). */
  | 'BIENNIAL'
  /** Billed every month (`monthly`). */
  | 'MONTHLY'
  /** No billing cycle applies (`none`). */
  | 'NONE'
  /** Billed once (`one_time`), e.g. software and reserved instances. */
  | 'ONE_TIME'
  /** Billed every three years (`triennial`). */
  | 'TRIENNIAL'
  /** Partner Center sent `unknown`, or a value this API does not recognise. */
  | 'UNKNOWN';

/** The client application an order was placed from. */
export type ClientContext = {
  __typename?: 'ClientContext';
  /** Device family of the client, e.g. UniversalStore-PartnerCenter. */
  deviceFamily?: Maybe<Scalars['String']['output']>;
  /** Marketplace country of the client (ISO 3166 alpha-2). */
  marketplaceCountry?: Maybe<Scalars['String']['output']>;
  /** Name of the client, e.g. Partner Center API. */
  name?: Maybe<Scalars['String']['output']>;
};

/** The client application context to set on an order. */
export type ClientContextInput = {
  /** Device family of the client. */
  deviceFamily?: InputMaybe<Scalars['String']['input']>;
  /** Marketplace country of the client (ISO 3166 alpha-2). */
  marketplaceCountry?: InputMaybe<Scalars['String']['input']>;
  /** Name of the client. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A customer of the partner. Its orders are read from Partner Center when asked for. */
export type Customer = {
  __typename?: 'Customer';
  /** Partner Center customer id (tenant id), e.g. b0d70a69-4c42-4b27-b17b-91a835d8686a. */
  id: Scalars['ID']['output'];
  /** One order of this customer; null when it does not exist. */
  order?: Maybe<Order>;
  /** The customer's orders: GET /customers/{id}/orders. Null, with an error, when that call fails. */
  orders?: Maybe<OrderCollection>;
};


/** A customer of the partner. Its orders are read from Partner Center when asked for. */
export type CustomerOrderArgs = {
  id: Scalars['ID']['input'];
  includePrice?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A customer of the partner. Its orders are read from Partner Center when asked for. */
export type CustomerOrdersArgs = {
  billingType?: InputMaybe<BillingCycle>;
  includePrice?: InputMaybe<Scalars['Boolean']['input']>;
  includeSystemPurchases?: InputMaybe<Scalars['Boolean']['input']>;
  indirectResellerId?: InputMaybe<Scalars['String']['input']>;
};

/** A header to send when following a link. */
export type KeyValuePair = {
  __typename?: 'KeyValuePair';
  /** Header name, e.g. MS-ContinuationToken. */
  key: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

/** A Partner Center resource link. The uri is relative to the API's versioned base (no /v1). */
export type Link = {
  __typename?: 'Link';
  /** Request body to send, when the link needs one. */
  body?: Maybe<Scalars['String']['output']>;
  /** Headers to send with the request; empty when none. */
  headers: Array<KeyValuePair>;
  /** HTTP method to use: GET, PATCH… */
  method: Scalars['String']['output'];
  /** Relative URI of the linked resource, e.g. /customers/{id}/orders/{orderId}. */
  uri: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes an order: PATCH /customers/{customerId}/orders/{orderId}; returns the order as Partner Center returns it. Retried safely: every attempt carries the same MS-RequestId. */
  updateOrder: Order;
};


export type MutationUpdateOrderArgs = {
  customerId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input: UpdateOrderInput;
  orderId: Scalars['ID']['input'];
};

/** A customer's order in Partner Center. */
export type Order = {
  __typename?: 'Order';
  /** Short alternate id of the order (12 hex characters). */
  alternateId?: Maybe<Scalars['String']['output']>;
  /** Metadata: etag and object type. */
  attributes?: Maybe<ResourceAttributes>;
  /** How the order is billed. */
  billingCycle?: Maybe<BillingCycle>;
  /** The client application the order was placed from. */
  client?: Maybe<ClientContext>;
  /** When the order was created, exactly as Partner Center gave it. */
  creationDate?: Maybe<Scalars['DateTime']['output']>;
  /** Currency of the order (ISO 4217), e.g. USD. */
  currencyCode?: Maybe<Scalars['String']['output']>;
  /** Symbol of the currency, e.g. $. */
  currencySymbol?: Maybe<Scalars['String']['output']>;
  /** The customer the order belongs to. */
  customer: Customer;
  /** Order id: opaque (GUIDs, 33-character tokens…). */
  id: Scalars['ID']['output'];
  /** Lines of the order; empty when Partner Center sent none. */
  lineItems: Array<OrderLineItem>;
  /** Links to the order, its provisioning status and its PATCH operation. */
  links?: Maybe<OrderLinks>;
  /** Customer id the order refers to. */
  referenceCustomerId?: Maybe<Scalars['String']['output']>;
  /** Where the order stands. */
  status?: Maybe<OrderStatus>;
  /** Total price of the order; null unless prices were requested (includePrice). */
  totalPrice?: Maybe<Scalars['Float']['output']>;
  /** UserPurchase, or SystemPurchase / SystemBilling for orders the system created. */
  transactionType?: Maybe<Scalars['String']['output']>;
};

/** A customer's orders as Partner Center listed them. */
export type OrderCollection = {
  __typename?: 'OrderCollection';
  /** The orders. */
  items: Array<Order>;
  /** Number of orders Partner Center reported. */
  totalCount: Scalars['Int']['output'];
};

/** One line of an order: an offer, its quantity and the subscription it created or changed. */
export type OrderLineItem = {
  __typename?: 'OrderLineItem';
  /** Whether the offer's attestation was accepted. */
  attestationAccepted?: Maybe<Scalars['Boolean']['output']>;
  /** Custom end date of the term, when one was set. */
  customTermEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** Display name of the purchase. */
  friendlyName?: Maybe<Scalars['String']['output']>;
  /** Position of the line in its order, from 0. */
  lineItemNumber: Scalars['Int']['output'];
  /** Links to the subscription, catalog item and statuses. */
  links?: Maybe<OrderLineItemLinks>;
  /** Catalog offer id; may contain colons (product:sku:availability). */
  offerId?: Maybe<Scalars['String']['output']>;
  /** For an add-on, the subscription it was added to. */
  parentSubscriptionId?: Maybe<Scalars['String']['output']>;
  /** Partner id (MPN/PartnerID) credited for the line. */
  partnerIdOnRecord?: Maybe<Scalars['String']['output']>;
  /** Prices of the line; null unless prices were requested (includePrice). */
  pricing?: Maybe<Pricing>;
  /** Promotion applied to the line. */
  promotionId?: Maybe<Scalars['String']['output']>;
  /** Offer-specific provisioning values (free-form). */
  provisioningContext?: Maybe<Scalars['JSONObject']['output']>;
  /** Purchase commitment made with the line. */
  purchaseCommitment?: Maybe<PurchaseCommitment>;
  /** Number of licenses or units; 0 once the line is cancelled. */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** What the subscription renews to. */
  renewsTo?: Maybe<RenewsTo>;
  /** Subscription created or changed by this line. */
  subscriptionId?: Maybe<Scalars['String']['output']>;
  /** Term as an ISO 8601 duration (P1M, P1Y, P3Y); may be empty. */
  termDuration?: Maybe<Scalars['String']['output']>;
  /** What the line did: New, Renew, addQuantity… */
  transactionType?: Maybe<Scalars['String']['output']>;
};

/** A line of the order to change or add. An existing lineItemNumber changes that line (quantity, or cancel with the order's status); a line with a parentSubscriptionId buys an add-on. */
export type OrderLineItemInput = {
  /** Whether the offer's attestation is accepted. */
  attestationAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Custom end date of the term (RFC 3339). */
  customTermEndDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Display name of the line. */
  friendlyName?: InputMaybe<Scalars['String']['input']>;
  /** Number of the line to change (from 0); for an add-on, any number not used by the order. */
  lineItemNumber: Scalars['Int']['input'];
  /** Catalog offer id of the line. */
  offerId?: InputMaybe<Scalars['String']['input']>;
  /** For an add-on: the existing subscription it is added to. */
  parentSubscriptionId?: InputMaybe<Scalars['String']['input']>;
  /** Partner id credited for the line. */
  partnerIdOnRecord?: InputMaybe<Scalars['String']['input']>;
  /** Promotion to apply. */
  promotionId?: InputMaybe<Scalars['String']['input']>;
  /** Offer-specific provisioning values (a JSON object). */
  provisioningContext?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Purchase commitment of the line. */
  purchaseCommitment?: InputMaybe<PurchaseCommitmentInput>;
  /** New number of licenses or units; not negative. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** What the subscription renews to. */
  renewsTo?: InputMaybe<RenewsToInput>;
  /** Subscription of the line. */
  subscriptionId?: InputMaybe<Scalars['String']['input']>;
  /** Term as an ISO 8601 duration (P1M, P1Y, P3Y). */
  termDuration?: InputMaybe<Scalars['String']['input']>;
  /** What the line does: New, Renew, addQuantity… */
  transactionType?: InputMaybe<Scalars['String']['input']>;
};

/** Links from an order line item to related resources. */
export type OrderLineItemLinks = {
  __typename?: 'OrderLineItemLinks';
  /** Activation links for the purchased software or service. */
  activationLinks?: Maybe<Link>;
  /** The catalog availability that was purchased. */
  availability?: Maybe<Link>;
  /** The catalog product. */
  product?: Maybe<Link>;
  /** The line's provisioning status. */
  provisioningStatus?: Maybe<Link>;
  /** The catalog SKU. */
  sku?: Maybe<Link>;
  /** The subscription the line created or changed. */
  subscription?: Maybe<Link>;
};

/** Links from an order to related operations. */
export type OrderLinks = {
  __typename?: 'OrderLinks';
  /** Where to PATCH the order (see the updateOrder mutation). */
  patchOperation?: Maybe<Link>;
  /** The order's provisioning status. */
  provisioningStatus?: Maybe<Link>;
  /** The order itself. */
  self?: Maybe<Link>;
};

/** Where an order stands. Partner Center's set is open: values are read case-insensitively and anything unrecognised is UNKNOWN. */
export type OrderStatus =
  /** Every line of the order was cancelled (`cancelled`). */
  | 'CANCELLED'
  /** The order was fulfilled (`completed`). */
  | 'COMPLETED'
  /** The order failed (`error`). */
  | 'ERROR'
  /** Some lines were fulfilled and some were not (`partial_success`). */
  | 'PARTIAL_SUCCESS'
  /** The order is being processed (`pending`). */
  | 'PENDING'
  /** Waiting for a purchase order to be uploaded (`pending_po_upload`). */
  | 'PENDING_PO_UPLOAD'
  /** The order awaits review (`pending_review`). */
  | 'PENDING_REVIEW'
  /** The purchase order was rejected in review (`po_review_rejected`). */
  | 'PO_REVIEW_REJECTED'
  /** The purchase order was uploaded (`po_upload_complete`). */
  | 'PO_UPLOAD_COMPLETE'
  /** The order is suspended (`suspended`). */
  | 'SUSPENDED'
  /** Partner Center sent `unknown`, or a value this API does not recognise. */
  | 'UNKNOWN';

/** Prices of an order line item, in the order's currency. Present only when prices were requested (includePrice). */
export type Pricing = {
  __typename?: 'Pricing';
  /** Price of one unit after discounts. */
  discountedPrice?: Maybe<Scalars['Float']['output']>;
  /** Price of the whole line (unit price × quantity). */
  extendedPrice?: Maybe<Scalars['Float']['output']>;
  /** List price of one unit. */
  listPrice?: Maybe<Scalars['Float']['output']>;
  /** Price of one unit to the partner. */
  price?: Maybe<Scalars['Float']['output']>;
  /** Price of the line prorated to the billing period. */
  proratedPrice?: Maybe<Scalars['Float']['output']>;
};

/** A purchase commitment made with a line item (e.g. Azure savings plans). */
export type PurchaseCommitment = {
  __typename?: 'PurchaseCommitment';
  /** Amount committed per grain. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** Currency of the amount (ISO 4217). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Period the amount applies to, e.g. hourly. */
  grain?: Maybe<Scalars['String']['output']>;
};

/** A purchase commitment to set on a line item. */
export type PurchaseCommitmentInput = {
  /** Amount committed per grain. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Currency of the amount (ISO 4217). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Period the amount applies to, e.g. hourly. */
  grain?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A customer of the partner, by id. No upstream call by itself. */
  customer: Customer;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

/** What a line item's subscription renews to at the end of its term. */
export type RenewsTo = {
  __typename?: 'RenewsTo';
  /** Term of the renewal as an ISO 8601 duration (P1M, P1Y, P3Y). */
  termDuration?: Maybe<Scalars['String']['output']>;
};

/** What a line item's subscription should renew to. */
export type RenewsToInput = {
  /** Term of the renewal as an ISO 8601 duration (P1M, P1Y, P3Y). */
  termDuration?: InputMaybe<Scalars['String']['input']>;
};

/** Partner Center's metadata about a resource. */
export type ResourceAttributes = {
  __typename?: 'ResourceAttributes';
  /** Version tag of the resource; pass it to updateOrder's ifMatch to update only this version. */
  etag?: Maybe<Scalars['String']['output']>;
  /** Type of the resource, e.g. Order. */
  objectType?: Maybe<Scalars['String']['output']>;
};

/** The changes to make to an order; only the fields given are sent to Partner Center. Change the billing cycle (billingCycle + lineItems), buy an add-on (a line with parentSubscriptionId), cancel lines (status CANCELLED + lineItems), cancel a sandbox order (status CANCELLED alone), or change a quantity (lineItems with quantity). */
export type UpdateOrderInput = {
  /** New alternate id. */
  alternateId?: InputMaybe<Scalars['String']['input']>;
  /** New billing cycle (legacy subscriptions); send the affected lineItems too. */
  billingCycle?: InputMaybe<BillingCycle>;
  /** Client application context. */
  client?: InputMaybe<ClientContextInput>;
  /** Currency of the order (ISO 4217). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Lines to change or add. */
  lineItems?: InputMaybe<Array<OrderLineItemInput>>;
  /** Customer id the order refers to. */
  referenceCustomerId?: InputMaybe<Scalars['String']['input']>;
  /** CANCELLED to cancel the listed lines, or the whole order in the integration sandbox. */
  status?: InputMaybe<OrderStatus>;
  /** Transaction type of the order, e.g. UserPurchase. */
  transactionType?: InputMaybe<Scalars['String']['input']>;
};

/** How often an order is billed. Read case-insensitively from Partner Center (`one_time`, `OneTime`, `Annual`); anything unrecognised is UNKNOWN. */
export type BillingCycle =
  /** Billed every year (`annual`). */
  | 'ANNUAL'
  /** Billed every two years (`biennial`). */
  | 'BIENNIAL'
  /** Billed every month (`monthly`). */
  | 'MONTHLY'
  /** No billing cycle applies (`none`). */
  | 'NONE'
  /** Billed once (`one_time`), e.g. software and reserved instances. */
  | 'ONE_TIME'
  /** Billed every three years (`triennial`). */
  | 'TRIENNIAL'
  /** Partner Center sent `unknown`, or a value this API does not recognise. */
  | 'UNKNOWN';

/** The client application context to set on an order. */
export type ClientContextInput = {
  /** Device family of the client. */
  deviceFamily?: string | null | undefined;
  /** Marketplace country of the client (ISO 3166 alpha-2). */
  marketplaceCountry?: string | null | undefined;
  /** Name of the client. */
  name?: string | null | undefined;
};

/** A line of the order to change or add. An existing lineItemNumber changes that line (quantity, or cancel with the order's status); a line with a parentSubscriptionId buys an add-on. */
export type OrderLineItemInput = {
  /** Whether the offer's attestation is accepted. */
  attestationAccepted?: boolean | null | undefined;
  /** Custom end date of the term (RFC 3339). */
  customTermEndDate?: string | null | undefined;
  /** Display name of the line. */
  friendlyName?: string | null | undefined;
  /** Number of the line to change (from 0); for an add-on, any number not used by the order. */
  lineItemNumber: number;
  /** Catalog offer id of the line. */
  offerId?: string | null | undefined;
  /** For an add-on: the existing subscription it is added to. */
  parentSubscriptionId?: string | null | undefined;
  /** Partner id credited for the line. */
  partnerIdOnRecord?: string | null | undefined;
  /** Promotion to apply. */
  promotionId?: string | null | undefined;
  /** Offer-specific provisioning values (a JSON object). */
  provisioningContext?: Record<string, unknown> | null | undefined;
  /** Purchase commitment of the line. */
  purchaseCommitment?: PurchaseCommitmentInput | null | undefined;
  /** New number of licenses or units; not negative. */
  quantity?: number | null | undefined;
  /** What the subscription renews to. */
  renewsTo?: RenewsToInput | null | undefined;
  /** Subscription of the line. */
  subscriptionId?: string | null | undefined;
  /** Term as an ISO 8601 duration (P1M, P1Y, P3Y). */
  termDuration?: string | null | undefined;
  /** What the line does: New, Renew, addQuantity… */
  transactionType?: string | null | undefined;
};

/** Where an order stands. Partner Center's set is open: values are read case-insensitively and anything unrecognised is UNKNOWN. */
export type OrderStatus =
  /** Every line of the order was cancelled (`cancelled`). */
  | 'CANCELLED'
  /** The order was fulfilled (`completed`). */
  | 'COMPLETED'
  /** The order failed (`error`). */
  | 'ERROR'
  /** Some lines were fulfilled and some were not (`partial_success`). */
  | 'PARTIAL_SUCCESS'
  /** The order is being processed (`pending`). */
  | 'PENDING'
  /** Waiting for a purchase order to be uploaded (`pending_po_upload`). */
  | 'PENDING_PO_UPLOAD'
  /** The order awaits review (`pending_review`). */
  | 'PENDING_REVIEW'
  /** The purchase order was rejected in review (`po_review_rejected`). */
  | 'PO_REVIEW_REJECTED'
  /** The purchase order was uploaded (`po_upload_complete`). */
  | 'PO_UPLOAD_COMPLETE'
  /** The order is suspended (`suspended`). */
  | 'SUSPENDED'
  /** Partner Center sent `unknown`, or a value this API does not recognise. */
  | 'UNKNOWN';

/** A purchase commitment to set on a line item. */
export type PurchaseCommitmentInput = {
  /** Amount committed per grain. */
  amount?: number | null | undefined;
  /** Currency of the amount (ISO 4217). */
  currency?: string | null | undefined;
  /** Period the amount applies to, e.g. hourly. */
  grain?: string | null | undefined;
};

/** What a line item's subscription should renew to. */
export type RenewsToInput = {
  /** Term of the renewal as an ISO 8601 duration (P1M, P1Y, P3Y). */
  termDuration?: string | null | undefined;
};

/** The changes to make to an order; only the fields given are sent to Partner Center. Change the billing cycle (billingCycle + lineItems), buy an add-on (a line with parentSubscriptionId), cancel lines (status CANCELLED + lineItems), cancel a sandbox order (status CANCELLED alone), or change a quantity (lineItems with quantity). */
export type UpdateOrderInput = {
  /** New alternate id. */
  alternateId?: string | null | undefined;
  /** New billing cycle (legacy subscriptions); send the affected lineItems too. */
  billingCycle?: BillingCycle | null | undefined;
  /** Client application context. */
  client?: ClientContextInput | null | undefined;
  /** Currency of the order (ISO 4217). */
  currencyCode?: string | null | undefined;
  /** Lines to change or add. */
  lineItems?: Array<OrderLineItemInput> | null | undefined;
  /** Customer id the order refers to. */
  referenceCustomerId?: string | null | undefined;
  /** CANCELLED to cancel the listed lines, or the whole order in the integration sandbox. */
  status?: OrderStatus | null | undefined;
  /** Transaction type of the order, e.g. UserPurchase. */
  transactionType?: string | null | undefined;
};

export type LinkFieldsFragment = { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> };

export type LineItemFieldsFragment = { lineItemNumber: number, offerId: string | null, subscriptionId: string | null, parentSubscriptionId: string | null, termDuration: string | null, transactionType: string | null, friendlyName: string | null, quantity: number | null, partnerIdOnRecord: string | null, promotionId: string | null, attestationAccepted: boolean | null, customTermEndDate: string | null, provisioningContext: Record<string, unknown> | null, purchaseCommitment: { amount: number | null, currency: string | null, grain: string | null } | null, renewsTo: { termDuration: string | null } | null, links: { subscription: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, product: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, sku: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, availability: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, activationLinks: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null };

export type OrderFieldsFragment = { id: string, alternateId: string | null, referenceCustomerId: string | null, billingCycle: BillingCycle | null, status: OrderStatus | null, currencyCode: string | null, currencySymbol: string | null, creationDate: string | null, transactionType: string | null, customer: { id: string }, client: { deviceFamily: string | null, marketplaceCountry: string | null, name: string | null } | null, attributes: { etag: string | null, objectType: string | null } | null, links: { self: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, patchOperation: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null, lineItems: Array<{ lineItemNumber: number, offerId: string | null, subscriptionId: string | null, parentSubscriptionId: string | null, termDuration: string | null, transactionType: string | null, friendlyName: string | null, quantity: number | null, partnerIdOnRecord: string | null, promotionId: string | null, attestationAccepted: boolean | null, customTermEndDate: string | null, provisioningContext: Record<string, unknown> | null, purchaseCommitment: { amount: number | null, currency: string | null, grain: string | null } | null, renewsTo: { termDuration: string | null } | null, links: { subscription: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, product: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, sku: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, availability: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, activationLinks: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null }> };

export type OrderPricesFragment = { totalPrice: number | null, lineItems: Array<{ lineItemNumber: number, pricing: { listPrice: number | null, price: number | null, discountedPrice: number | null, extendedPrice: number | null, proratedPrice: number | null } | null }> };

export type CustomerOrdersQueryVariables = Exact<{
  customerId: string | number;
  indirectResellerId?: string | null | undefined;
  billingType?: BillingCycle | null | undefined;
  includePrice?: boolean | null | undefined;
  includeSystemPurchases?: boolean | null | undefined;
}>;


export type CustomerOrdersQuery = { customer: { id: string, orders: { totalCount: number, items: Array<{ id: string, alternateId: string | null, referenceCustomerId: string | null, billingCycle: BillingCycle | null, status: OrderStatus | null, currencyCode: string | null, currencySymbol: string | null, creationDate: string | null, transactionType: string | null, customer: { id: string }, client: { deviceFamily: string | null, marketplaceCountry: string | null, name: string | null } | null, attributes: { etag: string | null, objectType: string | null } | null, links: { self: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, patchOperation: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null, lineItems: Array<{ lineItemNumber: number, offerId: string | null, subscriptionId: string | null, parentSubscriptionId: string | null, termDuration: string | null, transactionType: string | null, friendlyName: string | null, quantity: number | null, partnerIdOnRecord: string | null, promotionId: string | null, attestationAccepted: boolean | null, customTermEndDate: string | null, provisioningContext: Record<string, unknown> | null, purchaseCommitment: { amount: number | null, currency: string | null, grain: string | null } | null, renewsTo: { termDuration: string | null } | null, links: { subscription: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, product: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, sku: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, availability: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, activationLinks: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null }> }> } | null } };

export type CustomerOrdersWithPricesQueryVariables = Exact<{
  customerId: string | number;
  includePrice?: boolean | null | undefined;
}>;


export type CustomerOrdersWithPricesQuery = { customer: { orders: { totalCount: number, items: Array<{ id: string, totalPrice: number | null, lineItems: Array<{ lineItemNumber: number, pricing: { listPrice: number | null, price: number | null, discountedPrice: number | null, extendedPrice: number | null, proratedPrice: number | null } | null }> }> } | null } };

export type CustomerOrderQueryVariables = Exact<{
  customerId: string | number;
  orderId: string | number;
  includePrice?: boolean | null | undefined;
}>;


export type CustomerOrderQuery = { customer: { id: string, order: { id: string, alternateId: string | null, referenceCustomerId: string | null, billingCycle: BillingCycle | null, status: OrderStatus | null, currencyCode: string | null, currencySymbol: string | null, creationDate: string | null, transactionType: string | null, customer: { id: string }, client: { deviceFamily: string | null, marketplaceCountry: string | null, name: string | null } | null, attributes: { etag: string | null, objectType: string | null } | null, links: { self: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, patchOperation: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null, lineItems: Array<{ lineItemNumber: number, offerId: string | null, subscriptionId: string | null, parentSubscriptionId: string | null, termDuration: string | null, transactionType: string | null, friendlyName: string | null, quantity: number | null, partnerIdOnRecord: string | null, promotionId: string | null, attestationAccepted: boolean | null, customTermEndDate: string | null, provisioningContext: Record<string, unknown> | null, purchaseCommitment: { amount: number | null, currency: string | null, grain: string | null } | null, renewsTo: { termDuration: string | null } | null, links: { subscription: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, product: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, sku: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, availability: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, activationLinks: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null }> } | null } };

export type UpdateOrderMutationVariables = Exact<{
  customerId: string | number;
  orderId: string | number;
  input: UpdateOrderInput;
  idempotencyKey?: string | null | undefined;
  ifMatch?: string | null | undefined;
}>;


export type UpdateOrderMutation = { updateOrder: { id: string, alternateId: string | null, referenceCustomerId: string | null, billingCycle: BillingCycle | null, status: OrderStatus | null, currencyCode: string | null, currencySymbol: string | null, creationDate: string | null, transactionType: string | null, customer: { id: string }, client: { deviceFamily: string | null, marketplaceCountry: string | null, name: string | null } | null, attributes: { etag: string | null, objectType: string | null } | null, links: { self: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, patchOperation: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null, lineItems: Array<{ lineItemNumber: number, offerId: string | null, subscriptionId: string | null, parentSubscriptionId: string | null, termDuration: string | null, transactionType: string | null, friendlyName: string | null, quantity: number | null, partnerIdOnRecord: string | null, promotionId: string | null, attestationAccepted: boolean | null, customTermEndDate: string | null, provisioningContext: Record<string, unknown> | null, purchaseCommitment: { amount: number | null, currency: string | null, grain: string | null } | null, renewsTo: { termDuration: string | null } | null, links: { subscription: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, product: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, sku: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, availability: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, provisioningStatus: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null, activationLinks: { uri: string, method: string, body: string | null, headers: Array<{ key: string, value: string }> } | null } | null }> } };

export const LinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<LinkFieldsFragment, unknown>;
export const LineItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"termDuration"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIdOnRecord"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestationAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customTermEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningContext"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]} as unknown as DocumentNode<LineItemFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alternateId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"billingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"currencySymbol"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFamily"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceCountry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patchOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"termDuration"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIdOnRecord"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestationAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customTermEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningContext"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const OrderPricesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPrices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"pricing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"discountedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"extendedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"proratedPrice"}}]}}]}}]}}]} as unknown as DocumentNode<OrderPricesFragment, unknown>;
export const CustomerOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indirectResellerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCycle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSystemPurchases"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indirectResellerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indirectResellerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingType"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePrice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSystemPurchases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSystemPurchases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"termDuration"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIdOnRecord"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestationAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customTermEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningContext"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alternateId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"billingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"currencySymbol"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFamily"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceCountry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patchOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineItemFields"}}]}}]}}]} as unknown as DocumentNode<CustomerOrdersQuery, CustomerOrdersQueryVariables>;
export const CustomerOrdersWithPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrdersWithPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includePrice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderPrices"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPrices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"pricing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listPrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"discountedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"extendedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"proratedPrice"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOrdersWithPricesQuery, CustomerOrdersWithPricesQueryVariables>;
export const CustomerOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePrice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePrice"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"termDuration"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIdOnRecord"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestationAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customTermEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningContext"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alternateId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"billingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"currencySymbol"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFamily"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceCountry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patchOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineItemFields"}}]}}]}}]} as unknown as DocumentNode<CustomerOrderQuery, CustomerOrderQueryVariables>;
export const UpdateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ifMatch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"ifMatch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ifMatch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItemNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"termDuration"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIdOnRecord"}},{"kind":"Field","name":{"kind":"Name","value":"promotionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestationAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"customTermEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"provisioningContext"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alternateId"}},{"kind":"Field","name":{"kind":"Name","value":"referenceCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"billingCycle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"currencySymbol"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"transactionType"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFamily"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceCountry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etag"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioningStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patchOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineItemFields"}}]}}]}}]} as unknown as DocumentNode<UpdateOrderMutation, UpdateOrderMutationVariables>;