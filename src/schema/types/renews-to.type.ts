import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "What a line item's subscription renews to at the end of its term." })
export class RenewsTo {
  @Field(() => String, { nullable: true, description: "Term of the renewal as an ISO 8601 duration (P1M, P1Y, P3Y)." })
  termDuration?: string;
}
