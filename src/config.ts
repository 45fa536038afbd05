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

/** PARTNER_CENTER_API_URL's value that asks for the embedded simulator by name (the only way to get it in production). */
const SIMULATOR = "simulator";

const upstreamUrl = z
  .string()
  .trim()
  .refine((v) => {
    if (v === SIMULATOR) return true;
    try {
      const url = new URL(v);
      return (url.protocol === "http:" || url.protocol === "https:") && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, `expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com, or ${SIMULATOR}`)
  .transform((v) => v.replace(/\/+$/, ""));

const REDIS_URL_FORM = "expected redis://[user:password@]host:port[/db] or rediss://…";
const redisUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "" && !url.search && !url.hash && /^(\/\d{0,2})?$/.test(url.pathname);
    } catch {
      return false;
    }
  }, REDIS_URL_FORM);

/**
 * A URL as it may appear in an error: the password (anything between `user:` and the last `@`)
 * replaced by `***`; without an `@`, whatever follows `scheme://name:` unless it is a port (a
 * `redis://:pw` or `redis://default:pw` that lost its host), and a `password=`-like query value.
 */
export function hidePassword(value: string): string {
  value = value.replace(/([?&;](?:password|pass|pwd|auth|token|secret)=)[^&;#]*/gi, "$1***");
  const at = value.lastIndexOf("@");
  if (at < 0) return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*:)(?!\d*(?:[/?#]|$))[^/?#]*/i, "$1***");
  const userPart = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*/i.exec(value)?.[0];
  if (userPart !== undefined && value[userPart.length] === "@") return value;
  return userPart !== undefined ? `${userPart}:***${value.slice(at)}` : `***${value.slice(at)}`;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Every variable, its parser and default. Documented in README.md and .env.example. */
const variables = {
  PORT: { schema: integer(0, 65535), default: "4000" },
  HOST: { schema: z.string().trim().min(1, "expected a host name or address"), default: "localhost" },
  PARTNER_CENTER_API_URL: { schema: upstreamUrl.optional(), default: undefined },
  PARTNER_CENTER_API_VERSION: {
    schema: z.string().trim().regex(/^[A-Za-z0-9._-]{1,32}$/, "expected a path segment such as v1"),
    default: "v1",
  },
  PARTNER_CENTER_TIMEOUT_MS: { schema: integer(1, 600_000), default: "30000" },
  MAX_UPSTREAM_CALLS_PER_OPERATION: { schema: integer(1, 10_000), default: "50" },
  MAX_ORDERS_PER_OPERATION: { schema: integer(1, 10_000_000), default: "10000" },
  PARTNER_CENTER_RATE_LIMIT_PER_MINUTE: { schema: integer(0, 1_000_000), default: "500" },
  REDIS_URL: { schema: redisUrl.optional(), default: undefined, redact: hidePassword },
  REDIS_COMMAND_TIMEOUT_MS: { schema: integer(1, 1000), default: "50" },
  CALLER_KEY_SECRET: {
    schema: z.string().min(32, "expected a secret of at least 32 characters (the same on every replica)").optional(),
    default: undefined,
    redact: () => "<hidden>",
  },
  UPSTREAM_MAX_RETRIES: { schema: integer(0, 10), default: "3" },
  UPSTREAM_RETRY_BASE_MS: { schema: integer(0, 60_000), default: "200" },
  UPSTREAM_RETRY_AFTER_MAX_WAIT_MS: { schema: integer(0, 600_000), default: "5000" },
  UPSTREAM_MAX_CONCURRENCY: { schema: integer(1, 10_000), default: "64" },
  UPSTREAM_MAX_PAGES: { schema: integer(1, 1000), default: "20" },
  UPSTREAM_COALESCE: { schema: boolean, default: "true" },
  // A day at most: a cached order list older than that is not what anyone means by a cache.
  UPSTREAM_CACHE_TTL_MS: { schema: integer(0, 86_400_000), default: "0" },
  UPSTREAM_CACHE_MAX_BYTES: { schema: integer(1024, 16 * 1024 ** 3), default: String(64 * 1024 ** 2) },
  UPSTREAM_CACHE_STALE_IF_ERROR_MS: { schema: integer(0, 86_400_000), default: "0" },
  OPERATION_DEADLINE_MS: { schema: integer(1, 3_600_000), default: "60000" },
  MAX_QUERY_DEPTH: { schema: integer(2, 100), default: "12" },
  MAX_QUERY_NODES: { schema: integer(1, 1_000_000), default: "5000" },
  // At least the 50 upstream-calling aliases MAX_UPSTREAM_CALLS_PER_OPERATION allows by default.
  MAX_ALIASES: { schema: integer(50, 10_000), default: "200" },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(", ")}`), default: "info" },
  LOG_PRETTY: { schema: boolean, default: "false" },
  NODE_ENV: { schema: z.string().trim(), default: "development" },
  GRAPHQL_INTROSPECTION: { schema: boolean.optional(), default: undefined },
  GRAPHQL_FEDERATION: { schema: boolean, default: "false" },
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
    const shown = "redact" in spec && raw !== undefined ? spec.redact(raw) : raw;
    throw new ConfigError(`Invalid configuration: ${name}=${JSON.stringify(shown)}: ${reason}`);
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
  /** Base URL of Partner Center, without version; undefined = start the embedded simulator (unset, or `simulator`). */
  partnerCenterApiUrl: string | undefined;
  partnerCenterApiVersion: string;
  upstream: UpstreamPolicy;
  /** The caller's rate budget and 429 cool-downs: in the process, or shared through Redis. */
  throttle: {
    /** Upstream requests a minute per caller; 0 = no budget. */
    ratePerMinute: number;
    /** Unset = in-process state. */
    redisUrl: string | undefined;
    redisCommandTimeoutMs: number;
    /** CALLER_KEY_SECRET: caller keys are an HMAC with it; unset = SHA-256 of the token. */
    callerKeySecret: string | undefined;
  };
  /** Shared in-flight GETs and the response cache. */
  reads: {
    coalesce: boolean;
    /** 0 = no response cache. */
    cacheTtlMs: number;
    cacheMaxBytes: number;
    staleIfErrorMs: number;
  };
  limits: {
    maxUpstreamCallsPerOperation: number;
    /** Orders one operation may return, over every list and lookup. */
    maxOrdersPerOperation: number;
    operationDeadlineMs: number;
    maxQueryDepth: number;
    /** Selections a document may have once its fragments are expanded. */
    maxQueryNodes: number;
    /** Aliases a document may have, free fields included: each costs CPU to plan and run. */
    maxAliases: number;
  };
  log: { level: (typeof LOG_LEVELS)[number]; pretty: boolean };
  production: boolean;
  introspection: boolean;
  /** Serve the schema as an Apollo Federation 2 subgraph. */
  federation: boolean;
  shutdownTimeoutMs: number;
  tracing: TracingConfig;
}

function readTracing(env: Env): TracingConfig {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = read(env, "OTEL_SDK_DISABLED") ? "none" : (read(env, "OTEL_TRACES_EXPORTER") ?? (endpoint ? "otlp" : "none"));
  return { exporter, serviceName: read(env, "OTEL_SERVICE_NAME") };
}

/**
 * The upstream, or undefined for the embedded simulator. In production the simulator must be asked
 * for by name: an unset (or misspelt) variable would otherwise serve fake orders to real clients.
 */
function readUpstreamUrl(env: Env, production: boolean): string | undefined {
  const url = read(env, "PARTNER_CENTER_API_URL");
  if (url === SIMULATOR) return undefined;
  if (url === undefined && production) {
    throw new ConfigError(
      `Invalid configuration: PARTNER_CENTER_API_URL is not set, and NODE_ENV=production requires it: set it to Partner Center's base URL, e.g. https://api.partnercenter.microsoft.com, or to ${SIMULATOR} to serve the embedded simulator`,
    );
  }
  return url;
}

export function loadConfig(env: Env): Config {
  const production = read(env, "NODE_ENV") === "production";
  return {
    port: read(env, "PORT"),
    host: read(env, "HOST"),
    partnerCenterApiUrl: readUpstreamUrl(env, production),
    partnerCenterApiVersion: read(env, "PARTNER_CENTER_API_VERSION"),
    upstream: {
      timeoutMs: read(env, "PARTNER_CENTER_TIMEOUT_MS"),
      maxRetries: read(env, "UPSTREAM_MAX_RETRIES"),
      retryBaseMs: read(env, "UPSTREAM_RETRY_BASE_MS"),
      retryAfterMaxWaitMs: read(env, "UPSTREAM_RETRY_AFTER_MAX_WAIT_MS"),
      maxConcurrency: read(env, "UPSTREAM_MAX_CONCURRENCY"),
      maxPages: read(env, "UPSTREAM_MAX_PAGES"),
    },
    throttle: {
      ratePerMinute: read(env, "PARTNER_CENTER_RATE_LIMIT_PER_MINUTE"),
      redisUrl: read(env, "REDIS_URL"),
      redisCommandTimeoutMs: read(env, "REDIS_COMMAND_TIMEOUT_MS"),
      callerKeySecret: read(env, "CALLER_KEY_SECRET"),
    },
    reads: {
      coalesce: read(env, "UPSTREAM_COALESCE"),
      cacheTtlMs: read(env, "UPSTREAM_CACHE_TTL_MS"),
      cacheMaxBytes: read(env, "UPSTREAM_CACHE_MAX_BYTES"),
      staleIfErrorMs: read(env, "UPSTREAM_CACHE_STALE_IF_ERROR_MS"),
    },
    limits: {
      maxUpstreamCallsPerOperation: read(env, "MAX_UPSTREAM_CALLS_PER_OPERATION"),
      maxOrdersPerOperation: read(env, "MAX_ORDERS_PER_OPERATION"),
      operationDeadlineMs: read(env, "OPERATION_DEADLINE_MS"),
      maxQueryDepth: read(env, "MAX_QUERY_DEPTH"),
      maxQueryNodes: read(env, "MAX_QUERY_NODES"),
      maxAliases: read(env, "MAX_ALIASES"),
    },
    log: { level: read(env, "LOG_LEVEL"), pretty: read(env, "LOG_PRETTY") },
    production,
    introspection: read(env, "GRAPHQL_INTROSPECTION") ?? !production,
    federation: read(env, "GRAPHQL_FEDERATION"),
    shutdownTimeoutMs: read(env, "SHUTDOWN_TIMEOUT_MS"),
    tracing: readTracing(env),
  };
}
