/**
 * OpenTelemetry tracing: a span per GraphQL operation (server/app.ts) and per upstream attempt
 * (partner-center/client.ts), W3C traceparent propagated upstream. Exporting is off unless the
 * standard OTEL_* variables ask for it; the OTLP exporter reads its endpoint and headers from them.
 */
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import type { TracingConfig } from "../config.js";

export interface Tracing {
  /** Flushes pending spans and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider, AsyncLocalStorage context manager and W3C propagator.
 * `exporter` replaces the configured one (tests pass an in-memory exporter, exported synchronously).
 */
export function startTracing(config: TracingConfig, exporter?: SpanExporter): Tracing | undefined {
  const chosen = exporter ?? (config.exporter === "otlp" ? new OTLPTraceExporter() : config.exporter === "console" ? new ConsoleSpanExporter() : undefined);
  if (!chosen) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    spanProcessors: [exporter ? new SimpleSpanProcessor(chosen) : new BatchSpanProcessor(chosen)],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
