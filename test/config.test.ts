/**
 * Configuration is validated at start-up: a bad value stops the process with one line naming the
 * variable, the value's problem and what it accepts — never a stack trace.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "@jest/globals";
import { loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("has the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: "localhost",
      partnerCenterApiUrl: undefined,
      partnerCenterApiVersion: "v1",
      upstream: { timeoutMs: 30000, maxRetries: 3, retryBaseMs: 200, retryAfterMaxWaitMs: 5000, maxConcurrency: 64, maxPages: 20 },
      throttle: { ratePerMinute: 500, redisUrl: undefined, redisCommandTimeoutMs: 50, callerKeySecret: undefined },
      reads: { coalesce: true, cacheTtlMs: 0, cacheMaxBytes: 67108864, staleIfErrorMs: 0 },
      limits: { maxUpstreamCallsPerOperation: 50, maxOrdersPerOperation: 10000, operationDeadlineMs: 60000, maxQueryDepth: 12, maxQueryNodes: 5000, maxAliases: 200 },
      log: { level: "info", pretty: false },
      production: false,
      introspection: true,
      federation: false,
      shutdownTimeoutMs: 10000,
      tracing: { exporter: "none", serviceName: "partner-center-graphql" },
    });
  });

  it("reads production mode, introspection and tracing", () => {
    expect(loadConfig({ NODE_ENV: "production", PARTNER_CENTER_API_URL: "simulator" })).toMatchObject({ production: true, introspection: false });
    expect(loadConfig({ NODE_ENV: "production", PARTNER_CENTER_API_URL: "simulator", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_FEDERATION: "true" }).federation).toBe(true);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }).tracing.exporter).toBe("otlp");
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" }).tracing.exporter).toBe("none");
    expect(loadConfig({ PARTNER_CENTER_API_URL: "https://api.partnercenter.microsoft.com/" }).partnerCenterApiUrl).toBe(
      "https://api.partnercenter.microsoft.com",
    );
  });

  it("serves the embedded simulator when PARTNER_CENTER_API_URL is unset or simulator, in production only when asked for by name", () => {
    const upstreamOf = (env: Record<string, string>) => loadConfig(env).partnerCenterApiUrl;
    expect([
      upstreamOf({}),
      upstreamOf({ PARTNER_CENTER_API_URL: "" }),
      upstreamOf({ PARTNER_CENTER_API_URL: "simulator" }),
      upstreamOf({ PARTNER_CENTER_API_URL: " simulator " }),
      upstreamOf({ NODE_ENV: "production", PARTNER_CENTER_API_URL: "simulator" }),
      upstreamOf({ NODE_ENV: "production", PARTNER_CENTER_API_URL: "https://api.partnercenter.microsoft.com" }),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, "https://api.partnercenter.microsoft.com"]);
    const refusal =
      "Invalid configuration: PARTNER_CENTER_API_URL is not set, and NODE_ENV=production requires it: set it to Partner Center's base URL, e.g. https://api.partnercenter.microsoft.com, or to simulator to serve the embedded simulator";
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(refusal);
    expect(() => loadConfig({ NODE_ENV: "production", PARTNER_CENTER_API_URL: "" })).toThrow(refusal);
    // A misspelt variable name leaves the real one unset.
    expect(() => loadConfig({ NODE_ENV: "production", PARTNER_CENTER_API_ULR: "https://api.partnercenter.microsoft.com" })).toThrow(refusal);
  });

  it("reads the rate budget and a Redis URL", () => {
    expect(loadConfig({ PARTNER_CENTER_RATE_LIMIT_PER_MINUTE: "0" }).throttle.ratePerMinute).toBe(0);
    for (const url of ["redis://127.0.0.1:6379", "redis://user:p%40ss@cache.internal:6380/2", "rediss://:secret@cache.example.com:6380", "redis://cache"]) {
      expect(loadConfig({ REDIS_URL: url }).throttle.redisUrl).toBe(url);
    }
  });

  it.each([
    ["redis://user:s3cret@host:port", 'Invalid configuration: REDIS_URL="redis://user:***@host:port": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["http://:s3cret@cache:6379", 'Invalid configuration: REDIS_URL="http://:***@cache:6379": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["redis://default:s3c/r@t@cache:6379/db", 'Invalid configuration: REDIS_URL="redis://default:***@cache:6379/db": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["user:s3cret@cache:6379", 'Invalid configuration: REDIS_URL="***@cache:6379": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["redis://cache:6379?db=1", 'Invalid configuration: REDIS_URL="redis://cache:6379?db=1": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["redis://:s3cret", 'Invalid configuration: REDIS_URL="redis://:***": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["redis://default:s3cret", 'Invalid configuration: REDIS_URL="redis://default:***": expected redis://[user:password@]host:port[/db] or rediss://…'],
    ["redis://cache:6379/0?password=s3cret", 'Invalid configuration: REDIS_URL="redis://cache:6379/0?password=***": expected redis://[user:password@]host:port[/db] or rediss://…'],
  ])("refuses REDIS_URL=%j in one line that never shows the password", (value, message) => {
    expect(() => loadConfig({ REDIS_URL: value })).toThrow(message);
    expect(() => loadConfig({ REDIS_URL: value })).not.toThrow("s3c");
  });

  it.each([
    ["PORT", "abc", 'Invalid configuration: PORT="abc": expected a whole number from 0 to 65535'],
    ["PORT", "70000", 'Invalid configuration: PORT="70000": expected a whole number from 0 to 65535'],
    ["HOST", "   ", 'Invalid configuration: HOST="   ": expected a host name or address'],
    [
      "PARTNER_CENTER_API_URL",
      "api.partnercenter.microsoft.com",
      'Invalid configuration: PARTNER_CENTER_API_URL="api.partnercenter.microsoft.com": expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com, or simulator',
    ],
    [
      "PARTNER_CENTER_API_URL",
      "simulater",
      'Invalid configuration: PARTNER_CENTER_API_URL="simulater": expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com, or simulator',
    ],
    [
      "PARTNER_CENTER_API_URL",
      "ftp://example.com",
      'Invalid configuration: PARTNER_CENTER_API_URL="ftp://example.com": expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com, or simulator',
    ],
    ["PARTNER_CENTER_API_VERSION", "v1/../x", 'Invalid configuration: PARTNER_CENTER_API_VERSION="v1/../x": expected a path segment such as v1'],
    ["PARTNER_CENTER_TIMEOUT_MS", "0", 'Invalid configuration: PARTNER_CENTER_TIMEOUT_MS="0": expected a whole number from 1 to 600000'],
    ["PARTNER_CENTER_TIMEOUT_MS", "-5", 'Invalid configuration: PARTNER_CENTER_TIMEOUT_MS="-5": expected a whole number from 1 to 600000'],
    ["MAX_UPSTREAM_CALLS_PER_OPERATION", "1.5", 'Invalid configuration: MAX_UPSTREAM_CALLS_PER_OPERATION="1.5": expected a whole number from 1 to 10000'],
    ["MAX_ORDERS_PER_OPERATION", "0", 'Invalid configuration: MAX_ORDERS_PER_OPERATION="0": expected a whole number from 1 to 10000000'],
    ["UPSTREAM_MAX_RETRIES", "11", 'Invalid configuration: UPSTREAM_MAX_RETRIES="11": expected a whole number from 0 to 10'],
    ["UPSTREAM_RETRY_BASE_MS", "fast", 'Invalid configuration: UPSTREAM_RETRY_BASE_MS="fast": expected a whole number from 0 to 60000'],
    ["UPSTREAM_RETRY_AFTER_MAX_WAIT_MS", "1e3", 'Invalid configuration: UPSTREAM_RETRY_AFTER_MAX_WAIT_MS="1e3": expected a whole number from 0 to 600000'],
    ["UPSTREAM_MAX_CONCURRENCY", "0", 'Invalid configuration: UPSTREAM_MAX_CONCURRENCY="0": expected a whole number from 1 to 10000'],
    ["PARTNER_CENTER_RATE_LIMIT_PER_MINUTE", "-1", 'Invalid configuration: PARTNER_CENTER_RATE_LIMIT_PER_MINUTE="-1": expected a whole number from 0 to 1000000'],
    ["PARTNER_CENTER_RATE_LIMIT_PER_MINUTE", "fast", 'Invalid configuration: PARTNER_CENTER_RATE_LIMIT_PER_MINUTE="fast": expected a whole number from 0 to 1000000'],
    ["REDIS_COMMAND_TIMEOUT_MS", "0", 'Invalid configuration: REDIS_COMMAND_TIMEOUT_MS="0": expected a whole number from 1 to 1000'],
    ["UPSTREAM_MAX_PAGES", "0", 'Invalid configuration: UPSTREAM_MAX_PAGES="0": expected a whole number from 1 to 1000'],
    ["UPSTREAM_COALESCE", "sometimes", 'Invalid configuration: UPSTREAM_COALESCE="sometimes": expected true or false'],
    ["UPSTREAM_CACHE_TTL_MS", "86400001", 'Invalid configuration: UPSTREAM_CACHE_TTL_MS="86400001": expected a whole number from 0 to 86400000'],
    ["UPSTREAM_CACHE_MAX_BYTES", "1023", 'Invalid configuration: UPSTREAM_CACHE_MAX_BYTES="1023": expected a whole number from 1024 to 17179869184'],
    ["UPSTREAM_CACHE_STALE_IF_ERROR_MS", "-1", 'Invalid configuration: UPSTREAM_CACHE_STALE_IF_ERROR_MS="-1": expected a whole number from 0 to 86400000'],
    ["OPERATION_DEADLINE_MS", "soon", 'Invalid configuration: OPERATION_DEADLINE_MS="soon": expected a whole number from 1 to 3600000'],
    ["MAX_QUERY_DEPTH", "1", 'Invalid configuration: MAX_QUERY_DEPTH="1": expected a whole number from 2 to 100'],
    ["MAX_QUERY_NODES", "0", 'Invalid configuration: MAX_QUERY_NODES="0": expected a whole number from 1 to 1000000'],
    ["MAX_ALIASES", "49", 'Invalid configuration: MAX_ALIASES="49": expected a whole number from 50 to 10000'],
    ["CALLER_KEY_SECRET", "short-secret", 'Invalid configuration: CALLER_KEY_SECRET="<hidden>": expected a secret of at least 32 characters (the same on every replica)'],
    ["LOG_LEVEL", "verbose", 'Invalid configuration: LOG_LEVEL="verbose": expected one of fatal, error, warn, info, debug, trace, silent'],
    ["LOG_PRETTY", "maybe", 'Invalid configuration: LOG_PRETTY="maybe": expected true or false'],
    ["GRAPHQL_INTROSPECTION", "sometimes", 'Invalid configuration: GRAPHQL_INTROSPECTION="sometimes": expected true or false'],
    ["GRAPHQL_FEDERATION", "subgraph", 'Invalid configuration: GRAPHQL_FEDERATION="subgraph": expected true or false'],
    ["SHUTDOWN_TIMEOUT_MS", "-1", 'Invalid configuration: SHUTDOWN_TIMEOUT_MS="-1": expected a whole number from 0 to 600000'],
    ["OTEL_TRACES_EXPORTER", "jaeger", 'Invalid configuration: OTEL_TRACES_EXPORTER="jaeger": expected otlp, console or none'],
    ["OTEL_SDK_DISABLED", "nope", 'Invalid configuration: OTEL_SDK_DISABLED="nope": expected true or false'],
  ])("refuses %s=%j with one line", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("stops the process with that one line on stderr, exit code 1, and no stack trace", async () => {
    const entry = fileURLToPath(new URL("../dist/src/index.js", import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [entry], { env: { PATH: process.env.PATH, PORT: "http" } }, (_error, stdout, stderr) =>
        resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: 'Invalid configuration: PORT="http": expected a whole number from 0 to 65535\n',
    });
  });
});
