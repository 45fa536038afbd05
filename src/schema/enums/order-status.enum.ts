import { registerEnumType } from "type-graphql";
import { OrderStatus } from "../../partner-center/enums.js";

export { OrderStatus };

registerEnumType(OrderStatus, {
  name: "OrderStatus",
  description:
    "Where an order stands. Partner Center's set is open: values are read case-insensitively and anything unrecognised is UNKNOWN.",
  valuesConfig: {
    UNKNOWN: { description: "Partner Center sent `unknown`, or a value this API does not recognise." },
    COMPLETED: { description: "The order was fulfilled (`completed`)." },
    PENDING: { description: "The order is being processed (`pending`)." },
    PENDING_PO_UPLOAD: { description: "Waiting for a purchase order to be uploaded (`pending_po_upload`)." },
    PO_UPLOAD_COMPLETE: { description: "The purchase order was uploaded (`po_upload_complete`)." },
    CANCELLED: { description: "Every line of the order was cancelled (`cancelled`)." },
    PARTIAL_SUCCESS: { description: "Some lines were fulfilled and some were not (`partial_success`)." },
    PO_REVIEW_REJECTED: { description: "The purchase order was rejected in review (`po_review_rejected`)." },
    SUSPENDED: { description: "The order is suspended (`suspended`)." },
    PENDING_REVIEW: { description: "The order awaits review (`pending_review`)." },
    ERROR: { description: "The order failed (`error`)." },
  },
});
