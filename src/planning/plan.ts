/**
 * The upstream calls of one operation as known before it runs, built by the walk of its document
 * (estimate.ts) with the keys the loaders dedup on (requests.ts), and read by the loaders at run
 * time: one set of rules for the estimate and for execution.
 *
 * `calls` counts what is certain: one per distinct list, one per distinct lookup that no list of the
 * operation can answer, one per PATCH. Calls that depend on data (a field per order, pages) are
 * admitted as they are made.
 */
import { type OrderKey, type OrdersFilter, listAnswers, orderKey, ordersFilterKey, patchEffects } from "./requests.js";

export class OperationPlan {
  calls = 0;
  /** Lists the operation loads, per customer (queries: their fields run in parallel, so any lookup may use them). */
  readonly #lists = new Map<string, OrdersFilter[]>();
  /** Lists counted since that customer's last PATCH, per customer. */
  readonly #listKeys = new Map<string, Set<string>>();
  readonly #lookupKeys = new Set<string>();
  #pendingLookups: OrderKey[] = [];
  #finished = false;
  /** Price flag the walk inferred per field (keyed by its one field node), so resolvers need not walk again. */
  readonly includePriceByField = new WeakMap<object, boolean>();

  /**
   * @param listsAnswerLookups queries only: a mutation runs its root fields one after another and
   *   forgets a customer's lists after each PATCH, so its lookups are GETs by id.
   */
  constructor(readonly listsAnswerLookups: boolean) {}

  list(filter: OrdersFilter): void {
    const key = ordersFilterKey(filter);
    let counted = this.#listKeys.get(filter.customerId);
    if (!counted) this.#listKeys.set(filter.customerId, (counted = new Set()));
    if (counted.has(key)) return;
    counted.add(key);
    this.calls++;
    let lists = this.#lists.get(filter.customerId);
    if (!lists) this.#lists.set(filter.customerId, (lists = []));
    if (!lists.some((known) => ordersFilterKey(known) === key)) lists.push(filter);
  }

  /** Counted once every list is known (a lookup may come before the list that answers it). */
  lookup(key: OrderKey): void {
    this.#pendingLookups.push(key);
  }

  /** A PATCH: one call, then what the loaders forget and prime after it (requests.ts, patchEffects). */
  patch(customerId: string, orderId: string): void {
    this.#settleLookups();
    this.calls++;
    const effects = patchEffects(customerId, orderId);
    this.#listKeys.delete(effects.listsOf);
    for (const stale of effects.staleLookups) this.#lookupKeys.delete(orderKey(stale));
    this.#lookupKeys.add(orderKey(effects.primed));
  }

  /** Ends the walk; the plan is read-only afterwards (it may be shared by the requests of one document). */
  finish(): this {
    this.#settleLookups();
    this.#finished = true;
    return this;
  }

  /** The lists of this operation that may hold the order a lookup asks for. */
  listsFor(key: OrderKey): readonly OrdersFilter[] {
    if (!this.listsAnswerLookups) return [];
    return (this.#lists.get(key.customerId) ?? []).filter((filter) => listAnswers(filter, key));
  }

  #settleLookups(): void {
    if (this.#finished) return;
    for (const key of this.#pendingLookups) {
      if (this.listsFor(key).length > 0) continue;
      const id = orderKey(key);
      if (this.#lookupKeys.has(id)) continue;
      this.#lookupKeys.add(id);
      this.calls++;
    }
    this.#pendingLookups = [];
  }
}

/** The plan of an operation that was not walked (a loader used outside Apollo): nothing known ahead. */
export const NO_PLAN = new OperationPlan(false).finish();
