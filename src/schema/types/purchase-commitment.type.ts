import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "A purchase commitment made with a line item (e.g. Azure savings plans)." })
export class PurchaseCommitment {
  @Field(() => Float, { nullable: true, description: "Amount committed per grain." })
  amount?: number;

  @Field(() => String, { nullable: true, description: "Currency of the amount (ISO 4217)." })
  currency?: string;

  @Field(() => String, { nullable: true, description: "Period the amount applies to, e.g. hourly." })
  grain?: string;
}
