/**
 * Reading a selection set as execution will, through fragments and inline fragments, honouring
 * `@skip` and `@include` (literal or variable): does it ask for a path of fields? Which fields does
 * it select on a type? Used to infer includePrice at run time (resolvers) and before execution (the
 * walk of upstream-estimate.ts), so both read a selection the same way.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type SelectionSetNode,
  getDirectiveValues,
  isAbstractType,
} from "graphql";

export type Fragments = Record<string, FragmentDefinitionNode>;
export type Variables = Record<string, unknown>;

/** False when `@skip(if: true)` or `@include(if: false)` removes the selection. */
export function isIncluded(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Variables): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** Every field node selected directly in `sets`, through included fragments (type conditions ignored). */
function forEachField(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Fragments,
  variables: Variables,
  visit: (field: FieldNode) => boolean | void,
): boolean {
  const walk = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): boolean => {
    for (const selection of set?.selections ?? []) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        if (visit(selection) === true) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (walk(selection.selectionSet, seen)) return true;
      } else if (!seen.has(selection.name.value)) {
        if (walk(fragments[selection.name.value]?.selectionSet, new Set(seen).add(selection.name.value))) return true;
      }
    }
    return false;
  };
  return sets.some((set) => walk(set, new Set()));
}

/** True when some selection in `sets` reads the field path (field names, not aliases). */
export function selectsPath(
  sets: readonly (SelectionSetNode | undefined)[],
  path: readonly string[],
  fragments: Fragments,
  variables: Variables,
): boolean {
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  return forEachField(sets, fragments, variables, (field) => field.name.value === head && selectsPath([field.selectionSet], rest, fragments, variables));
}

/** Prices are fetched when the caller reads Order.totalPrice or OrderLineItem.pricing. */
export const ORDER_PRICE_PATHS = [["totalPrice"], ["lineItems", "pricing"]] as const;

/** Whether the selection of a field, `pathToOrder` below it, reads an order's prices. */
export function readsOrderPrice(
  fieldNodes: readonly FieldNode[],
  pathToOrder: readonly string[],
  fragments: Fragments,
  variables: Variables,
): boolean {
  let sets: (SelectionSetNode | undefined)[] = fieldNodes.map((node) => node.selectionSet);
  for (const field of pathToOrder) {
    const next: SelectionSetNode[] = [];
    forEachField(sets, fragments, variables, (node) => {
      if (node.name.value === field && node.selectionSet) next.push(node.selectionSet);
    });
    sets = next;
  }
  return ORDER_PRICE_PATHS.some((path) => selectsPath(sets, path, fragments, variables));
}

/**
 * The fields `sets` select on an object type, grouped by response key as execution merges them
 * (graphql-js's collectFields): included selections only, fragments whose type condition applies.
 */
export function collectFields(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Fragments,
  variables: Variables,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const conditional = schema.getType(condition);
    return conditional !== undefined && isAbstractType(conditional) && schema.isSubType(conditional, type);
  };
  const walk = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const group = fields.get(key);
        if (group) group.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) walk(selection.selectionSet, seen);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value) && applies(fragment.typeCondition.name.value)) {
          walk(fragment.selectionSet, new Set(seen).add(fragment.name.value));
        }
      }
    }
  };
  for (const set of sets) walk(set, new Set());
  return fields;
}
