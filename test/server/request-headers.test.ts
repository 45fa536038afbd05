/**
 * The request headers the server answers for itself: `ms-correlationid` is echoed on every answer
 * to an operation, including the ones refused before anything ran; a malformed header is a 400
 * BAD_USER_INPUT naming the header (never its value) and costs nothing upstream.
 */
import { describe, expect, it } from "@jest/globals";
import { TOKEN } from "../helpers/facade.js";
import { useFacadeOnOrdersStub } from "../helpers/orders-stub.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("ms-correlationid on the response", () => {
  const stub = useFacadeOnOrdersStub({
    env: { MAX_UPSTREAM_CALLS_PER_OPERATION: "1" },
    override: (request) => (request.path.includes("forbidden") ? { status: 403, body: { code: 20002, description: "no", data: [], source: "PartnerFD" } } : {}),
  });

  it.each([
    ["an operation that succeeds", `{ customer(id: "c-1") { orders { totalCount } } }`, 200, 1],
    ["an operation whose upstream call fails", `{ customer(id: "forbidden") { orders { totalCount } } }`, 200, 1],
    ["a document that fails validation", `{ customer(id: "c-1") { ordrs { totalCount } } }`, 400, 0],
    ["a document that does not parse", `{ customer(id: "c-1") {`, 400, 0],
    ["an operation refused by the upstream-call budget", `{ a: customer(id: "c-1") { orders { totalCount } } b: customer(id: "c-2") { orders { totalCount } } }`, 400, 0],
  ])("is echoed on %s", async (_case, query, status, upstreamCalls) => {
    const response = await stub.facade.request(query, undefined, { authorization: TOKEN, "ms-correlationid": "corr-echo-1" });
    expect([response.status, response.headers.get("ms-correlationid"), stub.upstream.requests.length]).toEqual([status, "corr-echo-1", upstreamCalls]);
  });

  it("is echoed when the request has no operation at all", async () => {
    const response = await fetch(stub.facade.url, {
      method: "POST",
      headers: { "content-type": "application/json", "ms-correlationid": "corr-echo-2" },
      body: JSON.stringify({ variables: {} }),
    });
    expect([response.status, response.headers.get("ms-correlationid")]).toEqual([400, "corr-echo-2"]);
  });

  it("is echoed when the body is not JSON", async () => {
    const response = await fetch(stub.facade.url, {
      method: "POST",
      headers: { "content-type": "application/json", "ms-correlationid": "corr-echo-3" },
      body: "{not json",
    });
    expect([response.status, response.headers.get("ms-correlationid"), stub.upstream.requests.length]).toEqual([400, "corr-echo-3", 0]);
  });

  it("is echoed when another header is malformed", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`, undefined, {
      authorization: TOKEN,
      "ms-correlationid": "corr-echo-4",
      "x-locale": "en_US",
    });
    expect([response.status, response.headers.get("ms-correlationid"), stub.upstream.requests.length]).toEqual([400, "corr-echo-4", 0]);
  });

  it("is a new UUID, never the value sent, when ms-correlationid itself is malformed", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`, undefined, {
      authorization: TOKEN,
      "ms-correlationid": "bad id with spaces",
    });
    expect([response.status, UUID.test(response.headers.get("ms-correlationid") ?? ""), stub.upstream.requests.length]).toEqual([400, true, 0]);
  });

  it("is generated when absent, and is the one every upstream call of the operation carried", async () => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`);
    const echoed = response.headers.get("ms-correlationid");
    expect([UUID.test(echoed ?? ""), stub.upstream.requests.map((request) => request.headers["ms-correlationid"])]).toEqual([true, [echoed]]);
  });
});

describe("malformed headers", () => {
  const stub = useFacadeOnOrdersStub();

  it.each([
    ["ms-correlationid", "bad id with spaces", "Header ms-correlationid is malformed: expected 1–128 characters of A-Z a-z 0-9 . _ : -"],
    ["ms-cv", "cv!", "Header ms-cv is malformed: expected a correlation vector of 1–128 characters"],
    ["x-locale", "en_US", "Header x-locale is malformed: expected a language tag such as en-US"],
    ["authorization", "Bearer  two-spaces", "Header authorization is malformed: expected a printable credential such as 'Bearer <token>' of at most 16 KiB"],
  ])("answers a malformed %s with 400 BAD_USER_INPUT, without its value, and no upstream call", async (name, value, message) => {
    const response = await stub.facade.request(`{ customer(id: "c-1") { orders { totalCount } } }`, undefined, { authorization: TOKEN, [name]: value });
    expect({ status: response.status, body: response.body, upstreamCalls: stub.upstream.requests.length }).toEqual({
      status: 400,
      body: { errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] },
      upstreamCalls: 0,
    });
  });
});
