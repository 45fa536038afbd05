/**
 * Configuration of the stand-alone simulator (`npm run simulator`), read from the environment
 * that main.ts hands in. The simulator is a program of its own, so it has its own small reader
 * rather than the facade's src/config.ts. A bad value is one line naming the variable, the value
 * and what it accepts.
 */
import type { SimulatorOptions } from "./server.js";

export class SimulatorConfigError extends Error {
  override name = "SimulatorConfigError";
}

type Env = Record<string, string | undefined>;

export type SimulatorConfig = Required<Pick<SimulatorOptions, "port" | "host" | "apiVersion" | "listLagMs" | "requestLogSize" | "replayTtlMs" | "replayLimit">>;

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new SimulatorConfigError(`Invalid configuration: ${name}=${JSON.stringify(env[name])}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function text(env: Env, name: string, pattern: RegExp, expected: string): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (!pattern.test(raw)) throw new SimulatorConfigError(`Invalid configuration: ${name}=${JSON.stringify(env[name])}: expected ${expected}`);
  return raw;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const API_VERSION = /^[A-Za-z0-9._-]{1,32}$/;

/**
 * Every variable with its default. `SIMULATOR_API_VERSION` falls back to
 * `PARTNER_CENTER_API_VERSION`, which this variable was read from before the simulator had a
 * reader of its own, so existing set-ups keep their path segment.
 */
export function readSimulatorConfig(env: Env): SimulatorConfig {
  const apiVersion =
    text(env, "SIMULATOR_API_VERSION", API_VERSION, "a path segment such as v1") ??
    text(env, "PARTNER_CENTER_API_VERSION", API_VERSION, "a path segment such as v1") ??
    "v1";
  return {
    port: wholeNumber(env, "SIMULATOR_PORT", 4010, 0, 65535),
    host: text(env, "SIMULATOR_HOST", /^\S+$/, "a host name or address") ?? "127.0.0.1",
    apiVersion,
    listLagMs: wholeNumber(env, "SIMULATOR_LIST_LAG_MS", 0, 0, DAY_MS),
    requestLogSize: wholeNumber(env, "SIMULATOR_REQUEST_LOG_SIZE", 1000, 0, 100_000),
    replayTtlMs: wholeNumber(env, "SIMULATOR_REPLAY_TTL_MS", DAY_MS, 1, 7 * DAY_MS),
    replayLimit: wholeNumber(env, "SIMULATOR_REPLAY_LIMIT", 1000, 1, 100_000),
  };
}
