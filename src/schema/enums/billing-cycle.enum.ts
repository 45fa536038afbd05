import { registerEnumType } from "type-graphql";
import { BillingCycle } from "../../partner-center/enums.js";

export { BillingCycle };

registerEnumType(BillingCycle, {
  name: "BillingCycle",
  description:
    "How often an order is billed. Read case-insensitively from Partner Center (`one_time`, `OneTime`, `Annual`); anything unrecognised is UNKNOWN.",
  valuesConfig: {
    UNKNOWN: { description: "Partner Center sent `unknown`, or a value this API does not recognise." },
    MONTHLY: { description: "Billed every month (`monthly`)." },
    ANNUAL: { description: "Billed every year (`annual`)." },
    NONE: { description: "No billing cycle applies (`none`)." },
    ONE_TIME: { description: "Billed once (`one_time`), e.g. software and reserved instances." },
    TRIENNIAL: { description: "Billed every three years (`triennial`)." },
    BIENNIAL: { description: "Billed every two years (`biennial`)." },
  },
});
