import { readFileSync } from "node:fs";

/** Microsoft's example bodies from its Partner Center REST docs (docs/partner-center.md), copied into test/fixtures/partner-center. */
export function example<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/partner-center/${name}`, import.meta.url), "utf8")) as T;
}
