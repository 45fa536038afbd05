/**
 * The planner on documents (src/planning/): the calls it predicts before execution, with the
 * loaders' own keys, for aliases, fragments, inline fragments, @include/@skip with variables and a
 * nested Order.customer; the include_price it infers per field; and the cost table, which the
 * schema cannot be built without.
 */
import { describe, expect, it } from "@jest/globals";
import { type FieldNode, type OperationDefinitionNode, buildSchema as buildSdl, parse } from "graphql";
import { type OperationPlan, costTableProblems, createPlanner, planOperation } from "../../src/planning/index.js";
import { buildSchema, buildSubgraphSchema } from "../../src/schema/index.js";

const schema = await buildSchema();

function plan(source: string, variables: Record<string, unknown> = {}): OperationPlan {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition")!;
  return createPlanner()(schema, document, operation, variables);
}

describe("calls counted before execution", () => {
  it.each([
    ["one list", `{ customer(id: "c-1") { orders { totalCount } } }`, 1],
    ["the same list under two aliases: one call", `{ customer(id: "c-1") { a: orders { totalCount } b: orders { items { id } } } }`, 1],
    ["two customers under aliases: two calls", `{ a: customer(id: "c-1") { orders { totalCount } } b: customer(id: "c-2") { orders { totalCount } } }`, 2],
    ["a priced and an unpriced list: two calls", `{ customer(id: "c-1") { a: orders { items { id } } b: orders { items { totalPrice } } } }`, 2],
    ["different filters: two calls", `{ customer(id: "c-1") { a: orders { totalCount } b: orders(billingType: MONTHLY) { totalCount } } }`, 2],
    ["a lookup alone: a GET by id", `{ customer(id: "c-1") { order(id: "o-1") { id } } }`, 1],
    ["a lookup a loaded list answers: no call of its own", `{ customer(id: "c-1") { orders { totalCount } order(id: "o-1") { id } } }`, 1],
    ["a priced lookup an unpriced list cannot answer", `{ customer(id: "c-1") { orders { totalCount } order(id: "o-1") { totalPrice { price } } } }`, 2],
    ["the list through a fragment spread twice: one call", `query { customer(id: "c-1") { ...F ...F } } fragment F on Customer { orders { totalCount } }`, 1],
    ["the list in an inline fragment", `{ customer(id: "c-1") { ... on Customer { orders { totalCount } } } }`, 1],
    ["a bad id makes no call", `{ customer(id: "c/../x") { orders { totalCount } } }`, 0],
    ["Order.customer is the order's own customer: the same list, one call", `{ customer(id: "c-1") { orders { items { customer { orders { totalCount } } } } } }`, 1],
    ["Order.customer's order lookup is answered by the list loaded", `{ customer(id: "c-1") { orders { items { customer { order(id: "o-1") { id } } } } } }`, 1],
    ["a per-order read is admitted at run time, not counted here", `{ customer(id: "c-1") { orders { items { provisioningStatus { status } } } } }`, 1],
  ])("%s", (_name, source, calls) => {
    expect(plan(source).calls).toBe(calls);
  });

  it.each([
    [{ withList: true }, 2],
    [{ withList: false }, 1],
  ])("@include(if: $withList) with %j", (variables, calls) => {
    const source = `query Q($withList: Boolean!) { customer(id: "c-1") { a: orders @include(if: $withList) { totalCount } b: orders(billingType: ANNUAL) { totalCount } } }`;
    expect(plan(source, variables).calls).toBe(calls);
  });

  it.each([
    [{ skip: true }, 0],
    [{ skip: false }, 1],
  ])("@skip on a fragment spread with %j", (variables, calls) => {
    const source = `query Q($skip: Boolean!) { customer(id: "c-1") { ...F @skip(if: $skip) } } fragment F on Customer { orders { totalCount } }`;
    expect(plan(source, variables).calls).toBe(calls);
  });

  it("a mutation: each PATCH counts, and a lookup after it is a GET by id (its lists are forgotten)", () => {
    const source = `mutation {
      a: updateOrder(customerId: "c-1", orderId: "o-1", input: { friendlyName: "x" }) { id }
      b: updateOrder(customerId: "c-1", orderId: "o-2", input: { friendlyName: "y" }) { id customer { orders { totalCount } order(id: "o-1") { totalPrice { price } } } }
    }`;
    // two PATCHes, the list after them, and the priced lookup (a mutation's lists never answer lookups)
    expect(plan(source).calls).toBe(4);
  });

  it("a mutation: the PATCH's own answer is primed, so an unpriced read of that order costs nothing more", () => {
    const source = `mutation { updateOrder(customerId: "c-1", orderId: "o-1", input: { friendlyName: "x" }) { customer { order(id: "o-1") { id } } } }`;
    expect(plan(source).calls).toBe(1);
  });

  it("a document of fragments that spread the previous one twice is walked once per fragment", () => {
    const fragments = Array.from({ length: 40 }, (_, i) => (i === 0 ? `fragment F0 on Customer { orders { totalCount } }` : `fragment F${i} on Customer { ...F${i - 1} ...F${i - 1} }`));
    expect(plan(`{ customer(id: "c-1") { ...F39 } } ${fragments.join(" ")}`).calls).toBe(1);
  });
});

describe("what the plan tells the loaders", () => {
  it("the lists a query loads answer a lookup of that customer, priced only when the list is", () => {
    const planned = plan(`{ customer(id: "c-1") { orders { items { totalPrice { price } } } order(id: "o-9") { id } } }`);
    expect(planned.listsFor({ customerId: "c-1", orderId: "o-9", includePrice: false })).toEqual([
      { customerId: "c-1", indirectResellerId: undefined, billingType: undefined, includePrice: true, includeSystemPurchases: false },
    ]);
    expect(planned.listsFor({ customerId: "c-2", orderId: "o-9", includePrice: false })).toEqual([]);
  });

  it("infers include_price per field: through a fragment and an alias, and not for a list that reads no price", () => {
    const document = parse(`{ customer(id: "c-1") { priced: orders { items { ...P } } plain: orders(billingType: MONTHLY) { totalCount } } } fragment P on Order { lineItems { pricing { price } } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const planned = planOperation(schema, operation, { P: document.definitions[1] as never }, {});
    const customerField = operation.selectionSet.selections[0] as FieldNode;
    const [priced, plain] = customerField.selectionSet?.selections ?? [];
    expect([planned.includePriceByField.get(priced!), planned.includePriceByField.get(plain!)]).toEqual([true, false]);
  });

  it("remembers the plan of an operation without variables per document, and plans one with variables anew", () => {
    const planner = createPlanner();
    const fixed = parse(`{ customer(id: "c-1") { orders { totalCount } } }`);
    const fixedOperation = fixed.definitions[0] as OperationDefinitionNode;
    expect(planner(schema, fixed, fixedOperation, {})).toBe(planner(schema, fixed, fixedOperation, {}));
    const variable = parse(`query Q($id: ID!) { customer(id: $id) { orders { totalCount } } }`);
    const variableOperation = variable.definitions[0] as OperationDefinitionNode;
    expect(planner(schema, variable, variableOperation, { id: "c-1" })).not.toBe(planner(schema, variable, variableOperation, { id: "c-1" }));
    expect(planner(schema, variable, variableOperation, { id: "c/../x" }).calls).toBe(0);
  });
});

describe("the cost table (src/planning/costs.ts)", () => {
  it("has an entry for every field of the schema and of the subgraph, and none for a field that is gone", async () => {
    expect(costTableProblems(schema).uncosted).toEqual([]);
    expect(costTableProblems(await buildSubgraphSchema())).toEqual({ uncosted: [], stale: [] });
  });

  it("names a field added without a cost, and an entry whose field was removed", () => {
    const changed = buildSdl(`type Query { customer(id: ID!): Customer, newRoot: Int } type Customer { id: ID!, orders: Int, newField: String }`);
    expect(costTableProblems(changed)).toEqual({ uncosted: ["Query.newRoot", "Customer.newField"], stale: ["Query._entities", "Query._service", "Customer.order"] });
  });
});
