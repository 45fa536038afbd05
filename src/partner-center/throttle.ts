/**
 * The caller's throttle, asked before every upstream attempt and told after every 429:
 * - the rate budget: `PARTNER_CENTER_RATE_LIMIT_PER_MINUTE` upstream requests a minute per caller,
 *   counted by rate-limiter-flexible (a fixed one-minute window per caller);
 * - the cool-downs: a 429 for a customer holds that caller off that customer (and only that
 *   customer) until its Retry-After has passed.
 * Callers are keyed by a hash of their token (caller-key.ts), computed once per operation; no token is kept.
 *
 * The state lives in a store chosen once at start-up: this process (`MemoryThrottleStore`), or
 * Redis shared by every replica (`RedisThrottleStore`), which serves from in-process state while
 * Redis fails and returns to Redis by itself. A hold that fits the wait budget and the operation's
 * deadline is sat out; a longer one is RATE_LIMITED with `retryAfter`, and nothing is sent.
 */
import { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { type CallerKeyFunction, callerKeyFunction } from "./caller-key.js";
import { type Clock, systemClock } from "./clock.js";
import { PartnerCenterError } from "./errors.js";

/** What the throttle needs of a caller (an UpstreamCaller is one). */
export interface ThrottledCaller {
  /** The token: hashed here, never stored. */
  authorization: string;
  correlationId: string;
  /** Epoch ms after which no wait extends. */
  deadline: number;
}

export type HoldReason = "cooldown" | "budget";

/** Why a call may not go now, and for how long (ms). */
export interface Hold {
  reason: HoldReason;
  waitMs: number;
}

/** Where the budget and the cool-downs live. Keys are token hashes (and customer ids), never tokens. */
export interface ThrottleStore {
  /** Reads the caller × customer cool-down and, when there is none, takes one unit of the caller's budget. */
  admit(callerKey: string, customerId: string): Promise<Hold | undefined>;
  /** Holds the caller off the customer for `ms`. Resolves once recorded (bounded when Redis is slow). */
  coolDown(callerKey: string, customerId: string, ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface ThrottleObserver {
  /** A call held back by a cool-down or the rate budget: waited out, or refused with nothing sent. */
  held?(event: { reason: HoldReason; waitedMs: number; failedFast: boolean }): void;
}

export interface ThrottleOptions {
  store: ThrottleStore;
  /** UPSTREAM_RETRY_AFTER_MAX_WAIT_MS: the longest a call sits out holds before it fails. */
  maxWaitMs: number;
  observer?: ThrottleObserver;
  /** How a token becomes a key (CALLER_KEY_SECRET); SHA-256 of it by default. */
  callerKey?: CallerKeyFunction;
  /** Where holds are waited out and deadlines read (the system clock by default). */
  clock?: Clock;
}

export class Throttle {
  readonly #store: ThrottleStore;
  readonly #maxWaitMs: number;
  readonly #observer: ThrottleObserver | undefined;
  /** The token's hash per operation, computed on its first upstream attempt only. */
  readonly #callerKeys = new WeakMap<ThrottledCaller, string>();
  readonly #keyOf: CallerKeyFunction;
  readonly #clock: Clock;

  constructor(options: ThrottleOptions) {
    this.#store = options.store;
    this.#keyOf = options.callerKey ?? callerKeyFunction(undefined);
    this.#maxWaitMs = options.maxWaitMs;
    this.#observer = options.observer;
    this.#clock = options.clock ?? systemClock;
  }

  /** Before an attempt: returns when it may go (after waiting, if the wait fits), else throws RATE_LIMITED. */
  async admit(caller: ThrottledCaller, customerId: string, signal?: AbortSignal): Promise<void> {
    const callerKey = this.#callerKey(caller);
    let waitedMs = 0;
    for (;;) {
      const hold = await this.#store.admit(callerKey, customerId);
      if (hold === undefined) return;
      if (waitedMs + hold.waitMs > this.#maxWaitMs || this.#clock.now() + hold.waitMs >= caller.deadline) {
        this.#observer?.held?.({ reason: hold.reason, waitedMs: 0, failedFast: true });
        throw rateLimited(hold, caller.correlationId);
      }
      this.#observer?.held?.({ reason: hold.reason, waitedMs: hold.waitMs, failedFast: false });
      // An abort (shutdown) ends the wait; the caller sees the signal and gives up.
      if (!(await this.#clock.sleep(hold.waitMs, signal))) return;
      waitedMs += hold.waitMs;
    }
  }

  /** After a 429: the caller is held off that customer until Retry-After has passed, on every replica of the store. */
  async throttled(caller: ThrottledCaller, customerId: string, retryAfterSeconds: number): Promise<void> {
    if (retryAfterSeconds > 0) await this.#store.coolDown(this.#callerKey(caller), customerId, retryAfterSeconds * 1000);
  }

  close(): Promise<void> {
    return this.#store.close();
  }

  /** The caller's key (a hash of its token, an HMAC with CALLER_KEY_SECRET), computed once per operation. */
  callerKeyOf(caller: ThrottledCaller): string {
    return this.#callerKey(caller);
  }

  #callerKey(caller: ThrottledCaller): string {
    let key = this.#callerKeys.get(caller);
    if (key === undefined) {
      key = this.#keyOf(caller.authorization);
      this.#callerKeys.set(caller, key);
    }
    return key;
  }
}

function rateLimited(hold: Hold, correlationId: string): PartnerCenterError {
  const retryAfter = Math.max(1, Math.ceil(hold.waitMs / 1000));
  const message =
    hold.reason === "cooldown"
      ? `Partner Center asked this caller to hold off this customer; retry after ${retryAfter} s (nothing was sent)`
      : `This caller's upstream request budget (PARTNER_CENTER_RATE_LIMIT_PER_MINUTE) is spent; retry after ${retryAfter} s (nothing was sent)`;
  // No `upstream`: nothing was sent, so Partner Center said nothing about this call. Still a
  // PartnerCenterError, not a LocalRefusal: it stands for Partner Center's own throttling (a 429's
  // cool-down, its budget), and the client treats it as one (stale-if-error serves an expired entry).
  return new PartnerCenterError(message, "RATE_LIMITED", { correlationId, retryAfter });
}

/** Cool-downs kept in a process; past it the least recently used are dropped (they cost one 429 more). */
export const DEFAULT_MAX_COOLDOWNS = 10_000;
const BUDGET_WINDOW_SECONDS = 60;
/** Redis keys: `pcg:budget:<caller key>`, `pcg:cooldown:<caller key>:<customer id>` (caller-key.ts). */
const KEY_PREFIX = "pcg";

export interface ThrottleStoreOptions {
  /** Upstream requests a minute per caller; 0 turns the budget off. */
  ratePerMinute: number;
  maxCooldowns?: number;
  /** Where cool-downs read time (the system clock by default). */
  clock?: Clock;
}

/** In-process cool-downs: a bounded LRU whose entries expire on their own (lru-cache). */
class LocalCooldowns {
  readonly #entries: LRUCache<string, number>;
  readonly #clock: Clock;

  constructor(max: number, clock: Clock = systemClock) {
    this.#clock = clock;
    // The cache's own expiry reads the same clock, so a cool-down ends when its until does.
    this.#entries = new LRUCache<string, number>({ max, perf: { now: () => clock.now() } });
  }

  /** Milliseconds left, 0 when none. */
  remainingMs(key: string): number {
    const until = this.#entries.get(key);
    return until === undefined ? 0 : Math.max(0, until - this.#clock.now());
  }

  set(key: string, ms: number): void {
    if (ms > 0) this.#entries.set(key, this.#clock.now() + ms, { ttl: ms });
  }

  get size(): number {
    return this.#entries.size;
  }
}

const cooldownKey = (callerKey: string, customerId: string) => `${callerKey}:${customerId}`;
const granted = () => undefined;
function budgetHold(refusal: unknown): Hold {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  return { reason: "budget", waitMs: Math.max(1, refusal.msBeforeNext) };
}

function memoryBudget(ratePerMinute: number): RateLimiterMemory | undefined {
  return ratePerMinute > 0 ? new RateLimiterMemory({ keyPrefix: `${KEY_PREFIX}:budget`, points: ratePerMinute, duration: BUDGET_WINDOW_SECONDS }) : undefined;
}

/** The default: budget and cool-downs of this process only. */
export class MemoryThrottleStore implements ThrottleStore {
  readonly #cooldowns: LocalCooldowns;
  readonly #budget: RateLimiterMemory | undefined;

  constructor(options: ThrottleStoreOptions) {
    this.#cooldowns = new LocalCooldowns(options.maxCooldowns ?? DEFAULT_MAX_COOLDOWNS, options.clock);
    this.#budget = memoryBudget(options.ratePerMinute);
  }

  async admit(callerKey: string, customerId: string): Promise<Hold | undefined> {
    const coolingMs = this.#cooldowns.remainingMs(cooldownKey(callerKey, customerId));
    if (coolingMs > 0) return { reason: "cooldown", waitMs: coolingMs };
    return this.#budget?.consume(callerKey).then(granted, budgetHold);
  }

  async coolDown(callerKey: string, customerId: string, ms: number): Promise<void> {
    this.#cooldowns.set(cooldownKey(callerKey, customerId), ms);
  }

  /** Cool-downs held (never more than maxCooldowns). */
  get cooldownCount(): number {
    return this.#cooldowns.size;
  }

  async close(): Promise<void> {}
}

export interface RedisThrottleStoreOptions extends ThrottleStoreOptions {
  /** redis://[user:password@]host:port[/db] or rediss://… */
  url: string;
  /** Longest any Redis command may add to a request before in-process state answers instead. */
  commandTimeoutMs: number;
  /** Called once when Redis becomes available (at start and after each outage) and once per outage. */
  onAvailability?(available: boolean, reason?: string): void;
  /** Called for each admission or cool-down answered from in-process state because Redis was unavailable. */
  onFallback?(): void;
}

/** While Redis is unavailable, a PING this often tells when it is back (reconnection also does). */
const PROBE_INTERVAL_MS = 500;
/** Start-up waits at most this long for the first connection; later ones happen in the background. */
const FIRST_CONNECTION_WAIT_MS = 2000;

/**
 * Budget and cool-downs shared by every replica on one Redis. Each check is one round trip (the
 * budget's atomic script and the cool-down's PTTL are sent together). Cool-downs are also kept in
 * the process (write-through, and remote ones once read), so a customer known to be cooling down
 * costs no Redis call. While Redis fails, everything is answered from in-process state.
 */
export class RedisThrottleStore implements ThrottleStore {
  readonly #redis: Redis;
  readonly #cooldowns: LocalCooldowns;
  readonly #budget: RateLimiterRedis | undefined;
  /** Answers the budget while Redis is unavailable (rate-limiter-flexible's insurance limiter). */
  readonly #localBudget: RateLimiterMemory | undefined;
  readonly #options: RedisThrottleStoreOptions;
  #state: "starting" | "up" | "down" = "starting";
  #closed = false;
  #probe: NodeJS.Timeout | undefined;
  #started!: () => void;
  /** Settles when the first connection succeeded or failed (bounded). */
  readonly started: Promise<void>;

  constructor(options: RedisThrottleStoreOptions) {
    this.#options = options;
    this.#cooldowns = new LocalCooldowns(options.maxCooldowns ?? DEFAULT_MAX_COOLDOWNS, options.clock);
    this.started = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECTION_WAIT_MS).unref();
      this.#started = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.#redis = new Redis(options.url, {
      connectionName: "partner-center-graphql",
      // A request never waits for Redis: no queue while disconnected, a short timeout per command,
      // nothing re-sent after a reconnection; reconnection is retried forever, at most every second.
      enableOfflineQueue: false,
      commandTimeout: options.commandTimeoutMs,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      connectTimeout: 1000,
      // Closing destroys a socket that does not end within this (ioredis waits 2 s by default,
      // even for a socket already gone while reconnecting).
      disconnectTimeout: 200,
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    this.#redis.on("ready", () => this.#available());
    this.#redis.on("error", (error: Error) => this.#unavailable(error.message));
    this.#redis.on("close", () => this.#unavailable("connection closed"));

    this.#localBudget = memoryBudget(options.ratePerMinute);
    this.#budget =
      options.ratePerMinute > 0
        ? new RateLimiterRedis({
            storeClient: this.#redis,
            keyPrefix: `${KEY_PREFIX}:budget`,
            points: options.ratePerMinute,
            duration: BUDGET_WINDOW_SECONDS,
            rejectIfRedisNotReady: true,
            insuranceLimiter: this.#localBudget,
          })
        : undefined;
  }

  /** The connection while Redis is available, for the response cache to share (read-cache.ts); else undefined. */
  get connection(): Redis | undefined {
    return this.#state === "up" ? this.#redis : undefined;
  }

  async admit(callerKey: string, customerId: string): Promise<Hold | undefined> {
    const key = cooldownKey(callerKey, customerId);
    const localMs = this.#cooldowns.remainingMs(key);
    if (localMs > 0) return { reason: "cooldown", waitMs: localMs };
    if (this.#state !== "up") {
      this.#options.onFallback?.();
      return this.#localBudget?.consume(callerKey).then(granted, budgetHold);
    }
    const [sharedMs, budget] = await Promise.all([
      this.#redis.pttl(`${KEY_PREFIX}:cooldown:${key}`).then(
        (ms) => (ms > 0 ? ms : 0),
        (error: Error) => {
          this.#unavailable(error.message);
          return 0;
        },
      ),
      // On a Redis error, rate-limiter-flexible answers from the insurance limiter.
      this.#budget?.consume(callerKey).then(granted, budgetHold),
    ]);
    if (this.#state !== "up") this.#options.onFallback?.();
    if (sharedMs > 0) {
      this.#cooldowns.set(key, sharedMs);
      // The unit taken alongside the read was not spent: nothing is sent.
      if (budget === undefined) this.#budget?.reward(callerKey).catch(() => undefined);
      return { reason: "cooldown", waitMs: sharedMs };
    }
    return budget;
  }

  async coolDown(callerKey: string, customerId: string, ms: number): Promise<void> {
    const key = cooldownKey(callerKey, customerId);
    this.#cooldowns.set(key, ms);
    if (this.#state !== "up") return this.#options.onFallback?.();
    await this.#redis.set(`${KEY_PREFIX}:cooldown:${key}`, "1", "PX", ms).catch((error: Error) => {
      this.#unavailable(error.message);
      this.#options.onFallback?.();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#probe);
    try {
      if (this.#redis.status === "ready") await this.#redis.quit();
    } catch {
      // Closing anyway.
    } finally {
      this.#redis.disconnect();
    }
  }

  #available(): void {
    if (this.#closed || this.#state === "up") return;
    this.#state = "up";
    clearInterval(this.#probe);
    this.#probe = undefined;
    this.#started();
    this.#options.onAvailability?.(true);
  }

  #unavailable(reason: string): void {
    if (this.#closed || this.#state === "down") return;
    this.#state = "down";
    this.#started();
    this.#options.onAvailability?.(false, reason);
    // A dropped connection comes back through "ready"; a slow or failing one through this probe.
    this.#probe = setInterval(() => {
      if (this.#redis.status === "ready") this.#redis.ping().then(() => this.#available(), () => undefined);
    }, PROBE_INTERVAL_MS);
    this.#probe.unref();
  }
}
