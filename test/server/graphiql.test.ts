/**
 * GET /graphiql over HTTP (the browser test drives it in chromium): served only while
 * introspection is on, revalidated with an ETag (304) while its assets are immutable, the same
 * page whatever the query string says, and started with the options a user of this deployment
 * needs (the README's query on the simulator; the Authorization header for Partner Center).
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const readmeQuery = /```graphql\n([\s\S]*?)```/.exec(readme)![1]!;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const IMMUTABLE = "public, max-age=31536000, immutable";

function explorerUrl(facade: TestFacade, path = ""): string {
  return facade.url.replace(/\/graphql$/, `/graphiql${path}`);
}

/** Every URL the page references, in order. */
function references(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
}

/** Runs the page's start script as a browser would, and returns what it handed to GraphiQL. */
async function startOptions(facade: TestFacade, search: string) {
  const page = explorerUrl(facade, search);
  const start = references(await (await fetch(page)).text()).find((reference) => /\/start\.[0-9a-f]+\.js$/.test(reference))!;
  const script = await (await fetch(new URL(start, page))).text();
  const rendered: Array<{ root: unknown; options: Record<string, unknown> }> = [];
  const sandbox = {
    self: {} as { MonacoEnvironment?: { getWorkerUrl(moduleId: string, label: string): string } },
    location: new URL(page),
    document: { baseURI: page, getElementById: (id: string) => `#${id}` },
    URL,
    URLSearchParams,
    YogaGraphiQL: { renderYogaGraphiQL: (root: unknown, options: Record<string, unknown>) => rendered.push({ root, options }) },
  };
  vm.runInNewContext(script, sandbox);
  expect(rendered.map(({ root }) => root)).toEqual(["#root"]);
  return { options: rendered[0]!.options, workerUrl: (label: string) => sandbox.self.MonacoEnvironment!.getWorkerUrl("workerMain.js", label) };
}

describe("GET /graphiql on the embedded simulator", () => {
  let facade: TestFacade;

  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
  });
  afterAll(() => facade.stop());

  it("serves a page whose every script, style and icon is one of its own immutable assets", async () => {
    const response = await fetch(explorerUrl(facade));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CSP);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text();
    const assets = references(html);
    expect(assets.map((reference) => reference.replace(/\.[0-9a-f]{12}\./, ".<hash>."))).toEqual([
      "graphiql/assets/favicon.<hash>.ico",
      "graphiql/assets/graphiql.<hash>.css",
      "graphiql/assets/graphiql.<hash>.js",
      "graphiql/assets/start.<hash>.js",
    ]);
    for (const reference of assets) {
      const served = await fetch(new URL(reference, response.url));
      expect([reference, served.status, served.headers.get("cache-control")]).toEqual([reference, 200, IMMUTABLE]);
      expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    const missing = await fetch(explorerUrl(facade, "/assets/graphiql.000000000000.js"));
    expect(missing.status).toBe(404);
  });

  it("sends /graphiql/ back to /graphiql, query kept (the page's URLs are relative to it)", async () => {
    const response = await fetch(`${explorerUrl(facade)}/?query=${encodeURIComponent("{ __typename }")}`, { redirect: "manual" });
    expect([response.status, response.headers.get("location")]).toEqual([308, `/graphiql?query=${encodeURIComponent("{ __typename }")}`]);
    await response.arrayBuffer();
  });

  it("answers 304 to a browser that already holds the page or an asset, gzipped or not", async () => {
    const first = await fetch(explorerUrl(facade), { headers: { "accept-encoding": "identity" } });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(explorerUrl(facade), { headers: { "accept-encoding": "identity", "if-none-match": etag } });
    expect([again.status, await again.text(), again.headers.get("etag")]).toEqual([304, "", etag]);

    const bundleUrl = new URL(references(await first.text()).find((reference) => /graphiql\.[0-9a-f]+\.js$/.test(reference))!, first.url);
    const plain = await fetch(bundleUrl, { headers: { "accept-encoding": "identity" } });
    const plainBody = Buffer.from(await plain.arrayBuffer());
    // Node's fetch would decompress: read the gzip representation raw through a different door.
    const gzipped = await rawGet(bundleUrl, { "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(plainBody)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(plainBody.length / 2);
    expect(gzipped.headers.etag).not.toBe(plain.headers.get("etag"));
    expect(gzipped.headers.vary).toBe("Accept-Encoding");
    const notModified = await rawGet(bundleUrl, { "accept-encoding": "gzip", "if-none-match": `"other", ${gzipped.headers.etag}` });
    expect([notModified.status, notModified.body.length]).toEqual([304, 0]);
    const stale = await fetch(bundleUrl, { headers: { "accept-encoding": "identity", "if-none-match": gzipped.headers.etag as string } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it("sends the same bytes whatever ?query= and ?variables= say: nothing of them is written into the page", async () => {
    const plain = await fetch(explorerUrl(facade));
    const payload = `</script><script>alert(1)</script>"'><img src=x onerror=alert(2)>`;
    const hostile = await fetch(explorerUrl(facade, `?query=${encodeURIComponent(payload)}&variables=${encodeURIComponent(payload)}`));
    const html = await hostile.text();
    expect(hostile.status).toBe(200);
    expect(html).toBe(await plain.text());
    expect(hostile.headers.get("etag")).toBe(plain.headers.get("etag"));
    expect(html).not.toContain("alert");
  });

  it("opens on the README's query against /graphql, and passes ?variables= on", async () => {
    const { options, workerUrl } = await startOptions(facade, "");
    expect(options).toEqual({
      title: "partner-center-graphql · GraphiQL",
      endpoint: "graphql",
      defaultQuery: readmeQuery,
      shouldPersistHeaders: false,
    });
    for (const label of ["editorWorkerService", "json", "graphql"]) {
      const worker = await fetch(workerUrl(label));
      expect([label, worker.status, worker.headers.get("content-type")]).toEqual([label, 200, "text/javascript; charset=utf-8"]);
      await worker.arrayBuffer();
    }
    const variables = JSON.stringify({ customerId: "b0d70a69-4c42-4b27-b17b-91a835d8686a" });
    expect((await startOptions(facade, `?variables=${encodeURIComponent(variables)}`)).options.variables).toBe(variables);
  });
});

describe("GET /graphiql in production", () => {
  // No upstream call is made by these tests: the URL only has to be a valid one.
  const upstream = "http://127.0.0.1:9";
  let closed: TestFacade;
  let open: TestFacade;

  beforeAll(async () => {
    closed = await startFacade({ NODE_ENV: "production", PARTNER_CENTER_API_URL: upstream });
    open = await startFacade({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true", PARTNER_CENTER_API_URL: upstream });
  });
  afterAll(async () => {
    await closed.stop();
    await open.stop();
  });

  it("is not served while introspection is off, like Sandbox", async () => {
    const page = await fetch(explorerUrl(closed), { headers: { accept: "text/html" } });
    expect(page.status).toBe(404);
    await page.arrayBuffer();
    const served = references(await (await fetch(explorerUrl(open))).text());
    for (const reference of served) {
      const asset = await fetch(new URL(reference, explorerUrl(closed)));
      expect([reference, asset.status]).toEqual([reference, 404]);
      await asset.arrayBuffer();
    }
  });

  it("with GRAPHQL_INTROSPECTION=true, opens with an Authorization header to fill in for Partner Center", async () => {
    const { options } = await startOptions(open, "");
    expect(options).toEqual({
      title: "partner-center-graphql · GraphiQL",
      endpoint: "graphql",
      defaultQuery: expect.stringContaining("query CustomerOrders($customerId: ID!)"),
      defaultHeaders: '{\n  "Authorization": "Bearer <token>"\n}',
      defaultEditorToolsVisibility: "headers",
      shouldPersistHeaders: false,
    });
  });
});

/** A GET whose body is left as sent (fetch would decompress it). */
async function rawGet(url: URL, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}
