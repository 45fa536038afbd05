import { Field, ObjectType } from "type-graphql";
import { Link } from "./link.type.js";

@ObjectType({ description: "Links from an order to related operations." })
export class OrderLinks {
  @Field(() => Link, { nullable: true, description: "The order itself." })
  self?: Link;

  @Field(() => Link, { nullable: true, description: "The order's provisioning status." })
  provisioningStatus?: Link;

  @Field(() => Link, { nullable: true, description: "Where to PATCH the order (see the updateOrder mutation)." })
  patchOperation?: Link;
}
