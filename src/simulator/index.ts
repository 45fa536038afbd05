/**
 * The embedded Partner Center simulator: a stand-alone HTTP server with the order endpoints,
 * deterministic seed data and the PATCH rules. The facade imports it only to start it.
 */
export { startSimulator, type RecordedRequest, type RunningSimulator, type SimulatorOptions } from "./server.js";
export {
  DEFAULT_REPLAY_LIMIT,
  DEFAULT_REPLAY_TTL_MS,
  SimulatorStore,
  type CustomerOptions,
  type OfferDefinition,
  type OrderOptions,
  type OrdersFilter,
  type PatchOptions,
  type StoreOptions,
} from "./store.js";
export { authorizationFingerprint, DEFAULT_REQUEST_LOG_SIZE, MAX_RECORDED_BODY_BYTES } from "./request-log.js";
export { readSimulatorConfig, SimulatorConfigError } from "./config.js";
export { SEED } from "./seed.js";
export { ErrorCode, SimulatorApiError } from "./errors.js";
