/**
 * `npm run simulator`: serves the simulator on its own. Prints one line, the base URL (usable as
 * PARTNER_CENTER_API_URL), and stops cleanly on SIGTERM or SIGINT.
 */
import { readSimulatorConfig, SimulatorConfigError, type SimulatorConfig } from "./config.js";
import { startSimulator } from "./server.js";

function readConfig(): SimulatorConfig {
  try {
    return readSimulatorConfig(process.env);
  } catch (error) {
    if (!(error instanceof SimulatorConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const simulator = await startSimulator(readConfig());
process.stdout.write(`${simulator.url}\n`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
