/**
 * A refusal made here, without any Partner Center call: a bad argument, a document over a limit,
 * a missing token, a malformed header. Never a PartnerCenterError (that is what Partner Center
 * said, or what became of a call to it). No GraphQL here.
 */
import type { RefusalCode } from "./codes.js";
import { ContractError } from "./contract-error.js";

/** The extension fields of a refusal (docs/errors.md): each names what was refused. */
export interface RefusalDetails {
  /** The operation's MS-CorrelationId, when the refusal comes from inside an operation. */
  correlationId?: string;
  /** The argument refused (`input`, `customerId`, `input.lineItems[0].quantity`). */
  argument?: string;
  /** The part of an input object at fault (`lineItems[0].subscriptionId`). */
  field?: string;
  /** The limit passed, by its variable's name (`MAX_QUERY_DEPTH`). */
  limit?: string;
  /** For an upstream-call budget: the calls the operation needs, and those allowed. */
  needed?: number;
  allowed?: number;
}

export class LocalRefusal extends ContractError {
  override name = "LocalRefusal";
  declare readonly code: RefusalCode;

  /**
   * @param httpStatus for a refusal of the whole request before execution (a malformed header,
   * bad variables, the upstream-call budget): the HTTP status of the answer. Never for a field's
   * refusal, whose siblings keep their data in a 200.
   */
  constructor(
    message: string,
    code: RefusalCode,
    readonly refused: RefusalDetails = {},
    readonly httpStatus?: number,
  ) {
    super(message, code);
  }

  protected override details(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.refused).filter(([, value]) => value !== undefined));
  }
}

/**
 * A refused argument: BAD_USER_INPUT naming the argument, before any upstream call; `field` names
 * the part of an input object at fault (`lineItems[0].subscriptionId`), as extensions.field.
 */
export function badUserInput(argument: string, problem: string, field?: string): LocalRefusal {
  return new LocalRefusal(`Invalid argument ${argument}${field === undefined ? "" : `.${field}`}: ${problem}`, "BAD_USER_INPUT", { argument, field });
}

/** A document refused by a limit before anything runs: BAD_USER_INPUT naming the limit (README, Configuration). */
export function overLimit(message: string, limit: string, counts: Pick<RefusalDetails, "needed" | "allowed"> = {}, httpStatus?: number): LocalRefusal {
  return new LocalRefusal(message, "BAD_USER_INPUT", { limit, ...counts }, httpStatus);
}
