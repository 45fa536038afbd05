/**
 * GRAPHQL_FEDERATION=true: the facade is an Apollo Federation 2 subgraph. Composed from
 * schema/subgraph.graphql with a second subgraph that owns Customer.companyName, behind a real
 * @apollo/gateway on 127.0.0.1; `_entities` and `_service` asked directly; the same limits; and
 * nothing of it with the flag off.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { TOKEN, type TestFacade, startFacade } from "../helpers/facade.js";
import { startOrdersStub, useFacadeOnOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";
import { requestGuid } from "../../src/partner-center/index.js";

const subgraphSdl = readFileSync(new URL("../../schema/subgraph.graphql", import.meta.url), "utf8");

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Customer { id orders { totalCount items { id } } } }
}`;
const customer = (id: unknown) => ({ __typename: "Customer", id });
const ordersOf = (id: string) => ({ totalCount: 2, items: [{ id: `${id}-o1` }, { id: `${id}-o2` }] });

describe("as a subgraph, asked directly", () => {
  const stub = useFacadeOnOrdersStub({ env: { GRAPHQL_FEDERATION: "true" } });

  it("answers _service { sdl } with Customer @key(fields: \"id\")", async () => {
    const response = await stub.facade.request<{ _service: { sdl: string } }, never>(`{ _service { sdl } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._service.sdl).toContain('type Customer\n  @key(fields: "id")\n{');
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("resolves _entities: representations → customers → their orders, one call per customer, with the caller's token", async () => {
    const response = await stub.facade.request(ENTITIES, { representations: [customer("c-1"), customer("c-2")] });
    expect(response.body).toEqual({
      data: { _entities: [{ __typename: "Customer", id: "c-1", orders: ordersOf("c-1") }, { __typename: "Customer", id: "c-2", orders: ordersOf("c-2") }] },
    });
    expect(stub.upstream.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
      ["/v1/customers/c-1/orders", TOKEN],
      ["/v1/customers/c-2/orders", TOKEN],
    ]);
  });

  it("resolves a reference with no upstream call by itself", async () => {
    const response = await stub.facade.request(`{ _entities(representations: [{ __typename: "Customer", id: "c-1" }]) { ... on Customer { id } } }`);
    expect(response.body).toEqual({ data: { _entities: [{ id: "c-1" }] } });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("validates a representation's id like Query.customer's: that entity is null with BAD_USER_INPUT, the others stay, nothing sent for it", async () => {
    const response = await stub.facade.request(ENTITIES, { representations: [customer("c/../x"), customer("c-1"), customer(null)] });
    expect(response.body).toEqual({
      data: { _entities: [null, { __typename: "Customer", id: "c-1", orders: ordersOf("c-1") }, null] },
      errors: [
        { message: "Invalid argument id: must not contain / ? # % or \\", locations: [{ line: 2, column: 3 }], path: ["_entities", 0], extensions: { code: "BAD_USER_INPUT", argument: "id" } },
        { message: "Invalid argument id: must be a string", locations: [{ line: 2, column: 3 }], path: ["_entities", 2], extensions: { code: "BAD_USER_INPUT", argument: "id" } },
      ],
    });
    expect(stub.upstream.requests.map((request) => request.path)).toEqual(["/v1/customers/c-1/orders"]);
  });

  it("refuses representations of anything but a Customer with BAD_USER_INPUT and no upstream call", async () => {
    const response = await stub.facade.request(ENTITIES, { representations: [customer("c-1"), { __typename: "Order", id: "o-1" }] });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: "Invalid argument representations: each representation must be an object whose __typename is one of Customer",
          locations: [{ line: 2, column: 3 }],
          path: ["_entities"],
          extensions: { code: "BAD_USER_INPUT", argument: "representations" },
        },
      ],
    });
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("counts representations against MAX_UPSTREAM_CALLS_PER_OPERATION like aliases: 51 customers are refused before any call", async () => {
    const representations = Array.from({ length: 51 }, (_, i) => customer(`cust-${i}`));
    const response = await stub.facade.request(ENTITIES, { representations });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.map((error) => error.extensions)).toEqual([
      { code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: 51, allowed: 50 },
    ]);
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("counts a customer asked for twice once, as the loaders fetch it once: 60 representations of 50 customers run", async () => {
    const representations = Array.from({ length: 60 }, (_, i) => customer(`cust-${i % 50}`));
    const response = await stub.facade.request(ENTITIES, { representations });
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data as { _entities: unknown[] })._entities).toHaveLength(60);
    expect(stub.upstream.requests).toHaveLength(50);
  });

  it("keeps serving the plain fields", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount items { id } } } }`);
    expect(response.body).toEqual({ data: { customer: { orders: ordersOf("c-1") } } });
  });
});

describe("as a subgraph in production", () => {
  const stub = useFacadeOnOrdersStub({ env: { GRAPHQL_FEDERATION: "true", NODE_ENV: "production" } });

  it("still answers _service { sdl } (a router composes from it), while introspection is off", async () => {
    const service = await stub.facade.request<{ _service: { sdl: string } }, never>(`{ _service { sdl } }`);
    expect(service.body.data?._service.sdl).toContain('@key(fields: "id")');
    const introspection = await stub.facade.request(`{ __schema { queryType { name } } }`);
    expect(introspection.body.errors?.map((error) => error.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("with GRAPHQL_FEDERATION off (the default)", () => {
  const stub = useFacadeOnOrdersStub();

  it.each([
    ["_service", `{ _service { sdl } }`, 'Cannot query field "_service" on type "Query".'],
    ["_entities", `{ _entities(representations: [{ __typename: "Customer", id: "c-1" }]) { __typename } }`, 'Cannot query field "_entities" on type "Query".'],
  ])("has no %s", async (_name, query, message) => {
    const response = await stub.facade.request(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([{ message, code: "GRAPHQL_VALIDATION_FAILED" }]);
    expect(stub.upstream.requests).toHaveLength(0);
  });

  it("has none of federation's types", async () => {
    const response = await stub.facade.request(`{ any: __type(name: "_Any") { name } entity: __type(name: "_Entity") { name } service: __type(name: "_Service") { name } }`);
    expect(response.body).toEqual({ data: { any: null, entity: null, service: null } });
  });
});

/** A second subgraph written for the test: it owns Customer.companyName and lists two customers. */
const CRM_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { topCustomers(count: Int! = 2): [Customer!]! }
  type Customer @key(fields: "id") { id: ID! companyName: String }
`;
const COMPANIES: Record<string, string> = { "c-1": "Contoso", "c-2": "Fabrikam" };

/** The headers a supergraph forwards from the caller to this subgraph (docs/scale-out.md). */
const FORWARDED = ["authorization", "ms-correlationid", "ms-cv", "x-locale"] as const;
type GatewayContext = { headers: Partial<Record<(typeof FORWARDED)[number], string>> };

describe("composed into a supergraph behind @apollo/gateway", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  let crm: ApolloServer;
  let gateway: ApolloServer<GatewayContext>;
  let gatewayUrl: string;
  const crmRequests: Array<{ variables?: Record<string, unknown>; authorization?: string }> = [];

  beforeAll(async () => {
    upstream = await startOrdersStub();
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url, GRAPHQL_FEDERATION: "true" });

    crm = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse(CRM_SDL),
        resolvers: {
          Query: { topCustomers: (_root: unknown, { count }: { count: number }) => Array.from({ length: count }, (_, i) => ({ id: `c-${i + 1}` })) },
          Customer: {
            __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
            companyName: (parent: { id: string }) => COMPANIES[parent.id] ?? null,
          },
        },
      }),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        { async requestDidStart({ request }) { crmRequests.push({ variables: request.variables, authorization: request.http?.headers.get("authorization") ?? undefined }); } },
      ],
    });
    const crmUrl = (await startStandaloneServer(crm, { listen: { port: 0, host: "127.0.0.1" } })).url;

    const composed = composeServices([
      { name: "partner-center", typeDefs: parse(subgraphSdl), url: facade.url },
      { name: "crm", typeDefs: parse(CRM_SDL), url: crmUrl },
    ]);
    expect(composed.errors).toBeUndefined();

    gateway = new ApolloServer<GatewayContext>({
      gateway: new ApolloGateway({
        supergraphSdl: composed.supergraphSdl!,
        buildService: ({ name: subgraph, url }) =>
          new RemoteGraphQLDataSource<GatewayContext>({
            url,
            willSendRequest({ request, context }) {
              // Only to the subgraph that needs them: the Partner Center token goes nowhere else.
              if (subgraph !== "partner-center") return;
              for (const name of FORWARDED) {
                const value = context.headers?.[name];
                if (value !== undefined) request.http?.headers.set(name, value);
              }
            },
          }),
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    gatewayUrl = (
      await startStandaloneServer(gateway, {
        listen: { port: 0, host: "127.0.0.1" },
        context: async ({ req }) => ({
          headers: Object.fromEntries(FORWARDED.flatMap((name) => (typeof req.headers[name] === "string" ? [[name, req.headers[name]]] : []))),
        }),
      })
    ).url;
  });
  beforeEach(() => {
    upstream.requests.length = 0;
    crmRequests.length = 0;
  });
  afterAll(async () => {
    await gateway?.stop();
    await crm?.stop();
    await facade?.stop();
    await upstream?.close();
  });

  const ask = async (query: string, headers: Record<string, string>) => {
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const callerHeaders = { authorization: "Bearer gateway-caller", "ms-correlationid": "corr-gw-1", "ms-cv": "cv.1", "x-locale": "de-DE" };

  it("answers a field from each subgraph, Partner Center seeing the caller's headers", async () => {
    const response = await ask(`{ customer(id: "c-1") { id companyName orders { totalCount items { id } } } }`, callerHeaders);
    expect(response).toEqual({ status: 200, body: { data: { customer: { id: "c-1", companyName: "Contoso", orders: ordersOf("c-1") } } } });
    expect(upstream.requests.map((request) => ({
      path: request.path,
      authorization: request.headers.authorization,
      correlationId: request.headers["ms-correlationid"],
      cv: request.headers["ms-cv"],
      locale: request.headers["x-locale"],
    }))).toEqual([{ path: "/v1/customers/c-1/orders", authorization: "Bearer gateway-caller", correlationId: requestGuid("corr-gw-1"), cv: "cv.1", locale: "de-DE" }]);
    // companyName came from the other subgraph, by reference, which never saw the token.
    expect(crmRequests).toEqual([{ variables: { representations: [{ __typename: "Customer", id: "c-1" }] }, authorization: undefined }]);
  });

  it("resolves orders of customers the other subgraph lists, through our _entities", async () => {
    const response = await ask(`{ topCustomers { id companyName orders { items { id } } } }`, { authorization: "Bearer gateway-caller-2" });
    expect(response).toEqual({
      status: 200,
      body: {
        data: {
          topCustomers: [
            { id: "c-1", companyName: "Contoso", orders: { items: ordersOf("c-1").items } },
            { id: "c-2", companyName: "Fabrikam", orders: { items: ordersOf("c-2").items } },
          ],
        },
      },
    });
    expect(upstream.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
      ["/v1/customers/c-1/orders", "Bearer gateway-caller-2"],
      ["/v1/customers/c-2/orders", "Bearer gateway-caller-2"],
    ]);
  });

  it("refuses, with no upstream call, a supergraph operation whose _entities fetch needs more than MAX_UPSTREAM_CALLS_PER_OPERATION", async () => {
    const response = await ask(`{ topCustomers(count: 51) { id orders { totalCount } } }`, { authorization: "Bearer gateway-caller-3" });
    // Apollo Gateway reports the subgraph's 400 as its own error, with this subgraph's answer inside.
    const [error] = (response.body.errors ?? []) as Array<{ message: string; extensions: { response: { status: number; body: { errors: Array<{ extensions: unknown }> } } } }>;
    expect(response.body.data).toEqual({ topCustomers: Array.from({ length: 51 }, (_, i) => ({ id: `c-${i + 1}`, orders: null })) });
    expect(response.body.errors).toHaveLength(1);
    expect(error?.message).toBe("400: Bad Request");
    expect(error?.extensions.response.status).toBe(400);
    expect(error?.extensions.response.body.errors.map((refusal) => refusal.extensions)).toEqual([
      { code: "BAD_USER_INPUT", limit: "MAX_UPSTREAM_CALLS_PER_OPERATION", needed: 51, allowed: 50 },
    ]);
    expect(upstream.requests).toHaveLength(0);
  });
});
