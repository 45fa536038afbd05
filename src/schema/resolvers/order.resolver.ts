import { FieldResolver, Resolver, Root } from "type-graphql";
import type { OrderView } from "../../partner-center/index.js";
import { Customer } from "../types/customer.type.js";
import { Order } from "../types/order.type.js";

@Resolver(() => Order)
export class OrderResolver {
  @FieldResolver(() => Customer, { description: "The customer the order belongs to." })
  customer(@Root() order: OrderView): Customer {
    return { id: order.customerId };
  }
}
