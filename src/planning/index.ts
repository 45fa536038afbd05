/**
 * Planning: what an operation will cost upstream and what each field needs, known before execution
 * and read by the loaders during it. The cost table (costs.ts), the requests and their keys
 * (requests.ts), the plan (plan.ts), the walk of a document (estimate.ts), include_price inference
 * (price.ts) and the selection reader both share (selection.ts).
 */
export * from "./costs.js";
export * from "./estimate.js";
export * from "./plan.js";
export * from "./price.js";
export * from "./requests.js";
export * from "./selection.js";
