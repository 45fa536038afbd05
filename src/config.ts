/**
 * Environment → one typed, validated configuration. The only module that reads process.env
 * (callers pass it in). A bad value is reported as one line naming the variable, what is wrong
 * with the value and what it accepts.
 */
import { z } from "zod";
import type { UpstreamPolicy } from "./partner-center/client.js";

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `expected a whole number from ${min} to ${max}`).max(max, `expected a whole number from ${min} to ${max}`));

const boolean = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["true", "false", "1", "0", "yes", "no"].includes(v), "expected true or false")
  .transform((v) => v === "true" || v === "1" || v === "yes");

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "http:" || url.protocol === "https:") && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, "expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com")
  .transform((v) => v.replace(/\/+$/, ""));

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Every variable, its parser and default. Documented in README.md and .env.example. */
const variables = {
  PORT: { schema: integer(0, 65535), default: "4000" },
  HOST: { schema: z.string().trim().min(1, "expected a host name or address"), default: "localhost" },
  PARTNER_CENTER_API_URL: { schema: httpUrl.optional(), default: undefined },
  PARTNER_CENTER_API_VERSION: {
    schema: z.string().trim().regex(/^[A-Za-z0-9._-]{1,32}$/, "expected a path segment such as v1"),
    default: "v1",
  },
  PARTNER_CENTER_TIMEOUT_MS: { schema: integer(1, 600_000), default: "30000" },
  MAX_UPSTREAM_CALLS_PER_OPERATION: { schema: integer(1, 10_000), default: "50" },
  MAX_ORDERS_PER_OPERATION: { schema: integer(1, 10_000_000), default: "10000" },
  UPSTREAM_MAX_RETRIES: { schema: integer(0, 10), default: "3" },
  UPSTREAM_RETRY_BASE_MS: { schema: integer(0, 60_000), default: "200" },
  UPSTREAM_RETRY_AFTER_MAX_WAIT_MS: { schema: integer(0, 600_000), default: "5000" },
  UPSTREAM_MAX_CONCURRENCY: { schema: integer(1, 10_000), default: "64" },
  UPSTREAM_MAX_PAGES: { schema: integer(1, 1000), default: "20" },
  OPERATION_DEADLINE_MS: { schema: integer(1, 3_600_000), default: "60000" },
  MAX_QUERY_DEPTH: { schema: integer(2, 100), default: "12" },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(", ")}`), default: "info" },
  LOG_PRETTY: { schema: boolean, default: "false" },
  NODE_ENV: { schema: z.string().trim(), default: "development" },
  GRAPHQL_INTROSPECTION: { schema: boolean.optional(), default: undefined },
  SHUTDOWN_TIMEOUT_MS: { schema: integer(0, 600_000), default: "10000" },
  // The standard OpenTelemetry variables this service acts on; the OTLP exporter reads the others itself.
  OTEL_SDK_DISABLED: { schema: boolean, default: "false" },
  OTEL_TRACES_EXPORTER: { schema: z.enum(["otlp", "console", "none"], "expected otlp, console or none").optional(), default: undefined },
  OTEL_SERVICE_NAME: { schema: z.string().trim().min(1, "expected a service name"), default: "partner-center-graphql" },
} as const;

type Parsed<K extends keyof typeof variables> = z.output<(typeof variables)[K]["schema"]>;

function read<K extends keyof typeof variables>(env: Env, name: K): Parsed<K> {
  const spec = variables[name];
  const raw = env[name] === undefined || env[name] === "" ? spec.default : env[name];
  const result = (spec.schema as z.ZodType).safeParse(raw);
  if (!result.success) {
    const reason = result.error.issues[0]?.message ?? "invalid value";
    throw new ConfigError(`Invalid configuration: ${name}=${JSON.stringify(raw)}: ${reason}`);
  }
  return result.data as Parsed<K>;
}

export interface TracingConfig {
  /** none unless OTEL_TRACES_EXPORTER says otherwise, or an OTLP endpoint is configured. */
  exporter: "otlp" | "console" | "none";
  serviceName: string;
}

export interface Config {
  port: number;
  host: string;
  /** Base URL of Partner Center, without version; undefined = start the embedded simulator. */
  partnerCenterApiUrl: string | undefined;
  partnerCenterApiVersion: string;
  upstream: UpstreamPolicy;
  limits: {
    maxUpstreamCallsPerOperation: number;
    /** Orders one operation may return, over every list and lookup. */
    maxOrdersPerOperation: number;
    operationDeadlineMs: number;
    maxQueryDepth: number;
  };
  log: { level: (typeof LOG_LEVELS)[number]; pretty: boolean };
  production: boolean;
  introspection: boolean;
  shutdownTimeoutMs: number;
  tracing: TracingConfig;
}

function readTracing(env: Env): TracingConfig {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = read(env, "OTEL_SDK_DISABLED") ? "none" : (read(env, "OTEL_TRACES_EXPORTER") ?? (endpoint ? "otlp" : "none"));
  return { exporter, serviceName: read(env, "OTEL_SERVICE_NAME") };
}

export function loadConfig(env: Env): Config {
  const production = read(env, "NODE_ENV") === "production";
  return {
    port: read(env, "PORT"),
    host: read(env, "HOST"),
    partnerCenterApiUrl: read(env, "PARTNER_CENTER_API_URL"),
    partnerCenterApiVersion: read(env, "PARTNER_CENTER_API_VERSION"),
    upstream: {
      timeoutMs: read(env, "PARTNER_CENTER_TIMEOUT_MS"),
      maxRetries: read(env, "UPSTREAM_MAX_RETRIES"),
      retryBaseMs: read(env, "UPSTREAM_RETRY_BASE_MS"),
      retryAfterMaxWaitMs: read(env, "UPSTREAM_RETRY_AFTER_MAX_WAIT_MS"),
      maxConcurrency: read(env, "UPSTREAM_MAX_CONCURRENCY"),
      maxPages: read(env, "UPSTREAM_MAX_PAGES"),
    },
    limits: {
      maxUpstreamCallsPerOperation: read(env, "MAX_UPSTREAM_CALLS_PER_OPERATION"),
      maxOrdersPerOperation: read(env, "MAX_ORDERS_PER_OPERATION"),
      operationDeadlineMs: read(env, "OPERATION_DEADLINE_MS"),
      maxQueryDepth: read(env, "MAX_QUERY_DEPTH"),
    },
    log: { level: read(env, "LOG_LEVEL"), pretty: read(env, "LOG_PRETTY") },
    production,
    introspection: read(env, "GRAPHQL_INTROSPECTION") ?? !production,
    shutdownTimeoutMs: read(env, "SHUTDOWN_TIMEOUT_MS"),
    tracing: readTracing(env),
  };
}

export interface SimulatorConfig {
  port: number;
  host: string;
  apiVersion: string;
}

/** Configuration of the stand-alone simulator (`npm run simulator`). */
export function loadSimulatorConfig(env: Env): SimulatorConfig {
  const port = integer(0, 65535).safeParse(env.SIMULATOR_PORT || "4010");
  if (!port.success) {
    throw new ConfigError(`Invalid configuration: SIMULATOR_PORT=${JSON.stringify(env.SIMULATOR_PORT)}: expected a whole number from 0 to 65535`);
  }
  return { port: port.data, host: env.SIMULATOR_HOST || "127.0.0.1", apiVersion: read(env, "PARTNER_CENTER_API_VERSION") };
}
