/**
 * A clock for tests of time-based decisions (backoff, Retry-After, cool-downs, deadlines): it
 * stands still until a wait or the test moves it, and a wait returns at once, recorded.
 */
import type { Clock } from "../../src/partner-center/index.js";

export class VirtualClock implements Clock {
  #now: number;
  /** Every wait asked of this clock, in ms, in order. */
  readonly waits: number[] = [];

  constructor(start = Date.parse("2026-01-01T00:00:00Z")) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return false;
    this.waits.push(ms);
    this.#now += ms;
    return true;
  }

  /** Moves time on, as if the test had waited. */
  advance(ms: number): void {
    this.#now += ms;
  }
}
