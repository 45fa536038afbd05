import { JSONObjectResolver } from "graphql-scalars";

/** Free-form JSON objects (a line item's provisioningContext), from graphql-scalars. */
export const JSONObjectScalar = JSONObjectResolver;
