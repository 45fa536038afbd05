import { Field, Int, ObjectType } from "type-graphql";
import { Link } from "./link.type.js";

@ObjectType({ description: "The activation link of a commercial-marketplace order line: where the customer activates the product with its publisher (GET …/orders/{id}/activationlinks)." })
export class OrderLineItemActivationLink {
  @Field(() => Int, { description: "The order line the link activates (OrderLineItem.lineItemNumber)." })
  lineItemNumber!: number;

  @Field(() => Link, { nullable: true, description: "The activation link; its uri is the publisher's activation page." })
  link?: Link;
}
