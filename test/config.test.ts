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
      limits: { maxUpstreamCallsPerOperation: 50, maxOrdersPerOperation: 10000, operationDeadlineMs: 60000, maxQueryDepth: 12 },
      log: { level: "info", pretty: false },
      production: false,
      introspection: true,
      shutdownTimeoutMs: 10000,
      tracing: { exporter: "none", serviceName: "partner-center-graphql" },
    });
  });

  it("reads production mode, introspection and tracing", () => {
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ production: true, introspection: false });
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }).tracing.exporter).toBe("otlp");
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" }).tracing.exporter).toBe("none");
    expect(loadConfig({ PARTNER_CENTER_API_URL: "https://api.partnercenter.microsoft.com/" }).partnerCenterApiUrl).toBe(
      "https://api.partnercenter.microsoft.com",
    );
  });

  it.each([
    ["PORT", "abc", 'Invalid configuration: PORT="abc": expected a whole number from 0 to 65535'],
    ["PORT", "70000", 'Invalid configuration: PORT="70000": expected a whole number from 0 to 65535'],
    ["HOST", "   ", 'Invalid configuration: HOST="   ": expected a host name or address'],
    [
      "PARTNER_CENTER_API_URL",
      "api.partnercenter.microsoft.com",
      'Invalid configuration: PARTNER_CENTER_API_URL="api.partnercenter.microsoft.com": expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com',
    ],
    [
      "PARTNER_CENTER_API_URL",
      "ftp://example.com",
      'Invalid configuration: PARTNER_CENTER_API_URL="ftp://example.com": expected an http(s) URL without query, fragment or credentials, e.g. https://api.partnercenter.microsoft.com',
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
    ["UPSTREAM_MAX_PAGES", "0", 'Invalid configuration: UPSTREAM_MAX_PAGES="0": expected a whole number from 1 to 1000'],
    ["OPERATION_DEADLINE_MS", "soon", 'Invalid configuration: OPERATION_DEADLINE_MS="soon": expected a whole number from 1 to 3600000'],
    ["MAX_QUERY_DEPTH", "1", 'Invalid configuration: MAX_QUERY_DEPTH="1": expected a whole number from 2 to 100'],
    ["LOG_LEVEL", "verbose", 'Invalid configuration: LOG_LEVEL="verbose": expected one of fatal, error, warn, info, debug, trace, silent'],
    ["LOG_PRETTY", "maybe", 'Invalid configuration: LOG_PRETTY="maybe": expected true or false'],
    ["GRAPHQL_INTROSPECTION", "sometimes", 'Invalid configuration: GRAPHQL_INTROSPECTION="sometimes": expected true or false'],
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
