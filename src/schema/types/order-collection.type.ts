import { Field, Int, ObjectType } from "type-graphql";
import { Order } from "./order.type.js";

@ObjectType({ description: "A customer's orders as Partner Center listed them." })
export class OrderCollection {
  @Field(() => Int, { description: "Number of orders Partner Center reported." })
  totalCount!: number;

  @Field(() => [Order], { description: "The orders." })
  items!: Order[];
}
