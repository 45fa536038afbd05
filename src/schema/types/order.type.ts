import { Field, Float, ID, ObjectType } from "type-graphql";
import { BillingCycle } from "../enums/billing-cycle.enum.js";
import { OrderStatus } from "../enums/order-status.enum.js";
import { DateTimeScalar } from "../scalars/date-time.scalar.js";
import { ClientContext } from "./client-context.type.js";
import { OrderLineItem } from "./order-line-item.type.js";
import { OrderLinks } from "./order-links.type.js";
import { ResourceAttributes } from "./resource-attributes.type.js";

@ObjectType({ description: "A customer's order in Partner Center." })
export class Order {
  @Field(() => ID, { description: "Order id: opaque (GUIDs, 33-character tokens…)." })
  id!: string;

  /** The customer whose orders these are; read by Order.customer, not exposed as a field. */
  customerId!: string;

  @Field(() => String, { nullable: true, description: "Short alternate id of the order (12 hex characters)." })
  alternateId?: string;

  @Field(() => String, { nullable: true, description: "Customer id the order refers to." })
  referenceCustomerId?: string;

  @Field(() => BillingCycle, { nullable: true, description: "How the order is billed." })
  billingCycle?: BillingCycle | null;

  @Field(() => OrderStatus, { nullable: true, description: "Where the order stands." })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: "Currency of the order (ISO 4217), e.g. USD." })
  currencyCode?: string;

  @Field(() => String, { nullable: true, description: "Symbol of the currency, e.g. $." })
  currencySymbol?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the order was created, exactly as Partner Center gave it." })
  creationDate?: string | null;

  @Field(() => Float, { nullable: true, description: "Total price of the order; null unless prices were requested (includePrice)." })
  totalPrice?: number;

  @Field(() => String, { nullable: true, description: "UserPurchase, or SystemPurchase / SystemBilling for orders the system created." })
  transactionType?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the partner accepted the partner-of-record attestation for this order (partnerOnRecordAttestationAccepted); null when Partner Center does not say.",
  })
  partnerOnRecordAttestationAccepted?: boolean | null;

  @Field(() => ClientContext, { nullable: true, description: "The client application the order was placed from." })
  client?: ClientContext;

  @Field(() => ResourceAttributes, { nullable: true, description: "Metadata: etag and object type." })
  attributes?: ResourceAttributes;

  @Field(() => OrderLinks, { nullable: true, description: "Links to the order, its provisioning status and its PATCH operation." })
  links?: OrderLinks;

  @Field(() => [OrderLineItem], { description: "Lines of the order; empty when Partner Center sent none." })
  lineItems!: OrderLineItem[];
}
