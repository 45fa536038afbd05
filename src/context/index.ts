/** Per-request context: the caller and the loaders built for one operation. */
export * from "./caller.js";
export * from "./context.js";
export * from "./order-loaders.js";
