/**
 * OpenTelemetry tracing: a span per GraphQL operation (server/app.ts) and per upstream attempt
 * (partner-center/client.ts), W3C traceparent propagated upstream. Exporting is off unless the
 * standard OTEL_* variables ask for it; the OTLP exporter reads its endpoint and headers from them.
 */
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";
import type { TracingConfig } from "../config.js";

export interface Tracing {
  /** Flushes pending spans and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider, AsyncLocalStorage context manager and W3C propagator.
 * `exporter` replaces the configured one (tests pass an in-memory exporter, exported synchronously).
 * The SDK and the exporters are imported only when tracing is on: with it off (the default), the
 * process never loads them (about 0.3 s of start-up and some memory).
 */
export async function startTracing(config: TracingConfig, exporter?: SpanExporter): Promise<Tracing | undefined> {
  if (!exporter && config.exporter !== "otlp" && config.exporter !== "console") return undefined;
  const [{ BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor }, { resourceFromAttributes }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/resources"),
  ]);
  const chosen = exporter ?? (config.exporter === "otlp" ? new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter() : new ConsoleSpanExporter());
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    spanProcessors: [exporter ? new SimpleSpanProcessor(chosen) : new BatchSpanProcessor(chosen)],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
