/**
 * Time, where the resilience policy decides with it: retry backoff, Retry-After and budget waits,
 * cool-downs, operation deadlines. Injected (LaunchOptions.clock), so that tests of those
 * decisions can run on a virtual clock without real waits; the system clock otherwise.
 */
import { setTimeout as delay } from "node:timers/promises";

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves true after `ms`, or false as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, true, { signal }).catch(() => false),
};
