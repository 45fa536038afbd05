/**
 * The one place that builds the per-request context: the caller read from the headers and the
 * loaders created for this request only.
 */
import type { Span } from "@opentelemetry/api";
import { type Clock, type PartnerCenterClient, systemClock } from "../partner-center/index.js";
import { type Caller, readCaller } from "./caller.js";
import { OrderLoaders } from "./order-loaders.js";

export interface RequestContext {
  caller: Caller;
  loaders: OrderLoaders;
  /** The upstream-call budget of one operation (MAX_UPSTREAM_CALLS_PER_OPERATION). */
  maxUpstreamCalls: number;
  /** The operation's trace span, when tracing is on. */
  span?: Span;
}

export interface ContextFactoryOptions {
  client: PartnerCenterClient;
  /** True when the embedded simulator is the upstream (a missing token uses the demo token). */
  simulator: boolean;
  maxUpstreamCalls: number;
  /** Orders one operation may return (MAX_ORDERS_PER_OPERATION). */
  maxOrders: number;
  operationDeadlineMs: number;
  /** Where the operation's deadline is read (the system clock by default). */
  clock?: Clock;
}

export type ContextFactory = (headers: Record<string, string | string[] | undefined>, span?: Span) => RequestContext;

export function createContextFactory(options: ContextFactoryOptions): ContextFactory {
  return (headers, span) => {
    const caller = readCaller(headers, { simulator: options.simulator, operationDeadlineMs: options.operationDeadlineMs, now: (options.clock ?? systemClock).now() });
    return {
      caller,
      loaders: new OrderLoaders({ client: options.client, caller, maxUpstreamCalls: options.maxUpstreamCalls, maxOrders: options.maxOrders }),
      maxUpstreamCalls: options.maxUpstreamCalls,
      span,
    };
  };
}
