/**
 * Builders for expected GraphQL results: every field the test operations select, null unless
 * given. They only spell out the test's expectations; they share no code with the mapping.
 */
export const link = (uri: string, method = "GET", headers: Array<{ key: string; value: string }> = []) => ({
  uri,
  method,
  headers,
  body: null,
});

const NO_LINE_LINKS = { subscription: null, product: null, sku: null, availability: null, provisioningStatus: null, activationLinks: null };

export const lineItem = (fields: Record<string, unknown> & { links?: Record<string, unknown> | null }) => ({
  lineItemNumber: 0,
  offerId: null,
  subscriptionId: null,
  parentSubscriptionId: null,
  termDuration: null,
  transactionType: null,
  friendlyName: null,
  quantity: null,
  partnerIdOnRecord: null,
  promotionId: null,
  attestationAccepted: null,
  customTermEndDate: null,
  provisioningContext: null,
  purchaseCommitment: null,
  renewsTo: null,
  ...fields,
  links: fields.links === null ? null : { ...NO_LINE_LINKS, ...fields.links },
});

export const order = (fields: Record<string, unknown> & { id: string; customerId: string; links?: Record<string, unknown> | null }) => {
  const { customerId, ...rest } = fields;
  return {
    alternateId: null,
    referenceCustomerId: null,
    billingCycle: null,
    status: null,
    currencyCode: null,
    currencySymbol: null,
    creationDate: null,
    transactionType: null,
    client: null,
    attributes: null,
    lineItems: [],
    ...rest,
    customer: { id: customerId },
    links: rest.links === null || rest.links === undefined ? null : { self: null, provisioningStatus: null, patchOperation: null, ...rest.links },
  };
};
