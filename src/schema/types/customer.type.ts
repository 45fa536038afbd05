import { Directive, Field, ID, ObjectType } from "type-graphql";

// The entity key of the Federation 2 subgraph (GRAPHQL_FEDERATION); printSchema leaves applied
// directives out, so the plain schema is unchanged by it.
@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A customer of the partner. Its orders are read from Partner Center when asked for." })
export class Customer {
  @Field(() => ID, { description: "Partner Center customer id (tenant id), e.g. b0d70a69-4c42-4b27-b17b-91a835d8686a." })
  id!: string;
}
