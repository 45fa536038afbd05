/**
 * Spending Partner Center's budget once (README, Response cache): identical GETs in flight share
 * one upstream call, and, with UPSTREAM_CACHE_TTL_MS, a successful GET's raw body is kept and
 * reused by later operations of the same caller.
 *
 * A read's key is the caller key (a hash of the token, never the token), the X-Locale and the full
 * URL with its query. Entries of the cache are raw bodies, parsed anew by every reader. Readers that
 * join a call in flight in this process get the leader's checked value itself, not a copy: parsing
 * and checking a 1000-order body again for each joiner cost as much CPU as the leader's own. That is
 * safe because the mapping (mapping.ts) is idempotent and nothing changes a view once it is mapped.
 * Every customer has a generation; an updateOrder on it (through any replica, with Redis) moves it
 * on, which makes every entry read before unusable and keeps later operations from joining a read
 * that began before.
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import type { Clock } from "./clock.js";

/** What the caller's Cache-Control asks of this operation. */
export type CachePolicy = "default" | "no-cache" | "no-store";

/** One stored body and when it was fetched. */
export interface CacheEntry {
  body: string;
  storedAt: number;
  /** The customer's generation the body was read under. */
  generation: number;
}

/** Where entries and generations live: this process, or Redis shared by every replica. */
export interface ResponseCacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry, ttlMs: number): Promise<void>;
  generation(customerId: string): Promise<number>;
  /** After a PATCH on the customer: every entry read before is unusable. */
  bump(customerId: string): Promise<void>;
}

/** Generations kept in a process; past this, the least recently used are folded into a floor. */
const MAX_GENERATIONS = 100_000;

/** The in-process store: an LRU bounded by the bytes of its bodies, entries expiring by TTL. */
export class MemoryResponseCacheStore implements ResponseCacheStore {
  readonly #entries: LRUCache<string, CacheEntry>;
  readonly #generations: LRUCache<string, number>;
  /** Bumps are numbered; a generation evicted from the LRU leaves its number here, so entries of it are never trusted again. */
  #sequence = 0;
  #floor = 0;

  constructor(options: { maxBytes: number; clock: Clock }) {
    const perf = { now: () => options.clock.now() };
    this.#entries = new LRUCache<string, CacheEntry>({
      maxSize: Math.max(1, options.maxBytes),
      // Bytes of the body (UTF-8) plus the key: what an entry costs this process, roughly.
      sizeCalculation: (entry, key) => Buffer.byteLength(entry.body, "utf8") + key.length,
      perf,
      // Ages are read from the clock on every get (no 1-ms memo), so an injected clock's time is the truth.
      ttlResolution: 0,
    });
    this.#generations = new LRUCache<string, number>({
      max: MAX_GENERATIONS,
      dispose: (value, _key, reason) => {
        if (reason === "evict") this.#floor = Math.max(this.#floor, value);
      },
    });
    this.maxBytes = options.maxBytes;
  }

  readonly maxBytes: number;

  /** Bytes held now (never more than maxBytes). */
  get size(): number {
    return this.#entries.calculatedSize ?? 0;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    return this.#entries.get(key);
  }

  async set(key: string, entry: CacheEntry, ttlMs: number): Promise<void> {
    // An entry over the whole bound is not kept (lru-cache would refuse it anyway, and say nothing).
    if (Buffer.byteLength(entry.body, "utf8") + key.length > this.maxBytes) return;
    this.#entries.set(key, entry, { ttl: ttlMs });
  }

  async generation(customerId: string): Promise<number> {
    return this.#generations.get(customerKey(customerId)) ?? this.#floor;
  }

  async bump(customerId: string): Promise<void> {
    this.#generations.set(customerKey(customerId), ++this.#sequence + this.#floor);
  }
}

/** Redis keys: `pcg:cache:<sha-256 of caller key, locale and URL>`, `pcg:gen:<customer id>`. */
const CACHE_PREFIX = "pcg:cache:";
const GENERATION_PREFIX = "pcg:gen:";
/** Generations in Redis outlive any entry: a day past the longest TTL allowed. */
const GENERATION_TTL_MS = 2 * 86_400_000;

/**
 * The cache in Redis, shared by every replica; entries expire there by TTL. While Redis is not
 * available (the throttle's connection says so), or a command fails, the in-process store answers:
 * no request fails because of the cache.
 */
export class RedisResponseCacheStore implements ResponseCacheStore {
  constructor(
    readonly redis: () => Redis | undefined,
    readonly local: MemoryResponseCacheStore,
    readonly onFallback: () => void = () => undefined,
  ) {}

  async #use<T>(remote: (redis: Redis) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    const redis = this.redis();
    if (redis === undefined) {
      this.onFallback();
      return fallback();
    }
    try {
      return await remote(redis);
    } catch {
      this.onFallback();
      return fallback();
    }
  }

  get(key: string): Promise<CacheEntry | undefined> {
    return this.#use(
      async (redis) => {
        const raw = await redis.get(`${CACHE_PREFIX}${key}`);
        if (raw === null) return undefined;
        const parsed = JSON.parse(raw) as CacheEntry;
        return typeof parsed.body === "string" && typeof parsed.storedAt === "number" && typeof parsed.generation === "number" ? parsed : undefined;
      },
      () => this.local.get(key),
    );
  }

  set(key: string, entry: CacheEntry, ttlMs: number): Promise<void> {
    return this.#use(
      async (redis) => {
        await redis.set(`${CACHE_PREFIX}${key}`, JSON.stringify(entry), "PX", ttlMs);
      },
      () => this.local.set(key, entry, ttlMs),
    );
  }

  generation(customerId: string): Promise<number> {
    return this.#use(
      async (redis) => Number((await redis.get(`${GENERATION_PREFIX}${customerKey(customerId)}`)) ?? 0),
      () => this.local.generation(customerId),
    );
  }

  async bump(customerId: string): Promise<void> {
    // Both: this process's readers fall back to its own generations while Redis is away.
    await this.local.bump(customerId);
    await this.#use(
      async (redis) => {
        const key = `${GENERATION_PREFIX}${customerKey(customerId)}`;
        await redis.multi().incr(key).pexpire(key, GENERATION_TTL_MS).exec();
      },
      async () => undefined,
    );
  }
}

/** Customer ids are GUIDs in any case: one generation per customer, whatever the spelling. */
const customerKey = (customerId: string): string => customerId.toLowerCase();

/** Hooks for metrics. */
export interface ReadCacheObserver {
  cache?(result: "hit" | "miss" | "stale" | "bypass"): void;
  coalesced?(): void;
}

/** This operation's reads, for extensions.upstreamCache and the log line. */
export interface ReadStats {
  hits: number;
  misses: number;
  coalesced: number;
  /** Partner Center paths (e.g. /customers/c-1/orders) served from an expired entry, with the age in seconds. */
  staleResources: Map<string, number>;
  /** The GraphQL fields those served, by response path, as the resolvers report them (extensions.upstreamCache.stale). */
  stale: Array<{ path: Array<string | number>; ageSeconds: number }>;
  /** Age of the oldest data served, in ms. */
  maxAgeMs: number;
}

export const newReadStats = (): ReadStats => ({ hits: 0, misses: 0, coalesced: 0, staleResources: new Map(), stale: [], maxAgeMs: 0 });

export interface ReadCacheOptions {
  coalesce: boolean;
  /** 0: no response cache. */
  ttlMs: number;
  staleIfErrorMs: number;
  store: ResponseCacheStore;
  clock: Clock;
  observer?: ReadCacheObserver;
}

/** One read as the cache sees it. */
export interface CachedRead {
  callerKey: string;
  customerId: string;
  url: string;
  locale: string | undefined;
  policy: CachePolicy;
  /** The Partner Center path read (no host, no query), for staleResources. */
  path: string;
  stats: ReadStats;
  /** Epoch ms after which this reader stops waiting (a joiner keeps its own deadline). */
  deadline: number;
  /** The error a reader gets when its deadline passes while it waits for another's call. */
  deadlineError(): Error;
}

/** A call others may join: the longest deadline among those waiting for it. */
export interface SharedCall {
  deadline: number;
}

/**
 * The body to use and, when this process has one, its checked value: this reader's own, or the one
 * of the call it joined (the same objects, shared by every reader of that call).
 */
export interface ReadResult<T> {
  body: string;
  value?: T;
}

/** Whether a failed refresh may be answered from an expired entry (5xx, timeout, reset, 429, cool-down). */
export type StaleEligible = (error: unknown) => boolean;

export class ReadCache {
  readonly #options: ReadCacheOptions;
  readonly #inFlight = new Map<string, { shared: SharedCall; promise: Promise<{ body: string; value: unknown }> }>();

  constructor(options: ReadCacheOptions) {
    this.#options = options;
  }

  get enabled(): boolean {
    return this.#options.ttlMs > 0;
  }

  /**
   * The body of a GET: from the cache, from a call in flight (with that call's checked value), or
   * from `fetch` (which also gives this reader's own checked value). `fetch(shared)` is given the shared call's deadline holder when
   * others may join it: a joiner with a later deadline extends it, so that no reader's deadline cuts
   * the call short for the others.
   */
  async read<T>(read: CachedRead, fetch: (shared: SharedCall | undefined) => Promise<{ body: string; value: T }>, staleEligible: StaleEligible): Promise<ReadResult<T>> {
    const { ttlMs, staleIfErrorMs, store, clock, observer, coalesce } = this.#options;
    const cacheOn = ttlMs > 0;
    const generation = cacheOn || coalesce ? await store.generation(read.customerId) : 0;
    const key = hashKey(read.callerKey, read.locale, read.url);
    let expired: CacheEntry | undefined;

    if (cacheOn && read.policy === "default") {
      const entry = await store.get(key);
      if (entry && entry.generation === generation) {
        const ageMs = clock.now() - entry.storedAt;
        if (ageMs < ttlMs) {
          read.stats.hits++;
          read.stats.maxAgeMs = Math.max(read.stats.maxAgeMs, ageMs);
          observer?.cache?.("hit");
          return { body: entry.body };
        }
        if (ageMs < ttlMs + staleIfErrorMs) expired = entry;
      }
    } else if (cacheOn) {
      observer?.cache?.("bypass");
    }

    const flightKey = `${generation}\n${key}`;
    const joinable = coalesce && read.policy === "default";
    const flying = joinable ? this.#inFlight.get(flightKey) : undefined;
    try {
      if (flying) {
        read.stats.coalesced++;
        observer?.coalesced?.();
        flying.shared.deadline = Math.max(flying.shared.deadline, read.deadline);
        const { body, value } = await withDeadline(flying.promise, read.deadline - clock.now(), read.deadlineError);
        read.stats.misses++; // not from the cache; the metric counts it as coalesced, the leader's call as the miss
        // The same URL is read with the same check, so the leader's value is what this reader's would be.
        return { body, value: value as T };
      }
      const sharedCall: SharedCall | undefined = joinable ? { deadline: read.deadline } : undefined;
      const call = fetch(sharedCall);
      if (sharedCall) {
        const shared: Promise<{ body: string; value: unknown }> = call;
        this.#inFlight.set(flightKey, { shared: sharedCall, promise: shared });
        // Gone once settled, whoever awaits it; a rejection here is each awaiter's to handle.
        shared.then(
          () => this.#inFlight.delete(flightKey),
          () => this.#inFlight.delete(flightKey),
        );
      }
      // The leader too keeps its own deadline: the call it started goes on for those who joined it.
      const { body, value } = sharedCall ? await withDeadline(call, read.deadline - clock.now(), read.deadlineError) : await call;
      this.#countMiss(read);
      if (cacheOn && read.policy !== "no-store") {
        await store.set(key, { body, storedAt: clock.now(), generation }, ttlMs + staleIfErrorMs);
      }
      return { body, value };
    } catch (error) {
      if (expired && staleEligible(error)) {
        const ageMs = clock.now() - expired.storedAt;
        const ageSeconds = Math.floor(ageMs / 1000);
        read.stats.staleResources.set(read.path, Math.max(ageSeconds, read.stats.staleResources.get(read.path) ?? 0));
        read.stats.maxAgeMs = Math.max(read.stats.maxAgeMs, ageMs);
        observer?.cache?.("stale");
        return { body: expired.body };
      }
      throw error;
    }
  }

  #countMiss(read: CachedRead): void {
    read.stats.misses++;
    if (this.#options.ttlMs > 0 && read.policy === "default") this.#options.observer?.cache?.("miss");
  }

  /** After a PATCH on the customer was sent (whatever its answer). */
  invalidate(customerId: string): Promise<void> {
    return this.#options.store.bump(customerId);
  }
}

/** The promise, or the reader's own deadline error if that passes first. */
function withDeadline<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  if (ms <= 0) return Promise.reject(error());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(error()), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (reason: unknown) => {
        clearTimeout(timer);
        reject(reason);
      },
    );
  });
}

/** Keys hold no token and no readable URL: a SHA-256 of the caller key, the locale and the URL. */
function hashKey(callerKey: string, locale: string | undefined, url: string): string {
  return createHash("sha256").update(callerKey).update("\n").update(locale ?? "").update("\n").update(url).digest("hex");
}

/** Reads a Cache-Control request header: `no-store` wins over `no-cache`; anything else is the default. */
export function readCachePolicy(header: string | undefined): CachePolicy {
  if (header === undefined) return "default";
  const directives = header.toLowerCase().split(",").map((directive) => directive.trim());
  if (directives.includes("no-store")) return "no-store";
  if (directives.includes("no-cache")) return "no-cache";
  return "default";
}
