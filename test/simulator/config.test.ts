/** The stand-alone simulator's own configuration reader (`npm run simulator`). */
import { describe, expect, it } from "@jest/globals";
import { readSimulatorConfig, SimulatorConfigError } from "../../src/simulator/index.js";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("readSimulatorConfig", () => {
  it("has defaults for every variable", () => {
    expect(readSimulatorConfig({})).toEqual({
      port: 4010,
      host: "127.0.0.1",
      apiVersion: "v1",
      listLagMs: 0,
      requestLogSize: 1000,
      replayTtlMs: DAY_MS,
      replayLimit: 1000,
    });
  });

  it("reads every variable", () => {
    expect(
      readSimulatorConfig({
        SIMULATOR_PORT: "0",
        SIMULATOR_HOST: "::1",
        SIMULATOR_API_VERSION: "v2",
        SIMULATOR_LIST_LAG_MS: "900000",
        SIMULATOR_REQUEST_LOG_SIZE: "50",
        SIMULATOR_REPLAY_TTL_MS: "60000",
        SIMULATOR_REPLAY_LIMIT: "10",
      }),
    ).toEqual({ port: 0, host: "::1", apiVersion: "v2", listLagMs: 900_000, requestLogSize: 50, replayTtlMs: 60_000, replayLimit: 10 });
  });

  it("takes the API version from PARTNER_CENTER_API_VERSION when SIMULATOR_API_VERSION is unset", () => {
    expect(readSimulatorConfig({ PARTNER_CENTER_API_VERSION: "v9" }).apiVersion).toBe("v9");
    expect(readSimulatorConfig({ PARTNER_CENTER_API_VERSION: "v9", SIMULATOR_API_VERSION: "v2" }).apiVersion).toBe("v2");
  });

  it("treats empty values as unset", () => {
    expect(readSimulatorConfig({ SIMULATOR_PORT: "", SIMULATOR_HOST: " " })).toMatchObject({ port: 4010, host: "127.0.0.1" });
  });

  it.each([
    ["SIMULATOR_PORT", "70000", 'Invalid configuration: SIMULATOR_PORT="70000": expected a whole number from 0 to 65535'],
    ["SIMULATOR_PORT", "abc", 'Invalid configuration: SIMULATOR_PORT="abc": expected a whole number from 0 to 65535'],
    ["SIMULATOR_LIST_LAG_MS", "-1", `Invalid configuration: SIMULATOR_LIST_LAG_MS="-1": expected a whole number from 0 to ${DAY_MS}`],
    ["SIMULATOR_REQUEST_LOG_SIZE", "1e3", 'Invalid configuration: SIMULATOR_REQUEST_LOG_SIZE="1e3": expected a whole number from 0 to 100000'],
    ["SIMULATOR_REPLAY_TTL_MS", "0", `Invalid configuration: SIMULATOR_REPLAY_TTL_MS="0": expected a whole number from 1 to ${7 * DAY_MS}`],
    ["SIMULATOR_REPLAY_LIMIT", "0", 'Invalid configuration: SIMULATOR_REPLAY_LIMIT="0": expected a whole number from 1 to 100000'],
    ["SIMULATOR_API_VERSION", "v1/x", 'Invalid configuration: SIMULATOR_API_VERSION="v1/x": expected a path segment such as v1'],
  ])("refuses %s=%s in one line", (name, value, message) => {
    expect(() => readSimulatorConfig({ [name]: value })).toThrow(new SimulatorConfigError(message));
  });
});
