/**
 * Reading a selection set, through fragments and inline fragments: does it ask for a path of
 * fields? Used to infer includePrice from what the caller reads, at run time (resolvers) and
 * before execution (the upstream-call estimate).
 */
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

export type Fragments = Record<string, FragmentDefinitionNode>;

/** True when some selection in `sets` reads the field path (field names, not aliases). */
export function selectsPath(sets: readonly (SelectionSetNode | undefined)[], path: readonly string[], fragments: Fragments): boolean {
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === head && selectsPath([selection.selectionSet], rest, fragments)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (visit(selection.selectionSet, seen)) return true;
      } else {
        const name = selection.name.value;
        if (!seen.has(name) && visit(fragments[name]?.selectionSet, new Set(seen).add(name))) return true;
      }
    }
    return false;
  };
  return sets.some((set) => visit(set, new Set()));
}

/** Prices are fetched when the caller reads Order.totalPrice or OrderLineItem.pricing. */
export const ORDER_PRICE_PATHS = [["totalPrice"], ["lineItems", "pricing"]] as const;

export function orderSelectionReadsPrice(sets: readonly (SelectionSetNode | undefined)[], fragments: Fragments): boolean {
  return ORDER_PRICE_PATHS.some((path) => selectsPath(sets, path, fragments));
}

/** The selection sets of every `field` selected directly in `sets` (through fragments). */
export function childSelections(sets: readonly (SelectionSetNode | undefined)[], field: string, fragments: Fragments): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === field && selection.selectionSet) found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        visit(fragments[selection.name.value]?.selectionSet, new Set(seen).add(selection.name.value));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}
