import { Field, InputType } from "type-graphql";

@InputType({ description: "What a line item's subscription should renew to." })
export class RenewsToInput {
  @Field(() => String, { nullable: true, description: "Term of the renewal as an ISO 8601 duration (P1M, P1Y, P3Y)." })
  termDuration?: string | null;
}
