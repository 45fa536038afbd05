/**
 * The one HTTP client for Partner Center. Builds URLs and query strings as the wire spells them,
 * sets the headers the README lists (Headers), and owns the resilience policy: bounded retries with jittered
 * backoff, Retry-After within a wait budget, per-attempt timeouts under an operation deadline, a
 * process-wide cap on requests in flight, and same-origin-only following of `links.next`. The
 * throttle (throttle.ts: rate budget, per-customer cool-downs) is asked before every attempt.
 *
 * One instance per process (it holds the keep-alive agents); every call receives the caller.
 */
import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import http from "node:http";
import https from "node:https";
import { SpanKind, SpanStatusCode, context as otelContext, propagation, trace } from "@opentelemetry/api";
import got, { type Got, type Response } from "got";
import pLimit, { type LimitFunction } from "p-limit";
import { type Clock, systemClock } from "./clock.js";
import { type CachePolicy, type ReadCache, type ReadStats, type SharedCall, newReadStats } from "./read-cache.js";
import { type BillingCycle, toBillingTypeQuery } from "./enums.js";
import { PartnerCenterError, errorFromStatus, shuttingDown, upstreamFailure } from "./errors.js";
import {
  ORDERS_QUERY_KEYS,
  type LinkModel,
  type OrderCollectionModel,
  type OrderLineItemActivationLinkModel,
  type OrderLineItemProvisioningStatusModel,
  type OrderModel,
  type ResourceCollectionModel,
} from "./models.js";
import type { Throttle } from "./throttle.js";
import {
  assertActivationLinks,
  assertOrder,
  assertOrderCollection,
  assertProvisioningStatuses,
  type CollectionCheck,
} from "./validate.js";

/** How the client treats a slow, failing or throttling upstream (filled from configuration). */
export interface UpstreamPolicy {
  /** Time allowed for one attempt. */
  timeoutMs: number;
  /** Attempts after the first, for 5xx, resets, timeouts, malformed bodies and fitting 429s. */
  maxRetries: number;
  retryBaseMs: number;
  /** Longest Retry-After worth waiting for; beyond it a 429 fails at once with RATE_LIMITED. */
  retryAfterMaxWaitMs: number;
  /** Upstream requests in flight at once, process-wide. */
  maxConcurrency: number;
  /** Pages of a collection followed through links.next. */
  maxPages: number;
}

export interface PartnerCenterClientOptions extends UpstreamPolicy {
  /** Base URL without version, e.g. https://api.partnercenter.microsoft.com */
  baseUrl: string;
  apiVersion: string;
  /** Rate budget and 429 cool-downs, asked before every attempt and told after every 429. */
  throttle: Throttle;
  observer?: UpstreamObserver;
  /** Where backoff waits and deadlines read time (the system clock by default). */
  clock?: Clock;
  /** Shared in-flight GETs and the response cache (UPSTREAM_COALESCE, UPSTREAM_CACHE_*); none: every GET is its own call. */
  reads?: ReadCache;
}

/** Who is calling, for one GraphQL operation. */
export interface UpstreamCaller {
  /** The incoming Authorization header, forwarded verbatim. */
  authorization: string;
  /** Sent as MS-CorrelationId: always a GUID (request-ids.ts), and what errors report as Partner Center's. */
  correlationId: string;
  /** The caller's own ms-correlationid, for logs, when it is not that GUID itself. */
  callerCorrelationId?: string;
  cv?: string;
  locale?: string;
  /** Epoch ms after which no attempt starts and no wait extends. */
  deadline: number;
  /** Counters of this operation, for its log line. */
  stats: { calls: number; retries: number };
  /** The caller's Cache-Control for this operation. */
  cachePolicy?: CachePolicy;
  /** This operation's cache and coalescing counts (extensions.upstreamCache, the log line). */
  reads?: ReadStats;
}

export interface UpstreamAttempt {
  method: string;
  /** Path template, never the ids: `/customers/{customerId}/orders`. */
  route: string;
  attempt: number;
  status: number | undefined;
  durationMs: number;
  outcome: "ok" | "retry" | "error";
  /** The MS-CorrelationId sent. */
  correlationId: string;
  /** The caller's own ms-correlationid, when it differs. */
  callerCorrelationId?: string;
}

/** Hooks for logs and metrics; the client calls them and knows nothing of either. */
export interface UpstreamObserver {
  attempt?(event: UpstreamAttempt): void;
  throttled?(event: { retryAfterSeconds: number; waited: boolean }): void;
  inFlight?(delta: 1 | -1): void;
  /** Requests waiting for a place under the process-wide in-flight cap. */
  queued?(delta: 1 | -1): void;
}

export interface OrdersQuery {
  indirectResellerId?: string;
  billingType?: BillingCycle;
  includePrice: boolean;
  includeSystemPurchases: boolean;
}

export interface UpdateOrderOptions {
  /** Sent as MS-RequestId on every attempt: the idempotency key. */
  requestId: string;
  /** The order's etag, with or without quotes; sent quoted as If-Match. */
  ifMatch?: string;
}

/** Per-call hooks of the caller's data layer. */
export interface CollectionOptions {
  /**
   * Called before each page after the first (`links.next`) is requested; a page is one more
   * upstream call, so the operation's call budget admits it here (a throw stops the paging).
   */
  beforeNextPage?(): void;
}

interface UpstreamRequest {
  method: "GET" | "PATCH";
  /** The customer the request is about: throttling (429 cool-downs) is scoped to caller × customer. */
  customerId: string;
  url: string;
  route: string;
  headers: Record<string, string>;
  body?: string;
  /** Added to the message of a 401/403: what this endpoint needs of the caller's credentials. */
  credentialsHint?: string;
}

const ORDERS_ROUTE = "/customers/{customerId}/orders";
const ORDER_ROUTE = "/customers/{customerId}/orders/{orderId}";
const PROVISIONING_ROUTE = "/customers/{customerId}/orders/{orderId}/provisioningstatus";
const ACTIVATION_LINKS_ROUTE = "/customers/{customerId}/orders/{orderId}/activationlinks";
/**
 * Microsoft's docs: provisioning status "supports authentication with App+User credentials only"
 * (https://learn.microsoft.com/en-us/partner-center/developer/get-order-provisioning-status).
 */
const APP_USER_ONLY = "this endpoint accepts App+User credentials only (a token issued for a signed-in user, scope user_impersonation), not an app-only token";

/**
 * The one header a `links.next` may set (docs/partner-center.md, paging). Everything else it carries
 * — Authorization, MS-CorrelationId, MS-RequestId, MS-CV, X-Locale, Host… — is ignored: the facade's
 * own headers say who is calling, never the upstream's answer.
 */
const CONTINUATION_TOKEN = "ms-continuationtoken";
/** A header value Node can send and HTTP allows: visible ASCII, inner spaces and tabs. */
const HEADER_VALUE = /^[\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?$/;

export class PartnerCenterClient {
  readonly #options: PartnerCenterClientOptions;
  readonly #http: Got;
  readonly #limit: LimitFunction;
  readonly #origin: string;
  readonly #apiRoot: string;
  readonly #throttle: Throttle;
  readonly #clock: Clock;
  readonly #reads: ReadCache | undefined;
  readonly #agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  /** Aborted when shutdown cuts in-flight operations off: every attempt, wait and backoff listens to it. */
  readonly #shutdown = new AbortController();

  constructor(options: PartnerCenterClientOptions) {
    this.#options = options;
    // Every attempt, wait and backoff in flight listens to the one shutdown signal and stops listening
    // when it ends; more than Node's default of 10 at once is normal load, not a leak to warn about.
    setMaxListeners(0, this.#shutdown.signal);
    this.#origin = new URL(options.baseUrl).origin;
    this.#apiRoot = `${options.baseUrl.replace(/\/+$/, "")}/${options.apiVersion}`;
    this.#limit = pLimit(options.maxConcurrency);
    this.#throttle = options.throttle;
    this.#clock = options.clock ?? systemClock;
    this.#reads = options.reads;
    this.#http = got.extend({
      agent: this.#agents,
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      decompress: true,
    });
  }

  /** GET /customers/{id}/orders, following links.next on the same origin up to the page cap. */
  async listOrders(
    caller: UpstreamCaller,
    customerId: string,
    query: OrdersQuery,
    options: CollectionOptions = {},
  ): Promise<OrderCollectionModel> {
    const params = new URLSearchParams();
    if (query.indirectResellerId !== undefined) params.set(ORDERS_QUERY_KEYS.indirectResellerId, query.indirectResellerId);
    if (query.billingType !== undefined) params.set(ORDERS_QUERY_KEYS.billingType, toBillingTypeQuery(query.billingType));
    params.set(ORDERS_QUERY_KEYS.includePrice, String(query.includePrice));
    params.set(ORDERS_QUERY_KEYS.includeSystemPurchases, String(query.includeSystemPurchases));
    return this.#getCollection(caller, customerId, `${ordersPath(customerId)}?${params}`, ORDERS_ROUTE, assertOrderCollection, options);
  }

  /** GET /customers/{customerId}/orders/{orderId}, with prices when asked (include_price). */
  async getOrder(caller: UpstreamCaller, customerId: string, orderId: string, includePrice: boolean): Promise<OrderModel> {
    const params = new URLSearchParams({ [ORDERS_QUERY_KEYS.includePrice]: String(includePrice) });
    return this.#send(
      caller,
      { method: "GET", customerId, url: `${this.#apiRoot}${orderPath(customerId, orderId)}?${params}`, route: ORDER_ROUTE, headers: {} },
      assertOrder,
    );
  }

  /** GET /customers/{customerId}/orders/{orderId}/provisioningstatus: where each line of the order stands. */
  getOrderProvisioningStatus(
    caller: UpstreamCaller,
    customerId: string,
    orderId: string,
    options: CollectionOptions = {},
  ): Promise<ResourceCollectionModel<OrderLineItemProvisioningStatusModel>> {
    return this.#getCollection(caller, customerId, `${orderPath(customerId, orderId)}/provisioningstatus`, PROVISIONING_ROUTE, assertProvisioningStatuses, options, APP_USER_ONLY);
  }

  /** GET /customers/{customerId}/orders/{orderId}/activationlinks: activation links of the order's marketplace lines. */
  getOrderActivationLinks(
    caller: UpstreamCaller,
    customerId: string,
    orderId: string,
    options: CollectionOptions = {},
  ): Promise<ResourceCollectionModel<OrderLineItemActivationLinkModel>> {
    return this.#getCollection(caller, customerId, `${orderPath(customerId, orderId)}/activationlinks`, ACTIVATION_LINKS_ROUTE, assertActivationLinks, options);
  }

  /** PATCH /customers/{customerId}/orders/{orderId} with a partial order. */
  async updateOrder(
    caller: UpstreamCaller,
    customerId: string,
    orderId: string,
    patch: OrderModel,
    options: UpdateOrderOptions,
  ): Promise<OrderModel> {
    const headers: Record<string, string> = { "content-type": "application/json", "ms-requestid": options.requestId };
    if (options.ifMatch !== undefined) {
      const etag = unquoteEtag(options.ifMatch);
      // `*` (any current version) is a keyword of If-Match, not an etag: quoted, it would name an etag "*".
      headers["if-match"] = etag === "*" ? "*" : `"${etag}"`;
    }
    const request: UpstreamRequest = { method: "PATCH", customerId, url: `${this.#apiRoot}${orderPath(customerId, orderId)}`, route: ORDER_ROUTE, headers, body: JSON.stringify(patch) };
    const callsBefore = caller.stats.calls;
    try {
      return await this.#send(caller, request, assertOrder);
    } finally {
      // Sent at least once, whatever the answer: the order may have changed, so no read of that
      // customer cached before, or in flight since before, is served again (README, Response cache).
      if (caller.stats.calls > callsBefore) await this.#reads?.invalidate(customerId);
    }
  }

  /**
   * Shutdown past its deadline: every upstream call in flight is aborted, every wait (backoff,
   * Retry-After, queue) ends, and those operations and any later one fail with SHUTTING_DOWN.
   */
  abortInFlight(): void {
    this.#shutdown.abort();
  }

  /** Closes idle keep-alive sockets (shutdown, tests). */
  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }

  /**
   * A collection, every page of it: links.next is followed on the same origin up to the page cap.
   * After paging, totalCount is the number of items of every page (Partner Center's totalCount
   * counts the page it comes with).
   */
  async #getCollection<T extends ResourceCollectionModel<unknown>>(
    caller: UpstreamCaller,
    customerId: string,
    path: string,
    route: string,
    check: CollectionCheck<T>,
    options: CollectionOptions,
    credentialsHint?: string,
  ): Promise<T> {
    const first = await this.#send(caller, { method: "GET", customerId, url: `${this.#apiRoot}${path}`, route, headers: {}, credentialsHint }, check);
    let next = first.links?.next;
    if (!next) return first;
    const items = [...(first.items ?? [])];
    for (let page = 1; next; page++) {
      if (page >= this.#options.maxPages) {
        throw upstreamFailure(`the collection has more than ${this.#options.maxPages} pages`, caller.correlationId);
      }
      const request: UpstreamRequest = { ...this.#nextPageRequest(next, customerId, route, caller.correlationId), credentialsHint };
      options.beforeNextPage?.();
      const following = await this.#send(caller, request, check);
      for (const item of following.items ?? []) items.push(item);
      next = following.links?.next;
    }
    return { ...first, items, totalCount: items.length };
  }

  /** A next link is followed only as a GET on the upstream's own origin: the caller's token goes nowhere else. */
  #nextPageRequest(link: LinkModel, customerId: string, route: string, correlationId: string): UpstreamRequest {
    if (typeof link !== "object" || link === null || typeof link.uri !== "string") {
      throw upstreamFailure("the order list's next link has no URI", correlationId);
    }
    if (typeof link.method !== "string" || link.method.toUpperCase() !== "GET") {
      throw upstreamFailure("the order list's next link is not a GET; it was not followed", correlationId);
    }
    let url: URL;
    try {
      url = link.uri.startsWith("/") ? new URL(`${this.#apiRoot}${link.uri}`) : new URL(link.uri);
    } catch {
      throw upstreamFailure("the order list's next link is not a valid URI", correlationId);
    }
    // A user name or password in the URL would become an Authorization header of its own (got sends
    // URL credentials as Basic), replacing the caller's token: refused like another origin.
    if (url.origin !== this.#origin || url.username !== "" || url.password !== "") {
      throw upstreamFailure("the order list's next link points to another host or carries credentials; it was not followed", correlationId);
    }
    const headers: Record<string, string> = {};
    for (const { key, value } of Array.isArray(link.headers) ? link.headers : []) {
      if (typeof key !== "string" || key.toLowerCase() !== CONTINUATION_TOKEN || typeof value !== "string") continue;
      if (!HEADER_VALUE.test(value)) throw upstreamFailure("the order list's next link has a continuation token that cannot be sent as a header", correlationId);
      headers[CONTINUATION_TOKEN] = value;
    }
    return { method: "GET", customerId, url: url.href, route: `${route} (next page)`, headers };
  }

  /**
   * One logical request: attempts until success, a final error, the retry budget or the deadline.
   * `check` reads the 200 body (a shape check); a body that is not the JSON expected is retried
   * like a malformed one (docs/errors.md).
   */
  async #send<T>(caller: UpstreamCaller, request: UpstreamRequest, check: (body: unknown, correlationId: string) => T): Promise<T> {
    const reads = this.#reads;
    if (request.method !== "GET" || reads === undefined) return (await this.#exchange(caller, request, check)).value;
    const result = await reads.read(
      {
        callerKey: this.#throttle.callerKeyOf(caller),
        customerId: request.customerId,
        // A next page is the same URL with another continuation token (a header): the token is part of what is read.
        url: request.headers[CONTINUATION_TOKEN] === undefined ? request.url : `${request.url}\n${CONTINUATION_TOKEN}: ${request.headers[CONTINUATION_TOKEN]}`,
        locale: caller.locale,
        policy: caller.cachePolicy ?? "default",
        path: new URL(request.url).pathname.slice(new URL(this.#apiRoot).pathname.length),
        stats: (caller.reads ??= newReadStats()),
        deadline: caller.deadline,
        deadlineError: () => upstreamFailure("the operation's deadline passed", caller.correlationId),
      },
      async (shared) => {
        const { value, raw } = await this.#exchange(shared ? sharedCaller(caller, shared) : caller, request, check);
        return { body: raw, value };
      },
      isStaleEligible,
    );
    // A body from the cache is parsed and checked anew; a call's own or joined value is used as it is.
    return result.value ?? check(JSON.parse(result.body) as unknown, caller.correlationId);
  }

  /** One logical request through the resilience policy; the checked value and the body as received. */
  async #exchange<T>(caller: UpstreamCaller, request: UpstreamRequest, check: (body: unknown, correlationId: string) => T): Promise<{ value: T; raw: string }> {
    const { maxRetries } = this.#options;
    // One MS-RequestId per logical request, reused on every attempt (it is the idempotency key).
    const headers: Record<string, string> = {
      accept: "application/json",
      authorization: caller.authorization,
      "ms-correlationid": caller.correlationId,
      "ms-requestid": randomUUID(),
      ...request.headers,
    };
    if (caller.cv) headers["ms-cv"] = caller.cv;
    if (caller.locale) headers["x-locale"] = caller.locale;

    const { signal } = this.#shutdown;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw shuttingDown(caller.correlationId);
      await this.#throttle.admit(caller, request.customerId, signal);
      if (signal.aborted) throw shuttingDown(caller.correlationId);
      const remaining = caller.deadline - this.#clock.now();
      if (remaining <= 0) throw upstreamFailure("the operation's deadline passed", caller.correlationId);

      caller.stats.calls++;
      if (attempt > 1) caller.stats.retries++;
      let outcome = await this.#attempt(request, headers, attempt, caller);
      const retriesLeft = attempt <= maxRetries;

      if (outcome.kind === "ok") {
        try {
          return { value: check(outcome.body, caller.correlationId), raw: outcome.raw };
        } catch (error) {
          if (!(error instanceof PartnerCenterError)) throw error;
          outcome = { kind: "retryable", error };
        }
      }
      if (outcome.kind === "throttled") {
        const waitMs = outcome.retryAfterSeconds * 1000;
        await this.#throttle.throttled(caller, request.customerId, outcome.retryAfterSeconds);
        const fits = retriesLeft && waitMs <= this.#options.retryAfterMaxWaitMs && this.#clock.now() + waitMs < caller.deadline;
        this.#options.observer?.throttled?.({ retryAfterSeconds: outcome.retryAfterSeconds, waited: fits });
        if (!fits) throw outcome.error;
        continue; // the throttle makes the next attempt wait out Retry-After
      }
      if (outcome.kind === "final" || !retriesLeft) throw outcome.error;

      const backoff = this.#options.retryBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random());
      if (this.#clock.now() + backoff >= caller.deadline) throw outcome.error;
      await this.#clock.sleep(backoff, signal); // an abort ends the wait; the loop then throws

    }
  }

  /**
   * One HTTP exchange, cut off after UPSTREAM_TIMEOUT_MS or at the caller's deadline, whichever
   * comes first. The deadline is read again when it comes: a shared GET's deadline moves on when
   * a reader with a later one joins it mid-attempt, and the attempt then goes on for that reader.
   */
  async #attempt(request: UpstreamRequest, headers: Record<string, string>, attempt: number, caller: UpstreamCaller): Promise<AttemptOutcome> {
    const started = performance.now();
    const tracer = trace.getTracer("partner-center-graphql");
    return tracer.startActiveSpan(
      `${request.method} ${request.route}`,
      { kind: SpanKind.CLIENT, attributes: { "http.request.method": request.method, "url.template": request.route, "ms.correlation_id": caller.correlationId, attempt } },
      async (span) => {
        const sentHeaders = { ...headers };
        propagation.inject(otelContext.active(), sentHeaders);
        let status: number | undefined;
        let outcome: AttemptOutcome;
        const deadline = abortAtDeadline(() => caller.deadline, this.#clock, this.#shutdown.signal);
        try {
          this.#options.observer?.queued?.(1);
          const response: Response<Buffer> = await this.#limit(() => {
            this.#options.observer?.queued?.(-1);
            this.#options.observer?.inFlight?.(1);
            return this.#http(request.url, {
              method: request.method,
              headers: sentHeaders,
              body: request.body,
              timeout: { request: this.#options.timeoutMs },
              signal: deadline.signal,
              // Bytes, decoded once in classify(): got's own text decoding cost about as much CPU
              // as the HTTP exchange itself on a 100 KB order list.
              responseType: "buffer",
            }).finally(() => this.#options.observer?.inFlight?.(-1));
          });
          status = response.statusCode;
          outcome = classify(response, caller.correlationId, this.#clock.now(), request.credentialsHint);
        } catch (error) {
          outcome = this.#shutdown.signal.aborted
            ? { kind: "final", error: shuttingDown(caller.correlationId) }
            : { kind: "retryable", error: upstreamFailure(deadline.signal.aborted ? TIMED_OUT : describeNetworkError(error), caller.correlationId) };
        } finally {
          deadline.stop();
        }
        const retries = outcome.kind === "retryable" || outcome.kind === "throttled";
        span.setAttribute("http.response.status_code", status ?? 0);
        if (outcome.kind !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error.code });
        span.end();
        this.#options.observer?.attempt?.({
          method: request.method,
          route: request.route,
          attempt,
          status,
          durationMs: performance.now() - started,
          outcome: outcome.kind === "ok" ? "ok" : retries ? "retry" : "error",
          correlationId: caller.correlationId,
          callerCorrelationId: caller.callerCorrelationId,
        });
        return outcome;
      },
    );
  }
}

/**
 * The caller a shared GET is sent with: the leader's token, headers and counters, but the longest
 * deadline of those waiting for it, so that one operation's deadline does not fail the others.
 */
function sharedCaller(caller: UpstreamCaller, shared: SharedCall): UpstreamCaller {
  const copy: UpstreamCaller = { ...caller };
  Object.defineProperty(copy, "deadline", { get: () => shared.deadline, enumerable: true });
  return copy;
}

/**
 * A signal that aborts when `deadline()` passes, or with `shutdown`. The deadline is read again when
 * the timer fires: one moved on in the meantime (a joiner's, sharedCaller) re-arms the timer for the
 * difference. Only the first wait is read from the clock, so an injected clock that stands still
 * still ends it. Its listener on `shutdown` goes with stop() (no AbortSignal.any, whose dependants
 * of a long-lived signal have leaked in some Node versions).
 */
function abortAtDeadline(deadline: () => number, clock: Clock, shutdown: AbortSignal): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  const onShutdown = () => controller.abort();
  if (shutdown.aborted) controller.abort();
  else shutdown.addEventListener("abort", onShutdown, { once: true });
  let armedFor = deadline();
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    const current = deadline();
    if (current <= armedFor) return controller.abort();
    timer = setTimeout(fire, current - armedFor).unref();
    armedFor = current;
  };
  const left = armedFor - clock.now();
  if (left <= 0) controller.abort();
  else timer = setTimeout(fire, left).unref();
  return {
    signal: controller.signal,
    stop: () => {
      clearTimeout(timer);
      shutdown.removeEventListener("abort", onShutdown);
    },
  };
}

/** A failed refresh that may be answered from an expired entry: 5xx, timeout, reset, malformed body, 429, cool-down. */
const isStaleEligible = (error: unknown): boolean =>
  error instanceof PartnerCenterError && (error.code === "UPSTREAM_ERROR" || error.code === "RATE_LIMITED");

/** An etag as given, quoted or not (Partner Center's bodies carry it bare, HTTP quotes it), without its quotes. */
export const unquoteEtag = (value: string): string => value.replace(/^"|"$/g, "");

/** Partner Center paths of a customer's orders and of one order, as requested (and as staleResources names them). */
export const ordersPath = (customerId: string): string => `/customers/${encodeURIComponent(customerId)}/orders`;
export const orderPath = (customerId: string, orderId: string): string =>
  `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`;

type AttemptOutcome =
  | { kind: "ok"; body: unknown; raw: string }
  | { kind: "throttled"; error: PartnerCenterError; retryAfterSeconds: number }
  | { kind: "retryable"; error: PartnerCenterError }
  | { kind: "final"; error: PartnerCenterError };

function classify(response: Response<Buffer>, correlationId: string, now: number, hint: string | undefined): AttemptOutcome {
  const status = response.statusCode;
  const body = response.body.toString("utf8");
  if (status >= 200 && status < 300) {
    try {
      return { kind: "ok", body: JSON.parse(body), raw: body };
    } catch {
      return { kind: "retryable", error: upstreamFailure("the answer was not valid JSON", correlationId, status) };
    }
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers["retry-after"], now);
    return { kind: "throttled", retryAfterSeconds, error: errorFromStatus(status, body, correlationId, retryAfterSeconds) };
  }
  const error = errorFromStatus(status, body, correlationId, undefined, { hint });
  return status >= 500 ? { kind: "retryable", error } : { kind: "final", error };
}

/** Retry-After is delta-seconds or an HTTP date; absent or unreadable means one second. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number {
  if (value === undefined) return 1;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - now) / 1000));
}

const TIMED_OUT = "the request timed out";

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ETIMEDOUT") return TIMED_OUT;
  if (code === "ECONNRESET") return "the connection was reset";
  if (code === "ECONNREFUSED") return "the connection was refused";
  return typeof code === "string" ? `network error ${code}` : "network error";
}
