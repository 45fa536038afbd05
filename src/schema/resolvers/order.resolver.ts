import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context/index.js";
import { type OrderLineItemActivationLinkView, type OrderLineItemProvisioningStatusView, type OrderView, orderPath } from "../../partner-center/index.js";
import { Customer } from "../types/customer.type.js";
import { OrderLineItemActivationLink } from "../types/order-activation-link.type.js";
import { OrderLineItemProvisioningStatus } from "../types/order-provisioning-status.type.js";
import { Order } from "../types/order.type.js";
import { reportingStale } from "./stale.js";

@Resolver(() => Order)
export class OrderResolver {
  @FieldResolver(() => Customer, { description: "The customer the order belongs to." })
  customer(@Root() order: OrderView): Customer {
    return { id: order.customerId };
  }

  @FieldResolver(() => [OrderLineItemProvisioningStatus], {
    nullable: true,
    description:
      "Where each line of the order stands in provisioning: GET /customers/{customerId}/orders/{id}/provisioningstatus, made only when selected, once per order. Needs App+User credentials (a token for a signed-in user): Partner Center refuses app-only tokens here, and that 401/403 says so. Null, with an error, when that call fails. Each order selecting it is one upstream call, counted against MAX_UPSTREAM_CALLS_PER_OPERATION as it is made.",
  })
  provisioningStatus(@Root() order: OrderView, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OrderLineItemProvisioningStatusView[]> {
    const statuses = context.loaders.provisioningStatus({ customerId: order.customerId, orderId: order.id });
    return reportingStale(context, info, [`${orderPath(order.customerId, order.id)}/provisioningstatus`], statuses);
  }

  @FieldResolver(() => [OrderLineItemActivationLink], {
    nullable: true,
    description:
      "Activation links of the order's commercial-marketplace lines (lines without one are absent): GET /customers/{customerId}/orders/{id}/activationlinks, made only when selected, once per order. Null, with an error, when that call fails. Each order selecting it is one upstream call, counted against MAX_UPSTREAM_CALLS_PER_OPERATION as it is made.",
  })
  activationLinks(@Root() order: OrderView, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OrderLineItemActivationLinkView[]> {
    const links = context.loaders.activationLinks({ customerId: order.customerId, orderId: order.id });
    return reportingStale(context, info, [`${orderPath(order.customerId, order.id)}/activationlinks`], links);
  }
}
