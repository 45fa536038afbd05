import { Field, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../scalars/date-time.scalar.js";
import { JSONObjectScalar } from "../scalars/json-object.scalar.js";
import { PurchaseCommitmentInput } from "./purchase-commitment.input.js";
import { RenewsToInput } from "./renews-to.input.js";

@InputType({
  description:
    "A line of the order to change or add. An existing lineItemNumber changes that line (quantity, or cancel with the order's status); a line with a parentSubscriptionId buys an add-on.",
})
export class OrderLineItemInput {
  @Field(() => Int, { description: "Number of the line to change (from 0); for an add-on, any number not used by the order." })
  lineItemNumber!: number;

  @Field(() => String, { nullable: true, description: "Catalog offer id of the line." })
  offerId?: string | null;

  @Field(() => String, { nullable: true, description: "Subscription of the line." })
  subscriptionId?: string | null;

  @Field(() => String, { nullable: true, description: "For an add-on: the existing subscription it is added to." })
  parentSubscriptionId?: string | null;

  @Field(() => String, { nullable: true, description: "Term as an ISO 8601 duration (P1M, P1Y, P3Y)." })
  termDuration?: string | null;

  @Field(() => String, { nullable: true, description: "What the line does: New, Renew, addQuantity…" })
  transactionType?: string | null;

  @Field(() => String, { nullable: true, description: "Display name of the line." })
  friendlyName?: string | null;

  @Field(() => Int, { nullable: true, description: "New number of licenses or units; not negative." })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: "Partner id credited for the line." })
  partnerIdOnRecord?: string | null;

  @Field(() => String, { nullable: true, description: "Promotion to apply." })
  promotionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the offer's attestation is accepted." })
  attestationAccepted?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Custom end date of the term (RFC 3339)." })
  customTermEndDate?: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: "Offer-specific provisioning values: a JSON object whose values are strings (Partner Center's Dictionary<string, string>); another value is BAD_USER_INPUT naming the key.",
  })
  provisioningContext?: Record<string, unknown> | null;

  @Field(() => PurchaseCommitmentInput, { nullable: true, description: "Purchase commitment of the line." })
  purchaseCommitment?: PurchaseCommitmentInput | null;

  @Field(() => RenewsToInput, { nullable: true, description: "What the subscription renews to." })
  renewsTo?: RenewsToInput | null;
}
