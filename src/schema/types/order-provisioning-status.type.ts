import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How much of an order line's quantity stands in one provisioning state." })
export class QuantityProvisioningStatus {
  @Field(() => Int, { nullable: true, description: "Number of units (licenses, seats…) in this state." })
  quantity?: number;

  @Field(() => String, { nullable: true, description: "The state of those units as Partner Center names it, e.g. fulfilled or pending (an open set)." })
  status?: string;
}

@ObjectType({ description: "Where one line of an order stands in provisioning (GET …/orders/{id}/provisioningstatus)." })
export class OrderLineItemProvisioningStatus {
  @Field(() => Int, { description: "The order line this status is about (OrderLineItem.lineItemNumber)." })
  lineItemNumber!: number;

  @Field(() => String, { nullable: true, description: "The line's overall provisioning state as Partner Center names it, e.g. fulfilled or pending (an open set)." })
  status?: string;

  @Field(() => [QuantityProvisioningStatus], { description: "The line's quantity broken down by state; empty when Partner Center sent none." })
  quantityProvisioningInformation!: QuantityProvisioningStatus[];
}
