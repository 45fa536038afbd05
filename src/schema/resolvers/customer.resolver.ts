import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context/index.js";
import { orderRequest, ordersRequest, priceReader } from "../../planning/index.js";
import { type OrderCollectionView, type OrderView, orderPath, ordersPath } from "../../partner-center/index.js";
import { BillingCycle } from "../enums/billing-cycle.enum.js";
import { Customer } from "../types/customer.type.js";
import { OrderCollection } from "../types/order-collection.type.js";
import { Order } from "../types/order.type.js";
import { reportingStale } from "./stale.js";

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { description: "A customer of the partner, by id. No upstream call by itself." })
  customer(@Arg("id", () => ID, { description: "Partner Center customer id (tenant id). Checked by the fields that call Partner Center, so a bad id fails only those." }) id: string): Customer {
    return { id };
  }

  @FieldResolver(() => OrderCollection, {
    nullable: true,
    description: "The customer's orders: GET /customers/{id}/orders. Null, with an error, when that call fails.",
  })
  orders(
    @Root() customer: Customer,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("indirectResellerId", () => String, { nullable: true, description: "Only orders placed through this indirect reseller (indirect_reseller_id)." })
    indirectResellerId?: string | null,
    @Arg("billingType", () => BillingCycle, { nullable: true, description: "Only orders with this billing cycle (billingType)." })
    billingType?: BillingCycle | null,
    @Arg("includePrice", () => Boolean, {
      nullable: true,
      description: "Ask Partner Center for prices (include_price). Omitted: true exactly when the selection reads totalPrice or lineItems.pricing.",
    })
    includePrice?: boolean | null,
    @Arg("includeSystemPurchases", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Also list orders the system created: SystemPurchase and SystemBilling (include_system_purchases).",
    })
    includeSystemPurchases?: boolean | null,
  ): Promise<OrderCollectionView> {
    const args = { indirectResellerId, billingType, includePrice, includeSystemPurchases };
    const orders = context.loaders.orders(ordersRequest(customer.id, args, priceReader(context.loaders.plan, "Customer", "orders", info)));
    return reportingStale(context, info, [ordersPath(customer.id)], orders);
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description:
      "One order of this customer: GET /customers/{id}/orders/{orderId}, unless a list this operation loads holds it. Null when it does not exist.",
  })
  order(
    @Root() customer: Customer,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { description: "The order id." }) id: string,
    @Arg("includePrice", () => Boolean, {
      nullable: true,
      description: "Ask Partner Center for prices (include_price). Omitted: true exactly when the selection reads totalPrice or lineItems.pricing.",
    })
    includePrice?: boolean | null,
  ): Promise<OrderView | null> {
    const order = context.loaders.order(orderRequest(customer.id, { id, includePrice }, priceReader(context.loaders.plan, "Customer", "order", info)));
    // Its own GET, or a list this operation loads that holds it.
    return reportingStale(context, info, [orderPath(customer.id, id), ordersPath(customer.id)], order);
  }
}
