import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars/date-time.scalar.js";
import { JSONObjectScalar } from "../scalars/json-object.scalar.js";
import { OrderLineItemLinks } from "./order-line-item-links.type.js";
import { Pricing } from "./pricing.type.js";
import { PurchaseCommitment } from "./purchase-commitment.type.js";
import { RenewsTo } from "./renews-to.type.js";

@ObjectType({ description: "One line of an order: an offer, its quantity and the subscription it created or changed." })
export class OrderLineItem {
  @Field(() => Int, { description: "Position of the line in its order, from 0." })
  lineItemNumber!: number;

  @Field(() => String, { nullable: true, description: "Catalog offer id; may contain colons (product:sku:availability)." })
  offerId?: string;

  @Field(() => String, { nullable: true, description: "Subscription created or changed by this line." })
  subscriptionId?: string;

  @Field(() => String, { nullable: true, description: "For an add-on, the subscription it was added to." })
  parentSubscriptionId?: string;

  @Field(() => String, { nullable: true, description: "Term as an ISO 8601 duration (P1M, P1Y, P3Y); may be empty." })
  termDuration?: string;

  @Field(() => String, { nullable: true, description: "What the line did: New, Renew, addQuantity…" })
  transactionType?: string;

  @Field(() => String, { nullable: true, description: "Display name of the purchase." })
  friendlyName?: string;

  @Field(() => Int, { nullable: true, description: "Number of licenses or units; 0 once the line is cancelled." })
  quantity?: number;

  @Field(() => String, { nullable: true, description: "Partner id (MPN/PartnerID) credited for the line." })
  partnerIdOnRecord?: string;

  @Field(() => [String], {
    nullable: true,
    description: "Further partners (PartnerIDs) credited for the line besides partnerIdOnRecord, e.g. an indirect reseller and an advisor; null when Partner Center sends none.",
  })
  additionalPartnerIdsOnRecord?: string[] | null;

  @Field(() => String, { nullable: true, description: "Promotion applied to the line." })
  promotionId?: string;

  @Field(() => Boolean, { nullable: true, description: "Whether the offer's attestation was accepted." })
  attestationAccepted?: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "Custom end date of the term, when one was set." })
  customTermEndDate?: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: "Offer-specific provisioning values (free-form)." })
  provisioningContext?: Record<string, unknown>;

  @Field(() => Pricing, { nullable: true, description: "Prices of the line; null unless prices were requested (includePrice)." })
  pricing?: Pricing;

  @Field(() => PurchaseCommitment, { nullable: true, description: "Purchase commitment made with the line." })
  purchaseCommitment?: PurchaseCommitment;

  @Field(() => RenewsTo, { nullable: true, description: "What the subscription renews to." })
  renewsTo?: RenewsTo;

  @Field(() => OrderLineItemLinks, { nullable: true, description: "Links to the subscription, catalog item and statuses." })
  links?: OrderLineItemLinks;
}
