/** The upstream: HTTP client, throttle (rate budget, cool-downs), raw models, enum maps, model → view mapping, error mapping. */
export * from "./caller-key.js";
export * from "./client.js";
export * from "./clock.js";
export * from "./enums.js";
export * from "./errors.js";
export * from "./mapping.js";
export * from "./order-jobs.js";
export * from "./read-cache.js";
export * from "./request-ids.js";
export * from "./throttle.js";
export type * from "./models.js";
export { ORDERS_QUERY_KEYS } from "./models.js";
