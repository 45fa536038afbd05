import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A header to send when following a link." })
export class KeyValuePair {
  @Field(() => String, { description: "Header name, e.g. MS-ContinuationToken." })
  key!: string;

  @Field(() => String, { description: "Header value." })
  value!: string;
}
