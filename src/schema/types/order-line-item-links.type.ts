import { Field, ObjectType } from "type-graphql";
import { Link } from "./link.type.js";

@ObjectType({ description: "Links from an order line item to related resources." })
export class OrderLineItemLinks {
  @Field(() => Link, { nullable: true, description: "The subscription the line created or changed." })
  subscription?: Link;

  @Field(() => Link, { nullable: true, description: "The catalog product." })
  product?: Link;

  @Field(() => Link, { nullable: true, description: "The catalog SKU." })
  sku?: Link;

  @Field(() => Link, { nullable: true, description: "The catalog availability that was purchased." })
  availability?: Link;

  @Field(() => Link, { nullable: true, description: "The line's provisioning status." })
  provisioningStatus?: Link;

  @Field(() => Link, { nullable: true, description: "Activation links for the purchased software or service." })
  activationLinks?: Link;
}
