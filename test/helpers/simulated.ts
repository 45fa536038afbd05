import { type RunningSimulator, startSimulator } from "../../src/simulator/index.js";
import { type TestFacade, startFacade } from "./facade.js";

/** A simulator of its own and the facade pointed at it, so tests count what the simulator received. */
export async function startFacadeOnSimulator(env: Record<string, string> = {}): Promise<{ simulator: RunningSimulator; facade: TestFacade; stop(): Promise<void> }> {
  const simulator = await startSimulator();
  const facade = await startFacade({ PARTNER_CENTER_API_URL: simulator.url, ...env });
  return {
    simulator,
    facade,
    async stop() {
      await facade.stop();
      await simulator.close();
    },
  };
}
