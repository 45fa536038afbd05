import { randomUUID } from "node:crypto";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../context/index.js";
import { type OrderModel, type OrderView, toWireBillingCycle, toWireOrderStatus, orderPatchProblem, OrderStatus, REQUEST_KEY, requestGuid, unquoteEtag } from "../../partner-center/index.js";
import { badUserInput } from "../../errors/index.js";
import { UpdateOrderInput } from "../inputs/update-order.input.js";
import { Order } from "../types/order.type.js";
import { assertId, assertText } from "../validation.js";

const MAX_ETAG_LENGTH = 1024;

/** Copies the fields the caller gave (explicit nulls included), dropping those left out. */
function given<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The PATCH body: only the fields the caller gave, plus id; enums in lower snake as order bodies spell them. */
export function toOrderPatch(orderId: string, input: UpdateOrderInput): OrderModel {
  const { billingCycle, status, client, lineItems, ...scalars } = given(input);
  const patch: Record<string, unknown> = { id: orderId, ...scalars };
  if (billingCycle !== undefined) patch.billingCycle = billingCycle === null ? null : toWireBillingCycle(billingCycle);
  if (status !== undefined) patch.status = status === null ? null : toWireOrderStatus(status);
  if (client !== undefined) patch.client = client === null ? null : given(client);
  if (lineItems !== undefined) {
    patch.lineItems =
      lineItems === null
        ? null
        : lineItems.map((line) => {
            const { purchaseCommitment, renewsTo, ...fields } = given(line);
            const wireLine: Record<string, unknown> = fields;
            if (purchaseCommitment !== undefined) wireLine.purchaseCommitment = purchaseCommitment && given(purchaseCommitment);
            if (renewsTo !== undefined) wireLine.renewsTo = renewsTo && given(renewsTo);
            return wireLine;
          });
  }
  return patch as OrderModel;
}

function validateInput(input: UpdateOrderInput): void {
  if (Object.values(input).every((value) => value === undefined)) {
    throw badUserInput("input", "give at least one field to change");
  }
  const numbers = new Set<number>();
  (input.lineItems ?? []).forEach((line, index) => {
    const at = `input.lineItems[${index}]`;
    if (line.lineItemNumber < 0) throw badUserInput(`${at}.lineItemNumber`, "must not be negative");
    if (numbers.has(line.lineItemNumber)) throw badUserInput(`${at}.lineItemNumber`, `${line.lineItemNumber} is given twice`);
    numbers.add(line.lineItemNumber);
    if (line.quantity != null && line.quantity < 0) throw badUserInput(`${at}.quantity`, "must not be negative");
    if (line.offerId != null) assertText(`${at}.offerId`, line.offerId);
    if (line.subscriptionId != null) assertText(`${at}.subscriptionId`, line.subscriptionId);
    if (line.parentSubscriptionId != null) assertText(`${at}.parentSubscriptionId`, line.parentSubscriptionId);
    if (line.partnerIdOnRecord != null) assertText(`${at}.partnerIdOnRecord`, line.partnerIdOnRecord);
  });
}

@Resolver(() => Order)
export class UpdateOrderResolver {
  @Mutation(() => Order, {
    description:
      "Changes an order: PATCH /customers/{customerId}/orders/{orderId}; returns the order as Partner Center returns it. Retried safely: every attempt carries the same MS-RequestId.",
  })
  updateOrder(
    @Ctx() { loaders }: RequestContext,
    @Arg("customerId", () => ID, { description: "The customer the order belongs to." }) customerId: string,
    @Arg("orderId", () => ID, { description: "The order to change." }) orderId: string,
    @Arg("input", () => UpdateOrderInput, { description: "The changes; only the fields given are sent." }) input: UpdateOrderInput,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "Sent as MS-RequestId, the same on every retry: Partner Center applies a request id once. 1–128 characters of A-Z a-z 0-9 . _ : -; generated when omitted.",
    })
    idempotencyKey?: string | null,
    @Arg("ifMatch", () => String, {
      nullable: true,
      description: "The order's attributes.etag, with or without quotes; sent as If-Match so that only that version is changed (else CONFLICT).",
    })
    ifMatch?: string | null,
  ): Promise<OrderView> {
    assertId("customerId", customerId);
    assertId("orderId", orderId);
    if (idempotencyKey != null && !REQUEST_KEY.pattern.test(idempotencyKey)) {
      throw badUserInput("idempotencyKey", `must be ${REQUEST_KEY.accepts}`);
    }
    if (ifMatch != null) {
      const etag = unquoteEtag(ifMatch);
      if (etag.trim() === "") throw badUserInput("ifMatch", "must not be empty");
      // An etag is visible ASCII without quotes (RFC 9110, section 8.8.3): anything else cannot be
      // sent as If-Match — "ā" made got throw, and was retried as an upstream failure.
      if (etag.length > MAX_ETAG_LENGTH || !/^[\x21\x23-\x7e]+$/.test(etag)) {
        throw badUserInput("ifMatch", `must be an etag of at most ${MAX_ETAG_LENGTH} visible ASCII characters without spaces or inner quotes`);
      }
    }
    validateInput(input);
    const problem = orderPatchProblem({ ...input, cancels: input.status === OrderStatus.CANCELLED });
    if (problem) throw badUserInput("input", problem.problem, problem.field);
    return loaders.updateOrder({
      customerId,
      orderId,
      patch: toOrderPatch(orderId, input),
      // MS-RequestId is a GUID on the wire: a key that is not one is sent as its UUID v5, the same every time.
      requestId: idempotencyKey == null ? randomUUID() : requestGuid(idempotencyKey),
      ifMatch: ifMatch ?? undefined,
    });
  }
}
