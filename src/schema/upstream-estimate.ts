/**
 * How many upstream calls an operation will need, computed from the document before anything
 * runs, with the same keys the loaders dedup on: one GET per distinct (customer, filters), one per
 * customer + price flag for order lookups, one PATCH per updateOrder. Order.customer is the same
 * customer as its order, so the customer id is carried down the tree.
 */
import {
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  isObjectType,
} from "graphql";
import { lookupFilter, ordersFilterKey } from "../context/order-loaders.js";
import { childSelections, orderSelectionReadsPrice } from "./selection.js";

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Distinct list calls since the last mutation (a PATCH makes the loaders forget). */
  lists: Set<string>;
  calls: number;
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  const walk: Walk = { schema, fragments, variables, lists: new Set(), calls: 0 };
  visit(walk, operation.selectionSet, root, undefined);
  return walk.calls;
}

function visit(walk: Walk, set: SelectionSetNode, parent: GraphQLObjectType, customerId: string | undefined): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      visit(walk, selection.selectionSet, parent, customerId);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (fragment) visit(walk, fragment.selectionSet, parent, customerId);
      continue;
    }
    const field = parent.getFields()[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const args = argumentsOf(field, selection, walk.variables);
    const child = getNamedType(field.type);
    let childCustomer = customerId;

    const route = `${parent.name}.${field.name}`;
    if (route === "Query._entities") {
      visitEntities(walk, selection.selectionSet, args.representations);
      continue;
    }
    if (route === "Query.customer" && typeof args.id === "string") {
      childCustomer = args.id;
    } else if (route === "Mutation.updateOrder") {
      walk.calls++;
      walk.lists.clear();
      childCustomer = typeof args.customerId === "string" ? args.customerId : undefined;
    } else if (route === "Customer.orders" && customerId !== undefined) {
      const priced =
        typeof args.includePrice === "boolean"
          ? args.includePrice
          : orderSelectionReadsPrice(childSelections([selection.selectionSet], "items", walk.fragments), walk.fragments);
      count(walk, ordersFilterKey({
        customerId,
        indirectResellerId: typeof args.indirectResellerId === "string" ? args.indirectResellerId : undefined,
        billingType: args.billingType as never,
        includePrice: priced,
        includeSystemPurchases: args.includeSystemPurchases === true,
      }));
    } else if (route === "Customer.order" && customerId !== undefined) {
      const priced =
        typeof args.includePrice === "boolean" ? args.includePrice : orderSelectionReadsPrice([selection.selectionSet], walk.fragments);
      count(walk, ordersFilterKey(lookupFilter(customerId, priced)));
    }
    if (isObjectType(child)) visit(walk, selection.selectionSet, child, childCustomer);
  }
}

/**
 * Federation (GRAPHQL_FEDERATION): each Customer representation of `_entities` is one
 * `Query.customer(id:)`, so many representations cost what as many aliases do.
 */
function visitEntities(walk: Walk, set: SelectionSetNode, representations: unknown): void {
  const customer = walk.schema.getType("Customer");
  if (!Array.isArray(representations) || !isObjectType(customer)) return;
  for (const representation of representations) {
    const { __typename, id } = (representation ?? {}) as { __typename?: unknown; id?: unknown };
    if (__typename === "Customer" && (typeof id === "string" || typeof id === "number")) visit(walk, set, customer, String(id));
  }
}

function count(walk: Walk, key: string): void {
  if (walk.lists.has(key)) return;
  walk.lists.add(key);
  walk.calls++;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // invalid arguments are reported by execution; they make no call
  }
}
