/**
 * A small seeded pseudo-random source (mulberry32) for the seed data: the same seed gives the
 * same customers, ids and prices on every run, unlike Math.random.
 */

const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX = "0123456789abcdef";

export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.integer(0, items.length - 1)] as T;
  }

  #chars(alphabet: string, length: number): string {
    let result = "";
    for (let i = 0; i < length; i++) result += alphabet.charAt(this.integer(0, alphabet.length - 1));
    return result;
  }

  /** A version-4-shaped GUID, lower case (callers upper-case it where Partner Center does). */
  guid(): string {
    const hex = this.#chars(HEX, 32);
    const variant = HEX.charAt(8 + this.integer(0, 3));
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }

  /** A 33-character order id like `9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1`. */
  token33(): string {
    return this.#chars(TOKEN_ALPHABET, 33);
  }

  /** A 12-hex alternate id like `c403d91b21d2`. */
  hex12(): string {
    return this.#chars(HEX, 12);
  }
}
