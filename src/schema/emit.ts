/** `npm run schema`: writes schema/schema.graphql and schema/subgraph.graphql (GRAPHQL_FEDERATION) from the code. */
import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSortedSchema } from "./build-schema.js";
import { printSubgraphSdl } from "./build-subgraph-schema.js";

for (const [file, print] of [["schema.graphql", printSortedSchema], ["subgraph.graphql", printSubgraphSdl]] as const) {
  const target = fileURLToPath(new URL(`../../../schema/${file}`, import.meta.url));
  await writeFile(target, await print());
  process.stdout.write(`wrote ${target}\n`);
}
