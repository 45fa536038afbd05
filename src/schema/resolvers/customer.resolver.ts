import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context/index.js";
import { PartnerCenterError, type OrderCollectionView, type OrderView } from "../../partner-center/index.js";
import { BillingCycle } from "../enums/billing-cycle.enum.js";
import { childSelections, orderSelectionReadsPrice } from "../selection.js";
import { Customer } from "../types/customer.type.js";
import { OrderCollection } from "../types/order-collection.type.js";
import { Order } from "../types/order.type.js";
import { assertId } from "../validation.js";

/** Whether the selection of this field, under the given child path, reads an order's prices. */
function readsPrice(info: GraphQLResolveInfo, pathToOrder: readonly string[]): boolean {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const field of pathToOrder) sets = childSelections(sets, field, info.fragments);
  return orderSelectionReadsPrice(sets, info.fragments);
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { description: "A customer of the partner, by id. No upstream call by itself." })
  customer(@Arg("id", () => ID, { description: "Partner Center customer id (tenant id)." }) id: string): Customer {
    return { id: assertId("id", id) };
  }

  @FieldResolver(() => OrderCollection, {
    nullable: true,
    description: "The customer's orders: GET /customers/{id}/orders. Null, with an error, when that call fails.",
  })
  orders(
    @Root() customer: Customer,
    @Ctx() { loaders }: RequestContext,
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
    return loaders.orders({
      customerId: customer.id,
      indirectResellerId: indirectResellerId == null ? undefined : assertId("indirectResellerId", indirectResellerId),
      billingType: billingType ?? undefined,
      includePrice: includePrice ?? readsPrice(info, ["items"]),
      includeSystemPurchases: includeSystemPurchases ?? false,
    });
  }

  @FieldResolver(() => Order, { nullable: true, description: "One order of this customer; null when it does not exist." })
  async order(
    @Root() customer: Customer,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { description: "The order id." }) id: string,
    @Arg("includePrice", () => Boolean, {
      nullable: true,
      description: "Ask Partner Center for prices. Omitted: true exactly when the selection reads totalPrice or lineItems.pricing.",
    })
    includePrice?: boolean | null,
  ): Promise<OrderView | null> {
    const orderId = assertId("id", id);
    const priced = includePrice ?? readsPrice(info, []);
    try {
      return await loaders.order({ customerId: customer.id, orderId, includePrice: priced });
    } catch (error) {
      if (error instanceof PartnerCenterError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  }
}
