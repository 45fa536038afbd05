/**
 * The load generator: autocannon's programmatic API, POSTing the scenario's bodies in turn (so that
 * consecutive requests ask for different customers) with `Authorization: Bearer bench-token`.
 */
import autocannon from "autocannon";

export const BENCH_AUTHORIZATION = "Bearer bench-token";

export interface LoadOptions {
  url: string;
  bodies: readonly string[];
  connections: number;
  /** Seconds to run; ignored when `amount` is given. */
  duration?: number;
  /**
   * Exact number of requests; the run ends when every one has been answered. Timed runs use it, so
   * that no request is abandoned in flight (its CPU would be counted without its response).
   */
  amount?: number;
  /** Seconds before a request counts as a timeout (an error). */
  timeout: number;
}

export interface LoadResult {
  /** Responses received (any status). */
  responses: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** From autocannon's per-response times (float ms), not its whole-millisecond histogram. */
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const bodies = options.bodies;
  const latencies: number[] = [];
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 10 }),
        timeout: options.timeout,
        // autocannon notices the end of an `amount` run only at its next sample tick (1 s by default).
        sampleInt: 20,
        method: "POST",
        headers: { "content-type": "application/json", authorization: BENCH_AUTHORIZATION },
        requests: [
          {
            setupRequest: (request) => {
              request.body = bodies[next++ % bodies.length]!;
              return request;
            },
          },
        ],
      },
      (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastResponse = performance.now();
    });
  });
  // Up to the last answer: the end of the run itself is only noticed at a sample tick.
  const durationSeconds = Math.max(lastResponse - started, 1) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const responses = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    responses,
    durationSeconds,
    requestsPerSecond: responses / durationSeconds,
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : Number.NaN,
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
