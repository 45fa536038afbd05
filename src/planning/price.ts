/**
 * include_price inference: a priced read asks Partner Center for prices exactly when the field's
 * selection reads Order.totalPrice or OrderLineItem.pricing (selection.ts), unless the caller said.
 * The walk of the document infers it once per field before execution and records it in the plan;
 * a resolver reads the plan's answer, and walks its own selection only for a field the plan could
 * not key (the same field merged from several nodes).
 */
import type { FieldNode } from "graphql";
import { pricePathOf } from "./costs.js";
import type { OperationPlan } from "./plan.js";
import { type Fragments, type Variables, readsOrderPrice } from "./selection.js";

/** Whether the selection of `Type.field` (its merged nodes) reads an order's prices. */
export function fieldReadsPrice(type: string, field: string, nodes: readonly FieldNode[], fragments: Fragments, variables: Variables): boolean {
  return readsOrderPrice(nodes, pricePathOf(type, field), fragments, variables);
}

/** What a resolver knows of its field: its nodes, the document's fragments, the coerced variables. */
export interface FieldSelection {
  fieldNodes: readonly FieldNode[];
  fragments: Fragments;
  variableValues: Variables;
}

/** At run time: the plan's inference for this field when it made one, else the selection read now. Lazy: asked only when includePrice is omitted. */
export function priceReader(plan: OperationPlan, type: string, field: string, selection: FieldSelection): () => boolean {
  return () => {
    const planned = selection.fieldNodes.length === 1 ? plan.includePriceByField.get(selection.fieldNodes[0]!) : undefined;
    return planned ?? fieldReadsPrice(type, field, selection.fieldNodes, selection.fragments, selection.variableValues);
  };
}
