/**
 * GET /graphiql in a real browser (Debian's chromium through puppeteer-core), on the embedded
 * simulator, with no Internet: the page loads, a `?query=` (and `?variables=`) opens in the
 * editor, headers typed into the Headers tab reach Partner Center (here the simulator), the run
 * button gets the simulator's orders into the response pane, and no request the
 * page makes goes to another host. It prints the bundle's size and the first and cached load
 * times (figures only: speed is not asserted here).
 *
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`) also writes docs/graphiql.png and
 * docs/sandbox.png, the README's screenshots; a plain run writes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import puppeteer, { type Browser, type HTTPResponse, type Page } from "puppeteer-core";
import { SEED, authorizationFingerprint } from "../../src/simulator/index.js";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { describeWith, onPath } from "../helpers/system-binaries.js";

/** Skipped, with one line, when chromium is not on PATH (a failure under .ci/run). */
const describeBrowser = describeWith("chromium");

const CUSTOMER = SEED.customers.example;
const QUERY = `query Orders($customerId: ID!) {
  customer(id: $customerId) {
    orders { totalCount items { id status } }
  }
}`;
const VARIABLES = JSON.stringify({ customerId: CUSTOMER }, null, 2);
/** The simulator's two orders of that customer (orders-collection.json). */
const EXPECTED = {
  data: {
    customer: {
      orders: {
        totalCount: 2,
        items: [
          { id: SEED.exampleOrders.reservation, status: "PENDING" },
          { id: SEED.exampleOrders.subscription, status: "COMPLETED" },
        ],
      },
    },
  },
};
const HEADERS = { Authorization: "Bearer typed-in-graphiql", "ms-correlationid": "8d4c2a4e-0f6b-4c55-9a3e-5b1f2f0c9e11" };
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === "1";
const docs = new URL("../../docs/", import.meta.url);

/**
 * Monaco draws each line as its own element, positioned by `top`, with non-breaking spaces.
 * (Browser-side code is given as text: this project's TypeScript has no DOM types.)
 */
async function editorText(page: Page, container: string): Promise<string> {
  return page.evaluate(`[...document.querySelector(${JSON.stringify(container)}).querySelectorAll(".view-line")]
    .map((line) => ({ top: parseFloat(line.style.top), text: line.textContent.replace(/\\u00a0/g, " ") }))
    .sort((a, b) => a.top - b.top)
    .map((line) => line.text)
    .join("\\n")`) as Promise<string>;
}

describeBrowser("GraphiQL in a browser, offline", () => {
  let facade: TestFacade;
  let browser: Browser;
  let userDataDir: string;

  beforeAll(async () => {
    facade = await startFacade({ PARTNER_CENTER_API_URL: undefined });
    // The server builds the explorer on its first request: done here, so that the first load
    // measured below is the browser's (an empty cache), not the server's one-off work.
    await (await fetch(facade.url.replace(/\/graphql$/, "/graphiql"))).text();
    userDataDir = mkdtempSync(path.join(tmpdir(), "graphiql-chromium-"));
    browser = await puppeteer.launch({
      executablePath: onPath("chromium"),
      headless: true,
      userDataDir,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    });
    // Generous bounds for a shared CI machine; the test measures, it does not race.
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await facade?.stop();
  });

  it("opens ?query= and ?variables=, runs it against the simulator, and asks nothing of another host", async () => {
    const origin = new URL(facade.url).origin;
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const requested: string[] = [];
    const responses: HTTPResponse[] = [];
    const pageErrors: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("response", (response) => responses.push(response));
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });

    const url = `${origin}/graphiql?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(VARIABLES)}`;
    const load = async (): Promise<number> => {
      const started = performance.now();
      // Ready: the editor is drawn, the schema (introspection) has arrived and Monaco's workers run.
      const schema = page.waitForResponse((response) => response.url() === `${origin}/graphql` && !!response.request().postData()?.includes("IntrospectionQuery"));
      const workers = ["editor", "json", "graphql"].map((name) =>
        page.waitForResponse((response) => new RegExp(`/graphiql/assets/${name}\\.worker\\.[0-9a-f]+\\.js$`).test(response.url())),
      );
      await page.goto(url, { waitUntil: "load" });
      await Promise.all([schema, ...workers, page.waitForSelector(".graphiql-execute-button")]);
      return performance.now() - started;
    };
    const firstLoadMs = await load();
    responses.length = 0;
    const cachedLoadMs = await load();
    const cachedResponses = responses.splice(0);

    expect(await editorText(page, ".graphiql-query-editor")).toBe(QUERY);
    // Request headers typed into the Headers tab, as a Partner Center user sets Authorization.
    await page.click('button[data-name="headers"]');
    await page.click(".graphiql-editor-tool .graphiql-editor:not(.hidden)");
    await page.keyboard.type(JSON.stringify(HEADERS));
    // The executed result arrives as the /graphql response and is drawn in the response pane.
    const answered = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === "POST" && !!response.request().postData()?.includes("query Orders"));
    await page.click(".graphiql-execute-button");
    expect(await (await answered).json()).toEqual(EXPECTED);
    await page.waitForFunction(`document.querySelector(".graphiql-response")?.textContent.includes(${JSON.stringify(SEED.exampleOrders.subscription)})`);
    expect(JSON.parse(await editorText(page, ".graphiql-response"))).toEqual(EXPECTED);
    const received = facade.launched.simulator!.requests.at(-1)!;
    expect([received.headers.authorization, received.headers["ms-correlationid"]]).toEqual([authorizationFingerprint(HEADERS.Authorization), HEADERS["ms-correlationid"]]);

    // The second visit took the bundle from the browser's cache and revalidated only the page.
    const bundle = (list: HTTPResponse[]) => list.find((response) => /\/graphiql\/assets\/graphiql\.[0-9a-f]+\.js$/.test(response.url()))!;
    expect(bundle(cachedResponses).fromCache()).toBe(true);
    expect(cachedResponses.find((response) => response.url() === url)!.status()).toBe(304);

    expect(pageErrors).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((address) => !address.startsWith(`${origin}/`) && !address.startsWith("data:") && !address.startsWith("blob:"))).toEqual([]);
    // Nothing refused by the page's Content-Security-Policy, nothing failed.
    expect(consoleErrors).toEqual([]);

    // Figures for the README and the issue: what the explorer weighs, and how long it takes here.
    const assets = [...new Set(requested.filter((address) => address.startsWith(`${origin}/graphiql/assets/`)))];
    const sizes = await Promise.all(
      assets.map(async (address) => {
        const sized = async (encoding: string) => {
          const response = await fetch(address, { headers: { "accept-encoding": encoding } });
          await response.body?.cancel();
          return Number(response.headers.get("content-length"));
        };
        return { raw: await sized("identity"), gzip: await sized("gzip") };
      }),
    );
    const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2);
    console.log(
      `GraphiQL: ${assets.length} assets, ${megabytes(sizes.reduce((sum, size) => sum + size.raw, 0))} MB (` +
        `${megabytes(sizes.reduce((sum, size) => sum + size.gzip, 0))} MB gzipped); first load ${firstLoadMs.toFixed(0)} ms, ` +
        `cached load ${cachedLoadMs.toFixed(0)} ms (page 304, assets from the browser's cache)`,
    );

    if (updateScreenshots) {
      await page.click('button[data-name="variables"]');
      await page.screenshot({ path: new URL("graphiql.png", docs).pathname });
      // Apollo Sandbox comes from Apollo's CDN: offline, its landing page fades in "cannot be loaded".
      await page.goto(facade.url, { waitUntil: "domcontentloaded" });
      await page.waitForFunction(`getComputedStyle(document.querySelector(".fallback")).opacity === "1"`);
      await page.screenshot({ path: new URL("sandbox.png", docs).pathname });
    }
    await page.close();
  }, 60_000);
});
