import { GraphQLScalarType } from "graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { withPlainErrors } from "./input-errors.js";

/** Free-form JSON objects (a line item's provisioningContext), from graphql-scalars. */
const config = JSONObjectResolver.toConfig();
export const JSONObjectScalar = new GraphQLScalarType({
  ...config,
  parseLiteral: withPlainErrors(config.parseLiteral),
});
