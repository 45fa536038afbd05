/**
 * Operation names are the client's choice: /metrics keeps the first 100 distinct ones (cut to 100
 * characters), counts every later one as `other`, and so stays bounded however many names a
 * client invents. The log line keeps each operation's own name.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestFacade, startFacade } from "../helpers/facade.js";
import { startOrdersStub } from "../helpers/orders-stub.js";
import type { StubUpstream } from "../helpers/stub-upstream.js";

/** `{label value: count}` of every series of one metric on /metrics. */
async function seriesByOperation(facade: TestFacade, metric: string): Promise<Record<string, number>> {
  const text = await (await fetch(facade.url.replace("/graphql", "/metrics"))).text();
  const series: Record<string, number> = {};
  for (const [, labels, value] of text.matchAll(new RegExp(`^${metric}\\{([^}]*)\\} (\\d+)$`, "gm"))) {
    series[labels!] = Number(value);
  }
  return series;
}

describe("operation names on /metrics", () => {
  let upstream: StubUpstream;
  let facade: TestFacade;
  const long = "L".repeat(1000);
  const names = [long, ...Array.from({ length: 299 }, (_, i) => `Name${i}`)];

  beforeAll(async () => {
    upstream = await startOrdersStub();
    facade = await startFacade({ PARTNER_CENTER_API_URL: upstream.url });
    // One at a time: the first 100 distinct names to arrive are the ones kept.
    for (const name of names) await facade.request(`query ${name} { __typename }`);
    await facade.request(`{ __typename }`);
    await facade.request(`query Name0 { __typename }`);
  });
  afterAll(async () => {
    await facade.stop();
    await upstream.close();
  });

  it("after 300 distinct names, counts the first 100 under their own (cut) names and the other 200 as other", async () => {
    const expected: Record<string, number> = { [`operation="${"L".repeat(100)}",outcome="success"`]: 1 };
    for (let i = 0; i < 99; i++) expected[`operation="Name${i}",outcome="success"`] = i === 0 ? 2 : 1;
    expected[`operation="other",outcome="success"`] = 200;
    expected[`operation="anonymous",outcome="success"`] = 1;
    expect(await seriesByOperation(facade, "graphql_operations_total")).toEqual(expected);
    const durations = await seriesByOperation(facade, "graphql_operation_duration_seconds_count");
    expect(Object.keys(durations)).toHaveLength(102);
    expect(durations['operation="other"']).toBe(200);
  });

  it("logs each operation under its own name, cut to 100 characters", () => {
    const logged = facade.logLines.filter((line) => line.msg === "graphql operation").map((line) => line.operation);
    expect(logged).toEqual([...names.map((name) => name.slice(0, 100)), "anonymous", "Name0"]);
  });
});
