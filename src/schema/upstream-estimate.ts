/**
 * The one place that knows what a field costs upstream. Two tables:
 *
 * - CUSTOMER_SCOPES: the fields that root a customer id for their subtree (Query.customer,
 *   Mutation.updateOrder, Order.customer — and Query._entities when federation adds it);
 * - UPSTREAM_FIELDS: the upstream-backed fields, each with the request it makes, built from its
 *   customer, its arguments (defaults applied here only) and whether its selection reads prices.
 *
 * The resolvers build their loader requests through these builders; the walk of a document
 * (planOperation) runs the same builders over the document before anything executes and records
 * them in an OperationPlan, which counts calls with the loaders' own keys (a static refusal of what
 * is certainly over MAX_UPSTREAM_CALLS_PER_OPERATION) and tells the loaders which lists the
 * operation loads (so a lookup knows, deterministically, whether a list may answer it). Fields whose
 * calls depend on data (one per order) are admitted by the loaders as the calls are made.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from "graphql";
import { type OrderKey, type OrdersFilter, OperationPlan } from "../context/order-loaders.js";
import type { BillingCycle } from "../partner-center/index.js";
import { collectFields, readsOrderPrice, type Fragments, type Variables } from "./selection.js";
import { assertId } from "./validation.js";

type Args = Record<string, unknown>;

/** Throws BAD_USER_INPUT (naming the argument) for an id that must not reach a URL. */
const id = (argument: string, value: unknown): string => assertId(argument, typeof value === "string" ? value : "");

/** GET /customers/{id}/orders: the filters of Customer.orders, defaults applied. */
export function ordersRequest(customerId: string, args: Args, readsPrice: () => boolean): OrdersFilter {
  return {
    customerId: id("id", customerId),
    indirectResellerId: args.indirectResellerId == null ? undefined : id("indirectResellerId", args.indirectResellerId),
    billingType: (args.billingType ?? undefined) as BillingCycle | undefined,
    includePrice: typeof args.includePrice === "boolean" ? args.includePrice : readsPrice(),
    includeSystemPurchases: args.includeSystemPurchases === true,
  };
}

/** GET /customers/{id}/orders/{orderId}: the key of Customer.order. */
export function orderRequest(customerId: string, args: Args, readsPrice: () => boolean): OrderKey {
  return {
    customerId: id("id", customerId),
    orderId: id("id", args.id),
    includePrice: typeof args.includePrice === "boolean" ? args.includePrice : readsPrice(),
  };
}

/** Which customers a field's subtree is about, given its arguments and its parent's customer. Invalid ids root nothing. */
export const CUSTOMER_SCOPES: Record<string, (args: Args, parentCustomerId: string | undefined) => readonly string[]> = {
  "Query.customer": (args) => validIds([args.id]),
  "Mutation.updateOrder": (args) => validIds([args.customerId]),
  "Order.customer": (_args, parentCustomerId) => (parentCustomerId === undefined ? [] : [parentCustomerId]),
  "Query._entities": (args) =>
    validIds(
      (Array.isArray(args.representations) ? args.representations : [])
        .filter((entity: { __typename?: unknown }) => entity?.__typename === "Customer")
        .map((entity: { id?: unknown }) => entity.id),
    ),
};

type FieldCost =
  /** Static: one call per distinct request (the loaders' keys). */
  | { kind: "list"; pricePath: readonly string[] }
  | { kind: "lookup"; pricePath: readonly string[] }
  | { kind: "patch" }
  /** Data-dependent: one call per order the field is selected on, admitted at run time. */
  | { kind: "perOrder" };

/** Every field that reaches Partner Center, and how. */
export const UPSTREAM_FIELDS: Record<string, FieldCost> = {
  "Customer.orders": { kind: "list", pricePath: ["items"] },
  "Customer.order": { kind: "lookup", pricePath: [] },
  "Mutation.updateOrder": { kind: "patch" },
  "Order.provisioningStatus": { kind: "perOrder" },
  "Order.activationLinks": { kind: "perOrder" },
};

/** The path from a priced field's value to its orders (for includePrice inference at run time). */
export const pricePathOf = (route: string): readonly string[] => {
  const cost = UPSTREAM_FIELDS[route];
  return cost && "pricePath" in cost ? cost.pricePath : [];
};

function validIds(values: readonly unknown[]): string[] {
  return values.flatMap((value) => {
    try {
      return [id("id", value)];
    } catch {
      return []; // refused by the field that would call; it makes no call
    }
  });
}

/**
 * Per schema: the object types under which an upstream-backed field or a customer scope can be
 * selected. The walk skips every other subtree (links, lines, prices…), which is most of a document.
 */
const reachingTypes = new WeakMap<GraphQLSchema, Set<string>>();

function typesReachingUpstream(schema: GraphQLSchema): Set<string> {
  let reaching = reachingTypes.get(schema);
  if (reaching) return reaching;
  reaching = new Set();
  const objects = Object.values(schema.getTypeMap()).filter(isObjectType).filter((type) => !type.name.startsWith("__"));
  const childTypes = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).flatMap((field) => {
      const child = getNamedType(field.type);
      return isObjectType(child) ? [child] : isAbstractType(child) ? schema.getPossibleTypes(child) : [];
    });
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of objects) {
      if (reaching.has(type.name)) continue;
      const direct = Object.keys(type.getFields()).some((name) => `${type.name}.${name}` in UPSTREAM_FIELDS || `${type.name}.${name}` in CUSTOMER_SCOPES);
      if (direct || childTypes(type).some((child) => reaching!.has(child.name))) {
        reaching.add(type.name);
        changed = true;
      }
    }
  }
  reachingTypes.set(schema, reaching);
  return reaching;
}

interface Walk {
  reaching: Set<string>;
  schema: GraphQLSchema;
  fragments: Fragments;
  variables: Variables;
  plan: OperationPlan;
}

/**
 * Walks an operation as execution will (fields merged by response key, @skip/@include honoured)
 * and records its upstream requests. `variables` are the coerced variable values.
 */
export function planOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
): OperationPlan {
  const plan = new OperationPlan(operation.operation === "query");
  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "query" ? schema.getQueryType() : undefined;
  if (root) visit({ reaching: typesReachingUpstream(schema), schema, fragments, variables, plan }, [operation.selectionSet], root, undefined);
  return plan.finish();
}

function visit(walk: Walk, sets: Parameters<typeof collectFields>[2], parent: GraphQLObjectType, customerId: string | undefined): void {
  if (!walk.reaching.has(parent.name)) return;
  for (const nodes of collectFields(walk.schema, parent, sets, walk.fragments, walk.variables).values()) {
    const field = parent.getFields()[nodes[0]!.name.value];
    if (!field) continue;
    const route = `${parent.name}.${field.name}`;
    const args = field.args.length === 0 ? {} : argumentsOf(field, nodes[0]!, walk.variables);
    const scope = CUSTOMER_SCOPES[route];
    const customers = scope ? scope(args, customerId) : customerId === undefined ? [] : [customerId];
    const cost = UPSTREAM_FIELDS[route];
    if (cost) for (const customer of customers) record(walk, route, cost, customer, args, nodes);

    const child = getNamedType(field.type);
    const subsets = nodes.map((node) => node.selectionSet);
    if (!subsets.some(Boolean)) continue;
    const types = isObjectType(child) ? [child] : isAbstractType(child) ? walk.schema.getPossibleTypes(child) : [];
    for (const type of types) {
      if (customers.length === 0) visit(walk, subsets, type, undefined);
      for (const customer of customers) visit(walk, subsets, type, customer);
    }
  }
}

function record(walk: Walk, route: string, cost: FieldCost, customerId: string, args: Args, nodes: FieldNode[]): void {
  const readsPrice = () => {
    const priced = readsOrderPrice(nodes, pricePathOf(route), walk.fragments, walk.variables);
    if (nodes.length === 1) walk.plan.includePriceByField.set(nodes[0]!, priced);
    return priced;
  };
  try {
    if (cost.kind === "list") walk.plan.list(ordersRequest(customerId, args, readsPrice));
    else if (cost.kind === "lookup") walk.plan.lookup(orderRequest(customerId, args, readsPrice));
    else if (cost.kind === "patch") walk.plan.patch(customerId, id("orderId", args.orderId));
  } catch {
    // an invalid argument: the field refuses it at run time and makes no call
  }
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): Args {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // invalid arguments are reported by execution; they make no call
  }
}
