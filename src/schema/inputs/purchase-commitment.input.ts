import { Field, Float, InputType } from "type-graphql";

@InputType({ description: "A purchase commitment to set on a line item." })
export class PurchaseCommitmentInput {
  @Field(() => Float, { nullable: true, description: "Amount committed per grain." })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: "Currency of the amount (ISO 4217)." })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "Period the amount applies to, e.g. hourly." })
  grain?: string | null;
}
