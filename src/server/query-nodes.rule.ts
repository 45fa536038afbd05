/**
 * MAX_QUERY_NODES: the selections an operation has once its fragments are expanded, counted
 * without expanding any fragment twice — a fragment's count is computed once per document and
 * multiplied by its spreads. A document of 25 fragments that each spread the previous one twice is
 * 1 KB of text and 2^25 selections; counting is linear in the text, so it is refused at once,
 * before any other walk (planning, execution) could expand it.
 */
import { type ASTVisitor, type FragmentDefinitionNode, Kind, type SelectionSetNode, type ValidationContext } from "graphql";
import { overLimit, toGraphQLError } from "../errors/index.js";

export function maxQueryNodesRule(max: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      const counted = new Map<string, number>();
      const countFragment = (name: string): number => {
        const known = counted.get(name);
        if (known !== undefined) return known;
        counted.set(name, 0); // a cycle counts nothing here; NoFragmentCyclesRule refuses it
        const count = countSet(fragments.get(name)?.selectionSet);
        counted.set(name, count);
        return count;
      };
      const countSet = (set: SelectionSetNode | undefined): number => {
        let count = 0;
        for (const selection of set?.selections ?? []) {
          if (selection.kind === Kind.FIELD) count += 1 + countSet(selection.selectionSet);
          else if (selection.kind === Kind.INLINE_FRAGMENT) count += countSet(selection.selectionSet);
          else count += countFragment(selection.name.value);
        }
        return count;
      };
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const nodes = countSet(definition.selectionSet);
        if (nodes > max) {
          const found = Number.isSafeInteger(nodes) ? String(nodes) : `more than ${Number.MAX_SAFE_INTEGER}`;
          context.reportError(
            toGraphQLError(overLimit(`Query has ${found} selections once its fragments are expanded; at most ${max} are allowed (MAX_QUERY_NODES).`, "MAX_QUERY_NODES")),
          );
        }
      }
      return false; // nothing below the document needs this rule
    },
  });
}
