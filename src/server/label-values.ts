/**
 * Bounded metric label values. The operation name is the client's choice (`query A1`, `query A2`,
 * …), so a label that took it verbatim would grow memory and /metrics without limit; every label
 * of this service keeps a bounded set of values instead.
 */

/** Distinct operation names counted under their own label value; later ones are counted as `other`. */
export const MAX_OPERATION_LABELS = 100;
/** Longest operation name kept, in metrics, logs and spans; GraphQL names have no length limit. */
export const MAX_OPERATION_NAME_LENGTH = 100;
/** The label value of operations without a name. */
export const ANONYMOUS_OPERATION = "anonymous";
/** The label value of everything past a label's bound. */
export const OTHER = "other";

/**
 * The name an operation is logged, traced and counted under: its name cut to
 * MAX_OPERATION_NAME_LENGTH characters, or `anonymous`. Apollo passes the parsed operation's name,
 * already a GraphQL name; the replace keeps label values to name characters whatever it is given.
 */
export function operationDisplayName(name: string | null | undefined): string {
  if (!name) return ANONYMOUS_OPERATION;
  return name.slice(0, MAX_OPERATION_NAME_LENGTH).replace(/[^_0-9A-Za-z]/g, "_");
}

/**
 * The first `limit` distinct values keep their own label value; any later one is `other`. First
 * come rather than most frequent, so that a value once on /metrics keeps its series for the life
 * of the process.
 */
export class BoundedLabelValues {
  private readonly kept = new Set<string>();

  constructor(
    private readonly limit: number,
    /** Values always kept, taking no place (`anonymous`, `success`). */
    private readonly always: readonly string[] = [],
  ) {}

  of(value: string): string {
    if (value === OTHER || this.kept.has(value) || this.always.includes(value)) return value;
    if (this.kept.size >= this.limit) return OTHER;
    this.kept.add(value);
    return value;
  }
}
