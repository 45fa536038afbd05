/**
 * GET /graphiql: a GraphiQL explorer served entirely by this process, for networks where Apollo
 * Sandbox (loaded from Apollo's CDN) cannot load. The bundle is The Guild's
 * @graphql-yoga/render-graphiql: GraphiQL with Monaco, its workers and its fonts (as data: URLs)
 * prebuilt into strings, about 9 MB. Its own renderGraphiQL() inlines all of it into one HTML
 * page; here the pieces are served as content-hashed, immutable assets instead, so a browser
 * downloads them once and later visits cost one small revalidated page (ETag → 304).
 *
 * The page is the same for every URL: the bundle reads `?query=` from the address itself, and
 * the start script reads `?variables=`, so nothing from the query string is ever written into
 * what the server sends (no injection by construction). A Content-Security-Policy keeps the
 * page on its own origin.
 *
 * The bundle is loaded on the first request, once per process, not at start-up: parsing its
 * 9 MB module costs about 150 ms of CPU, which every start (and every test) would otherwise pay.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";

const gzipAsync = promisify(gzip);

/** The README's example query (a test keeps the two equal): what the embedded simulator answers. */
const SIMULATOR_EXAMPLE_QUERY = `query CustomerOrders {
  customer(id: "b0d70a69-4c42-4b27-b17b-91a835d8686a") {
    orders(billingType: MONTHLY) {
      totalCount
      items {
        id
        status
        billingCycle
        creationDate
        totalPrice                       # reading prices makes includePrice default to true
        lineItems { lineItemNumber offerId friendlyName quantity pricing { price extendedPrice } }
      }
    }
    order(id: "9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1") { id status lineItems { offerId } }
  }
}
`;

/** Against a real Partner Center the caller needs a token and one of its own customers. */
const PARTNER_CENTER_QUERY = `# Partner Center needs a token: set it in the Headers tab below,
#   { "Authorization": "Bearer <token>" }
# and put one of your customers' tenant ids in Variables.
query CustomerOrders($customerId: ID!) {
  customer(id: $customerId) {
    orders {
      totalCount
      items { id status billingCycle creationDate lineItems { offerId friendlyName quantity } }
    }
  }
}
`;

/** Only this origin, plus the data: URLs (fonts, images) that the bundle's CSS embeds. */
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Monaco set inline styles and insert <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  /** Compressed once, when the explorer is built (the page, being small, on first request). */
  gzipped?: Promise<Buffer>;
}

interface Explorer {
  page: Asset;
  /** By file name, e.g. `graphiql.3f2a….js`; a fixed set, so bounded. */
  assets: Map<string, Asset>;
}

function asset(body: string | Buffer, type: string): Asset {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return { body: bytes, type, etag: `"${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"` };
}

async function buildExplorer(simulator: boolean): Promise<Explorer> {
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql");
  const assets = new Map<string, Asset>();
  const add = (stem: string, extension: string, content: Asset): string => {
    const name = `${stem}.${content.etag.slice(1, 13)}.${extension}`;
    assets.set(name, content);
    return `graphiql/assets/${name}`;
  };
  const javascript = "text/javascript; charset=utf-8";
  const workers = {
    editorWorkerService: add("editor.worker", "js", asset(bundle.editorWorkerService, javascript)),
    json: add("json.worker", "js", asset(bundle.jsonWorker, javascript)),
    graphql: add("graphql.worker", "js", asset(bundle.graphqlWorker, javascript)),
  };
  const options = {
    title: "partner-center-graphql · GraphiQL",
    // Relative, like every URL here, so that the explorer also works behind a path prefix.
    endpoint: "graphql",
    defaultQuery: simulator ? SIMULATOR_EXAMPLE_QUERY : PARTNER_CENTER_QUERY,
    ...(simulator ? {} : { defaultHeaders: JSON.stringify({ Authorization: "Bearer <token>" }, null, 2), defaultEditorToolsVisibility: "headers" }),
    // A token typed into the Headers tab stays in that tab; it is not written to localStorage.
    shouldPersistHeaders: false,
  };
  // Options are JSON; `<` escaped anyway so that no string can ever close a script element.
  const start = `(function () {
  var workers = ${JSON.stringify(workers)};
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return new URL(workers[label], document.baseURI).href; },
  };
  var options = ${JSON.stringify(options).replace(/</g, "\\u003c")};
  // The bundle reads ?query= itself, but not ?variables=.
  var variables = new URLSearchParams(location.search).get("variables");
  if (variables) options.variables = variables;
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), options);
})();
`;
  const [, iconBase64] = /^data:[^;]+;base64,(.*)$/s.exec(bundle.favicon) ?? [];
  const icon = add("favicon", "ico", asset(Buffer.from(iconBase64 ?? "", "base64"), "image/x-icon"));
  const css = add("graphiql", "css", asset(bundle.css, "text/css; charset=utf-8"));
  const script = add("graphiql", "js", asset(bundle.js, javascript));
  const startScript = add("start", "js", asset(start, javascript));
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="icon" href="${icon}" />
    <link rel="stylesheet" href="${css}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script src="${script}"></script>
    <script src="${startScript}"></script>
  </body>
</html>
`;
  // Compressed now, off the event loop, rather than when the first browser asks for each.
  for (const content of assets.values()) {
    content.gzipped = gzipAsync(content.body);
    // A failure surfaces when a request awaits it, not as an unhandled rejection now.
    content.gzipped.catch(() => undefined);
  }
  return { page: asset(html, "text/html; charset=utf-8"), assets };
}

/** Strong comparison, as If-None-Match allows a list (or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed === etag || trimmed === `W/${etag}`;
  });
}

async function send(request: FastifyRequest, reply: FastifyReply, content: Asset, cacheControl: string): Promise<FastifyReply> {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  // Each representation has its own strong ETag.
  const etag = acceptsGzip ? `${content.etag.slice(0, -1)}-gz"` : content.etag;
  void reply.header("cache-control", cacheControl).header("vary", "Accept-Encoding").header("etag", etag).header("x-content-type-options", "nosniff");
  if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();
  void reply.type(content.type);
  if (!acceptsGzip) return reply.send(content.body);
  content.gzipped ??= gzipAsync(content.body);
  return reply.header("content-encoding", "gzip").send(await content.gzipped);
}

/** The explorer's routes, served only while introspection is on (it follows GRAPHQL_INTROSPECTION, like Sandbox). */
export const graphiqlPlugin: FastifyPluginAsync<{ enabled: boolean; simulator: boolean }> = async (app, options) => {
  if (!options.enabled) return;
  let explorer: Promise<Explorer> | undefined;
  const load = (): Promise<Explorer> =>
    (explorer ??= buildExplorer(options.simulator).catch((error: unknown) => {
      explorer = undefined; // the next request tries again
      throw error;
    }));

  app.get("/graphiql", async (request, reply) => {
    const { page } = await load();
    void reply.header("content-security-policy", GRAPHIQL_CSP).header("x-frame-options", "DENY");
    // Small, and the same for every ?query=: revalidated on each visit, answered 304.
    return send(request, reply, page, "no-cache");
  });
  // The page's URLs are relative to /graphiql; with a trailing slash they would miss, so it is sent back, query kept.
  app.get("/graphiql/", async (request, reply) => {
    const queryAt = request.url.indexOf("?");
    return reply.redirect(`/graphiql${queryAt === -1 ? "" : request.url.slice(queryAt)}`, 308);
  });
  app.get<{ Params: { name: string } }>("/graphiql/assets/:name", async (request, reply) => {
    const content = (await load()).assets.get(request.params.name);
    if (!content) return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    // The name carries the content's hash: a new bundle gets new names.
    return send(request, reply, content, "public, max-age=31536000, immutable");
  });
};
