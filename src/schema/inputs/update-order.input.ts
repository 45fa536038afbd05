import { Field, InputType } from "type-graphql";
import { BillingCycle } from "../enums/billing-cycle.enum.js";
import { OrderStatus } from "../enums/order-status.enum.js";
import { ClientContextInput } from "./client-context.input.js";
import { OrderLineItemInput } from "./order-line-item.input.js";

@InputType({
  description:
    "The changes to make to an order; only the fields given are sent to Partner Center. Change the billing cycle (billingCycle + lineItems), buy an add-on (a line with parentSubscriptionId), cancel lines (status CANCELLED + lineItems), cancel a sandbox order (status CANCELLED alone), or change a quantity (lineItems with quantity).",
})
export class UpdateOrderInput {
  @Field(() => String, { nullable: true, description: "New alternate id." })
  alternateId?: string | null;

  @Field(() => BillingCycle, { nullable: true, description: "New billing cycle (legacy subscriptions); send the affected lineItems too." })
  billingCycle?: BillingCycle | null;

  @Field(() => OrderStatus, { nullable: true, description: "CANCELLED to cancel the listed lines, or the whole order in the integration sandbox." })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: "Currency of the order (ISO 4217)." })
  currencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "Customer id the order refers to." })
  referenceCustomerId?: string | null;

  @Field(() => String, { nullable: true, description: "Transaction type of the order, e.g. UserPurchase." })
  transactionType?: string | null;

  @Field(() => ClientContextInput, { nullable: true, description: "Client application context." })
  client?: ClientContextInput | null;

  @Field(() => [OrderLineItemInput], { nullable: true, description: "Lines to change or add." })
  lineItems?: OrderLineItemInput[] | null;
}
