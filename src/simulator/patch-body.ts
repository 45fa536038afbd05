/**
 * Reading a PATCH body into a typed, validated patch. Only the shape is checked here (types,
 * ranges, enum names); whether the change is allowed for this order is order-patch.ts's job.
 *
 * Partner Center's docs send PascalCase bodies (the .NET SDK serialises its models that way) and
 * the service accepts them, so property names are matched with their first letter lower-cased.
 * The SDK also writes every unset property as `null`, so `null` means "not given".
 */
import type {
  ClientContextModel,
  OrderLineItemModel,
  OrderModel,
  PurchaseCommitmentModel,
  RenewsToModel,
} from "../partner-center/models.js";
import { orderPatchProblem } from "../partner-center/order-jobs.js";
import { invalidInput } from "./errors.js";
import { readBillingCycle, readOrderStatus, type WireBillingCycle, type WireOrderStatus } from "./wire-enums.js";

/** Line fields a PATCH merges into an existing line as given. */
export type LineItemFields = Pick<
  OrderLineItemModel,
  | "termDuration"
  | "transactionType"
  | "friendlyName"
  | "partnerIdOnRecord"
  | "promotionId"
  | "attestationAccepted"
  | "customTermEndDate"
  | "provisioningContext"
  | "purchaseCommitment"
  | "renewsTo"
>;

export interface LineItemPatch {
  lineItemNumber?: number;
  offerId?: string;
  subscriptionId?: string;
  parentSubscriptionId?: string;
  quantity?: number;
  fields: LineItemFields;
}

/** Order fields a PATCH merges into the order as given (never the read-only ones: they are refused). */
export type OrderFields = Pick<OrderModel, "alternateId" | "referenceCustomerId" | "client">;

export interface OrderPatch {
  id?: string;
  billingCycle?: WireBillingCycle;
  status?: WireOrderStatus;
  fields: OrderFields;
  lineItems?: LineItemPatch[];
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keys whose values are free-form customer data: their inner keys are kept as sent. */
const FREE_FORM_KEYS = new Set(["provisioningContext"]);

function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const camelKey = key.charAt(0).toLowerCase() + key.slice(1);
    result[camelKey] = FREE_FORM_KEYS.has(camelKey) ? inner : camelCaseKeys(inner);
  }
  return result;
}

/** Typed access to one JSON object of the body; errors name the property's path. */
class PropertyReader {
  constructor(
    private readonly source: JsonObject,
    private readonly path: string,
  ) {}

  private value(key: string): unknown {
    const value = this.source[key];
    return value === null ? undefined : value;
  }

  private fail(key: string, expected: string): never {
    throw invalidInput(`The property ${this.path}${key} must be ${expected}.`);
  }

  string(key: string): string | undefined {
    const value = this.value(key);
    if (value === undefined || typeof value === "string") return value;
    return this.fail(key, "a string");
  }

  integer(key: string, min: number): number | undefined {
    const value = this.value(key);
    if (value === undefined || (typeof value === "number" && Number.isInteger(value) && value >= min)) return value;
    return this.fail(key, min === 0 ? "a whole number, zero or more" : `a whole number from ${min}`);
  }

  number(key: string): number | undefined {
    const value = this.value(key);
    if (value === undefined || (typeof value === "number" && Number.isFinite(value))) return value;
    return this.fail(key, "a number");
  }

  boolean(key: string): boolean | undefined {
    const value = this.value(key);
    if (value === undefined || typeof value === "boolean") return value;
    return this.fail(key, "true or false");
  }

  /** A free-form JSON object, kept as sent. */
  freeForm(key: string): JsonObject | undefined {
    const value = this.value(key);
    if (value === undefined || isObject(value)) return value;
    return this.fail(key, "a JSON object");
  }

  object(key: string): PropertyReader | undefined {
    const value = this.freeForm(key);
    return value && new PropertyReader(value, `${this.path}${key}.`);
  }

  objects(key: string): PropertyReader[] | undefined {
    const value = this.value(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every(isObject)) return this.fail(key, "an array of JSON objects");
    return value.map((item, index) => new PropertyReader(item, `${this.path}${key}[${index}].`));
  }

  enumValue<T>(key: string, read: (name: string) => T | undefined, expected: string): T | undefined {
    const name = this.string(key);
    if (name === undefined) return undefined;
    return read(name) ?? this.fail(key, `${expected}, not '${name}'`);
  }
}

/** Drops the properties that were not given, so that merging never writes `undefined`. */
function given<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function readClient(reader: PropertyReader | undefined): ClientContextModel | undefined {
  return reader && given({ deviceFamily: reader.string("deviceFamily"), marketplaceCountry: reader.string("marketplaceCountry"), name: reader.string("name") });
}

function readPurchaseCommitment(reader: PropertyReader | undefined): PurchaseCommitmentModel | undefined {
  return reader && given({ amount: reader.number("amount"), currency: reader.string("currency"), grain: reader.string("grain") });
}

function readRenewsTo(reader: PropertyReader | undefined): RenewsToModel | undefined {
  return reader && given({ termDuration: reader.string("termDuration") });
}

function readLineItem(line: PropertyReader): LineItemPatch {
  return given({
    lineItemNumber: line.integer("lineItemNumber", 0),
    offerId: line.string("offerId"),
    subscriptionId: line.string("subscriptionId"),
    parentSubscriptionId: line.string("parentSubscriptionId"),
    quantity: line.integer("quantity", 0),
    fields: given({
      termDuration: line.string("termDuration"),
      transactionType: line.string("transactionType"),
      friendlyName: line.string("friendlyName"),
      partnerIdOnRecord: line.string("partnerIdOnRecord"),
      promotionId: line.string("promotionId"),
      attestationAccepted: line.boolean("attestationAccepted"),
      customTermEndDate: line.string("customTermEndDate"),
      provisioningContext: line.freeForm("provisioningContext"),
      purchaseCommitment: readPurchaseCommitment(line.object("purchaseCommitment")),
      renewsTo: readRenewsTo(line.object("renewsTo")),
    }),
  });
}

/**
 * The patch a body asks for. `currencyCode` and `transactionType`, read-only on the Order resource,
 * are refused (400/800002) rather than ignored. Other read-only properties the SDK echoes back in
 * every body (`creationDate`, `attributes`, `links`, `pricing`, `totalPrice`, `currencySymbol`) and
 * unknown properties are ignored, as the service ignores them.
 */
export function readOrderPatch(body: unknown): OrderPatch {
  const normalized = camelCaseKeys(body);
  if (!isObject(normalized)) throw invalidInput("The request body must be a JSON object (a partial Order).");
  const order = new PropertyReader(normalized, "");
  const patch: OrderPatch = given({
    id: order.string("id"),
    billingCycle: order.enumValue("billingCycle", readBillingCycle, "a billing cycle such as monthly or annual"),
    status: order.enumValue("status", readOrderStatus, "an order status such as cancelled"),
    fields: given({
      alternateId: order.string("alternateId"),
      referenceCustomerId: order.string("referenceCustomerId"),
      client: readClient(order.object("client")),
    }),
    lineItems: order.objects("lineItems")?.map(readLineItem),
  });
  // What each job needs, read-only fields, provisioningContext values: the rules the facade checks too.
  const problem = orderPatchProblem({
    billingCycle: patch.billingCycle,
    cancels: patch.status === "cancelled",
    currencyCode: order.string("currencyCode"),
    transactionType: order.string("transactionType"),
    lineItems: patch.lineItems?.map((line) => ({ ...line, provisioningContext: line.fields.provisioningContext })),
  });
  if (problem) throw invalidInput(`The property ${problem.field} ${problem.problem}.`);
  return patch;
}
