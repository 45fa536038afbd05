/** `npm run schema`: writes schema/schema.graphql from the code. */
import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSortedSchema } from "./build-schema.js";

const target = fileURLToPath(new URL("../../../schema/schema.graphql", import.meta.url));
await writeFile(target, await printSortedSchema());
process.stdout.write(`wrote ${target}\n`);
