/**
 * The embedded Partner Center simulator: a stand-alone HTTP server with the order endpoints,
 * deterministic seed data and the PATCH rules. The facade imports it only to start it.
 */
export { startSimulator, type RecordedRequest, type RunningSimulator, type SimulatorOptions } from "./server.js";
export { SimulatorStore, type CustomerOptions, type OfferDefinition, type OrderOptions, type OrdersFilter, type PatchOptions } from "./store.js";
export { SEED } from "./seed.js";
export { ErrorCode, PartnerCenterError } from "./errors.js";
