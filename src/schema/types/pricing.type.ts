import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "Prices of an order line item, in the order's currency. Present only when prices were requested (includePrice)." })
export class Pricing {
  @Field(() => Float, { nullable: true, description: "List price of one unit." })
  listPrice?: number;

  @Field(() => Float, { nullable: true, description: "Price of one unit to the partner." })
  price?: number;

  @Field(() => Float, { nullable: true, description: "Price of one unit after discounts." })
  discountedPrice?: number;

  @Field(() => Float, { nullable: true, description: "Price of the whole line (unit price × quantity)." })
  extendedPrice?: number;

  @Field(() => Float, { nullable: true, description: "Price of the line prorated to the billing period." })
  proratedPrice?: number;
}
