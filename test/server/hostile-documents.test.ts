/**
 * Documents small as text and huge once expanded: every walk of a document is linear in its size,
 * and MAX_QUERY_NODES refuses what would expand past it before anything runs (README, Configuration).
 */
import { describe, expect, it } from "@jest/globals";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

/** F0 selects one field; each Fi spreads F(i-1) twice: 2^levels selections from about 40 bytes a level. */
const doublingFragments = (levels: number, root = "{ ...F" + levels + " }") =>
  [
    "fragment F0 on Query { __typename }",
    ...Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
    root,
  ].join("\n");

/**
 * `customer` and count − 1 spreads of a one-field fragment: count selections, and no upstream call.
 * (4,999 plain `id`s would do too, but graphql-js's own overlap check gives up on that many.)
 */
const selections = (count: number) => `{ customer(id: "c") { ${"...I ".repeat(count - 1)}} } fragment I on Customer { id }`;

const refusal = (found: string) => ({
  status: 400,
  body: {
    errors: [
      {
        message: `Query has ${found} selections once its fragments are expanded; at most 5000 are allowed (MAX_QUERY_NODES).`,
        extensions: { code: "BAD_USER_INPUT", limit: "MAX_QUERY_NODES" },
      },
    ],
  },
  upstreamCalls: 0,
});

describe("hostile documents", () => {
  const stub = useFacadeOnOrdersStub();

  it("refuses 30 levels of doubling fragments (1.2 KB, 2^30 selections) while /health keeps answering", async () => {
    const document = doublingFragments(30);
    expect(document.length).toBeLessThan(1300);
    const [response, health] = await Promise.all([
      stub.facade.request(document),
      fetch(stub.facade.url.replace(/\/graphql$/, "/health")).then(async (answer) => ({ status: answer.status, body: await answer.json() })),
    ]);
    expect({ status: response.status, body: response.body, upstreamCalls: stub.upstream.requests.length }).toEqual(refusal("1073741824"));
    expect(health).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("runs a document of doubling fragments that fits, answering each field once", async () => {
    const response = await stub.facade.request(doublingFragments(12));
    expect(response.body).toEqual({ data: { __typename: "Query" } });
  });

  it("counts fragments times their spreads, also under fields and through inline fragments", async () => {
    const document = [
      `fragment Ids on Customer { ${"id ".repeat(100)}}`,
      `fragment Both on Customer { ...Ids ... on Customer { ...Ids } }`,
      `{ ${Array.from({ length: 25 }, (_, i) => `c${i}: customer(id: "c") { ...Both }`).join(" ")} }`,
    ].join("\n");
    const response = await stub.facade.request(document);
    // 25 customers × (1 + 200 ids)
    expect({ status: response.status, body: response.body, upstreamCalls: stub.upstream.requests.length }).toEqual(refusal("5025"));
  });

  it("accepts exactly MAX_QUERY_NODES selections and refuses one more, before any upstream call", async () => {
    const atLimit = await stub.facade.request(selections(5000));
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data).toEqual({ customer: { id: "c" } });
    const over = await stub.facade.request(selections(5001));
    expect({ status: over.status, body: over.body, upstreamCalls: stub.upstream.requests.length }).toEqual(refusal("5001"));
  });
});
