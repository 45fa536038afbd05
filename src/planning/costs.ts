/**
 * The one table of what every field costs upstream, keyed by type and field name. Every field of
 * the schema (the subgraph's included) has an entry: `buildSchema()` refuses a schema with a field
 * missing here or an entry for a field that is gone, so adding a field cannot forget its cost.
 *
 * An entry says which request the field makes (if any) and which customer its subtree is about:
 * - `free`: read from its parent's data, no call;
 * - `list` / `lookup`: GET the customer's orders / one order, once per distinct request (static:
 *   counted before execution); `pricePath` leads from the field's value to its orders, where
 *   include_price is inferred;
 * - `patch`: PATCH the order (static);
 * - `perOrder`: one GET per order the field is selected on (data-dependent: admitted as made);
 * - `customers`: the customer ids the field roots for its subtree (its arguments, or its parent's).
 */
import { type GraphQLSchema, isObjectType } from "graphql";
import { type Args, requestId } from "./requests.js";

export type UpstreamCall =
  | { kind: "list"; pricePath: readonly string[] }
  | { kind: "lookup"; pricePath: readonly string[] }
  | { kind: "patch" }
  | { kind: "perOrder" };

/** Which customers a field's subtree is about, given its arguments and its parent's customer. */
export type CustomerScope = (args: Args, parentCustomerId: string | undefined) => readonly string[];

export interface FieldCost {
  call?: UpstreamCall;
  customers?: CustomerScope;
}

const free: FieldCost = {};
const allFree = (...names: string[]): Record<string, FieldCost> => Object.fromEntries(names.map((name) => [name, free]));

/** Invalid ids root nothing: the field that would call refuses them at run time and makes no call. */
function validIds(values: readonly unknown[]): string[] {
  return values.flatMap((value) => {
    try {
      return [requestId("id", value)];
    } catch {
      return [];
    }
  });
}

export const FIELD_COSTS: Record<string, Record<string, FieldCost>> = {
  Query: {
    customer: { customers: (args) => validIds([args.id]) },
    // Federation (GRAPHQL_FEDERATION=true): representations root their customers, as Query.customer does.
    _entities: {
      customers: (args) =>
        validIds(
          (Array.isArray(args.representations) ? args.representations : [])
            .filter((entity: { __typename?: unknown }) => entity?.__typename === "Customer")
            .map((entity: { id?: unknown }) => entity.id),
        ),
    },
    _service: free,
  },
  Mutation: {
    updateOrder: { call: { kind: "patch" }, customers: (args) => validIds([args.customerId]) },
  },
  Customer: {
    id: free,
    orders: { call: { kind: "list", pricePath: ["items"] } },
    order: { call: { kind: "lookup", pricePath: [] } },
  },
  Order: {
    customer: { customers: (_args, parentCustomerId) => (parentCustomerId === undefined ? [] : [parentCustomerId]) },
    provisioningStatus: { call: { kind: "perOrder" } },
    activationLinks: { call: { kind: "perOrder" } },
    ...allFree(
      "alternateId",
      "attributes",
      "billingCycle",
      "client",
      "creationDate",
      "currencyCode",
      "currencySymbol",
      "id",
      "lineItems",
      "links",
      "partnerOnRecordAttestationAccepted",
      "referenceCustomerId",
      "status",
      "totalPrice",
      "transactionType",
    ),
  },
  OrderCollection: allFree("items", "totalCount"),
  OrderLineItem: allFree(
    "additionalPartnerIdsOnRecord",
    "attestationAccepted",
    "customTermEndDate",
    "friendlyName",
    "lineItemNumber",
    "links",
    "offerId",
    "parentSubscriptionId",
    "partnerIdOnRecord",
    "pricing",
    "promotionId",
    "provisioningContext",
    "purchaseCommitment",
    "quantity",
    "renewsTo",
    "subscriptionId",
    "termDuration",
    "transactionType",
  ),
  OrderLineItemActivationLink: allFree("lineItemNumber", "link"),
  OrderLineItemLinks: allFree("activationLinks", "availability", "product", "provisioningStatus", "sku", "subscription"),
  OrderLineItemProvisioningStatus: allFree("lineItemNumber", "quantityProvisioningInformation", "status"),
  OrderLinks: allFree("patchOperation", "provisioningStatus", "self"),
  QuantityProvisioningStatus: allFree("quantity", "status"),
  ClientContext: allFree("deviceFamily", "marketplaceCountry", "name"),
  KeyValuePair: allFree("key", "value"),
  Link: allFree("body", "headers", "method", "uri"),
  Pricing: allFree("discountedPrice", "extendedPrice", "listPrice", "price", "proratedPrice"),
  PurchaseCommitment: allFree("amount", "currency", "grain"),
  RenewsTo: allFree("termDuration"),
  ResourceAttributes: allFree("etag", "objectType"),
  _Service: allFree("sdl"),
};

/** The entry of `Type.field`, if the table has one. */
export const costOf = (type: string, field: string): FieldCost | undefined => FIELD_COSTS[type]?.[field];

/** The path from a priced field's value to its orders (for includePrice inference). */
export const pricePathOf = (type: string, field: string): readonly string[] => {
  const call = costOf(type, field)?.call;
  return call && "pricePath" in call ? call.pricePath : [];
};

/**
 * `Type.field` of the schema with no entry, and entries of the table's types whose field the
 * schema lacks. Types absent from the schema are ignored (the plain schema has no `_Service`).
 */
export function costTableProblems(schema: GraphQLSchema): { uncosted: string[]; stale: string[] } {
  const uncosted: string[] = [];
  const stale: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const fields = type.getFields();
    for (const name of Object.keys(fields)) if (!costOf(type.name, name)) uncosted.push(`${type.name}.${name}`);
    for (const name of Object.keys(FIELD_COSTS[type.name] ?? {})) if (!(name in fields)) stale.push(`${type.name}.${name}`);
  }
  return { uncosted, stale };
}

/**
 * Throws at schema build time when the table and the schema disagree: a field without a cost, and,
 * for the subgraph (`complete`: every field of the table is in it), an entry of a field that is gone.
 */
export function assertEveryFieldCosted(schema: GraphQLSchema, complete: boolean): GraphQLSchema {
  const problems = costTableProblems(schema);
  const uncosted = problems.uncosted;
  const stale = complete ? problems.stale : [];
  if (uncosted.length || stale.length) {
    throw new Error(
      `src/planning/costs.ts disagrees with the schema: ${[uncosted.length && `no cost for ${uncosted.join(", ")}`, stale.length && `entries for missing fields ${stale.join(", ")}`].filter(Boolean).join("; ")}`,
    );
  }
  return schema;
}
