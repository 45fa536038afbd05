/**
 * The walk of a document before anything executes: fields merged by response key as execution
 * merges them, @skip/@include honoured, each fragment read once per selection (selection.ts). For
 * every field the cost table (costs.ts) marks, it builds the request the resolver will build
 * (requests.ts) and records it in an OperationPlan, which counts the certain calls (the static
 * refusal of MAX_UPSTREAM_CALLS_PER_OPERATION) and tells the loaders which lists the operation loads.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
} from "graphql";
import { type UpstreamCall, costOf } from "./costs.js";
import { OperationPlan } from "./plan.js";
import { fieldReadsPrice } from "./price.js";
import { type Args, orderRequest, ordersRequest, requestId } from "./requests.js";
import { type Fragments, type Variables, collectFields } from "./selection.js";

/**
 * Per schema: the object types under which a field that calls or roots a customer can be selected.
 * The walk skips every other subtree (links, lines, prices…), which is most of a document.
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
      const direct = Object.keys(type.getFields()).some((name) => {
        const cost = costOf(type.name, name);
        return cost?.call !== undefined || cost?.customers !== undefined;
      });
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

/** The plan of one operation; `variables` are the coerced variable values. */
export function planOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments, variables: Variables): OperationPlan {
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
    const args = field.args.length === 0 ? {} : argumentsOf(field, nodes[0]!, walk.variables);
    const cost = costOf(parent.name, field.name);
    const customers = cost?.customers ? cost.customers(args, customerId) : customerId === undefined ? [] : [customerId];
    if (cost?.call) for (const customer of customers) record(walk, parent.name, field.name, cost.call, customer, args, nodes);

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

function record(walk: Walk, type: string, field: string, call: UpstreamCall, customerId: string, args: Args, nodes: FieldNode[]): void {
  const readsPrice = () => {
    const priced = fieldReadsPrice(type, field, nodes, walk.fragments, walk.variables);
    if (nodes.length === 1) walk.plan.includePriceByField.set(nodes[0]!, priced);
    return priced;
  };
  try {
    if (call.kind === "list") walk.plan.list(ordersRequest(customerId, args, readsPrice));
    else if (call.kind === "lookup") walk.plan.lookup(orderRequest(customerId, args, readsPrice));
    else if (call.kind === "patch") walk.plan.patch(customerId, requestId("orderId", args.orderId));
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

/**
 * Plans operations, remembering the plan of an operation without variables per parsed document
 * (Apollo reuses the DocumentNode of a known query text), since it depends on nothing else.
 */
export function createPlanner(): (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined) => OperationPlan {
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan>>();
  return (schema, document, operation, rawVariables) => {
    const cacheable = !operation.variableDefinitions || operation.variableDefinitions.length === 0;
    const name = operation.name?.value ?? "";
    const known = cacheable ? plans.get(document)?.get(name) : undefined;
    if (known) return known;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === "FragmentDefinition") fragments[definition.name.value] = definition;
    const coerced = cacheable ? { coerced: {} } : getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    // Bad variables are reported by execution (which makes no call); the walk then sees none.
    const plan = planOperation(schema, operation, fragments, ("coerced" in coerced ? coerced.coerced : undefined) ?? {});
    if (cacheable) {
      let byName = plans.get(document);
      if (!byName) plans.set(document, (byName = new Map()));
      byName.set(name, plan);
    }
    return plan;
  };
}
