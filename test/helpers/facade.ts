/**
 * Starts the facade in-process on an ephemeral 127.0.0.1 port, pointed at a given upstream (or,
 * with no upstream, at its embedded simulator), with its log lines captured.
 */
import { Writable } from "node:stream";
import { print, type DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig } from "../../src/config.js";
import { type LaunchOptions, type Launched, launch } from "../../src/index.js";

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  body: { data?: TData | null; errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

export interface TestFacade {
  url: string;
  launched: Launched;
  /** Every log line written, parsed. */
  logLines: Array<Record<string, unknown>>;
  /** Raw log output, to prove what never appears in it. */
  logText(): string;
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

export const TOKEN = "Bearer test-token-a";

export async function startFacade(env: Record<string, string | undefined> = {}, options: Omit<LaunchOptions, "logDestination"> = {}): Promise<TestFacade> {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      raw.push(chunk.toString("utf8"));
      callback();
    },
  });
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "debug", UPSTREAM_RETRY_BASE_MS: "1", ...env });
  const launched = await launch(config, { ...options, logDestination: destination });
  const url = launched.server.url;
  return {
    url,
    launched,
    get logLines() {
      return raw.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => raw.join(""),
    async request<TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
      variables?: TVariables,
      headers: Record<string, string> = { authorization: TOKEN },
    ): Promise<GraphQLResponse<TData>> {
      const query = typeof document === "string" ? document : print(document);
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>["body"] };
    },
    stop: () => launched.stop(),
  };
}
