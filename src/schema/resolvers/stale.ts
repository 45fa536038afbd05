/**
 * extensions.upstreamCache.stale names GraphQL fields (README, Response cache): the read cache knows
 * which Partner Center paths it answered from an expired entry, and each field that reads upstream
 * reports itself here, by its response path, when one of the paths it depends on was one of them.
 */
import { type GraphQLResolveInfo, responsePathAsArray } from "graphql";
import type { RequestContext } from "../../context/index.js";

/** `value`, after noting this field as stale when any of `resources` was served from an expired entry. */
export async function reportingStale<T>(context: RequestContext, info: GraphQLResolveInfo, resources: string[], value: Promise<T>): Promise<T> {
  const result = await value;
  const reads = context.caller.reads;
  if (reads !== undefined && reads.staleResources.size > 0) {
    const ages = resources.map((resource) => reads.staleResources.get(resource)).filter((age): age is number => age !== undefined);
    if (ages.length > 0) reads.stale.push({ path: responsePathAsArray(info.path), ageSeconds: Math.max(...ages) });
  }
  return result;
}
