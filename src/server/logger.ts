/**
 * Structured logs: pino, JSON lines on stdout (pretty when LOG_PRETTY=true). Log lines carry
 * names, codes, durations and correlation ids; never a token, an If-Match value or a body.
 * The redaction list is the second line of defence for anything that slips into a log call.
 */
import { createRequire } from "node:module";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

export const REDACTED_PATHS = [
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "token",
  "*.token",
  "ifMatch",
  "*.ifMatch",
  "headers['if-match']",
  "body",
  "*.body",
  "variables",
  "*.variables",
];

export interface LoggerOptions {
  level: string;
  pretty?: boolean;
  /** Where lines go; stdout by default (tests pass a capture stream). */
  destination?: DestinationStream;
}

/**
 * pino-pretty is loaded only when LOG_PRETTY=true: production never needs it, and loading it cost
 * start-up time and memory in every process.
 */
function prettyStream(): DestinationStream {
  const pretty = createRequire(import.meta.url)("pino-pretty") as typeof import("pino-pretty");
  return pretty({ colorize: true });
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? (options.pretty ? prettyStream() : pino.destination({ sync: false }));
  return pino(
    {
      level: options.level,
      base: { service: "partner-center-graphql" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
