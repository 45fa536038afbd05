import { Field, InputType } from "type-graphql";
import { BillingCycle } from "../enums/billing-cycle.enum.js";
import { OrderStatus } from "../enums/order-status.enum.js";
import { ClientContextInput } from "./client-context.input.js";
import { OrderLineItemInput } from "./order-line-item.input.js";

@InputType({
  description:
    "The changes to make to an order; only the fields given are sent to Partner Center, and a job missing what it needs is BAD_USER_INPUT naming the field (extensions.field), with no call. Change the billing cycle: billingCycle, and lineItems, each with lineItemNumber, offerId, subscriptionId and quantity. Buy an add-on: a line with parentSubscriptionId, offerId and a quantity of at least 1. Cancel lines: status CANCELLED and lineItems, each with lineItemNumber and offerId (software, inside its cancellation window; the lines come back with quantity 0, and the order is CANCELLED once every line is, else COMPLETED). Cancel a whole order: status CANCELLED alone (software orders; reserved instances in the integration sandbox only). Change a quantity: a line with lineItemNumber and a quantity of 0 or more.",
})
export class UpdateOrderInput {
  @Field(() => String, { nullable: true, description: "New alternate id." })
  alternateId?: string | null;

  @Field(() => BillingCycle, { nullable: true, description: "New billing cycle (legacy subscriptions); send the affected lineItems too." })
  billingCycle?: BillingCycle | null;

  @Field(() => OrderStatus, {
    nullable: true,
    description:
      "CANCELLED, the only status a caller can set: with lineItems (each with lineItemNumber and offerId) it cancels those lines, alone it cancels every line. Partner Center cancels software this way inside the cancellation window, and reserved instances only in the integration sandbox; new-commerce, Azure plan and marketplace lines are cancelled through their subscription instead (refused with BAD_USER_INPUT, upstream code 4018).",
  })
  status?: OrderStatus | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "read-only in Partner Center",
    description: "Read-only in Partner Center (set when the order is placed): a value is BAD_USER_INPUT, with no call. Kept so that existing documents still validate.",
  })
  currencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "Customer id the order refers to." })
  referenceCustomerId?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "read-only in Partner Center",
    description: "Read-only in Partner Center (UserPurchase, SystemPurchase, SystemBilling): a value is BAD_USER_INPUT, with no call. Kept so that existing documents still validate.",
  })
  transactionType?: string | null;

  @Field(() => ClientContextInput, { nullable: true, description: "Client application context." })
  client?: ClientContextInput | null;

  @Field(() => [OrderLineItemInput], { nullable: true, description: "Lines to change or add." })
  lineItems?: OrderLineItemInput[] | null;
}
