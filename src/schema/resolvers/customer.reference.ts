import type { Customer } from "../types/customer.type.js";
import { badUserInput } from "../../errors/index.js";
import { assertId } from "../validation.js";

/**
 * Federation's `__resolveReference` for Customer: a representation `{ __typename, id }` from a
 * router becomes the same customer `Query.customer(id:)` gives, validated the same way and with no
 * upstream call by itself. Async, so that a bad representation nulls its own `_entities` item
 * instead of the whole list.
 */
export async function resolveCustomerReference(reference: { id?: unknown }): Promise<Customer> {
  const { id } = reference;
  // An ID may arrive as an integer, as it may in Query.customer(id:).
  if (typeof id === "number" && Number.isInteger(id)) return { id: String(id) };
  if (typeof id !== "string") throw badUserInput("id", "must be a string");
  return { id: assertId("id", id) };
}
