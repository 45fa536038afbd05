/**
 * Reading a selection set as execution will, through fragments and inline fragments, honouring
 * `@skip` and `@include` (literal or variable): does it ask for a path of fields? Which fields does
 * it select on a type? The planner reads documents with it before execution (estimate.ts) and the
 * resolvers at run time (price.ts), so both read a selection the same way.
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

/**
 * Every field node selected directly in `sets`, through included fragments (type conditions ignored).
 * A fragment is read once per call, however often it is spread (as graphql-js's collectFields does):
 * a second spread adds only fields already seen, and expanding every spread again is exponential in
 * a document of fragments that spread the previous one twice.
 */
function forEachField(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Fragments,
  variables: Variables,
  visit: (field: FieldNode) => boolean | void,
): boolean {
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        if (visit(selection) === true) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (walk(selection.selectionSet)) return true;
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        if (walk(fragments[selection.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return sets.some((set) => walk(set));
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
  // Each fragment once per collection, as graphql-js does (see forEachField).
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const group = fields.get(key);
        if (group) group.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) walk(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && !visited.has(fragment.name.value) && applies(fragment.typeCondition.name.value)) {
          visited.add(fragment.name.value);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  for (const set of sets) walk(set);
  return fields;
}
