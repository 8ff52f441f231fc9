import { StartOptions } from "./options";
import { DESCRIPTION_VARIABLE, SimulatorDescription, ZosmfSim } from "./simulator";

/** The key under which the Vitest global setup provides the simulator's description: inject("zosmfSim"). */
export const PROVIDED_KEY = "zosmfSim";

interface ProvidingProject {
  provide?: (key: string, value: unknown) => void;
}

/**
 * A Vitest globalSetup: `export default zosmfSimGlobalSetup({ scenario: "default" })` in the file that
 * vitest.config's test.globalSetup names. It starts one simulator for the run, provides its description
 * (`ZosmfSim.attach(inject("zosmfSim"))` in tests), also sets ZOSMF_SIM, and stops it when the run ends.
 */
export function zosmfSimGlobalSetup(options: StartOptions = {}) {
  return async (project?: ProvidingProject): Promise<() => Promise<void>> => {
    const sim = await ZosmfSim.start({ ...options, trustCa: false });
    const description: SimulatorDescription = sim.describe();
    project?.provide?.(PROVIDED_KEY, description);
    process.env[DESCRIPTION_VARIABLE] = JSON.stringify(description);
    return async () => {
      delete process.env[DESCRIPTION_VARIABLE];
      await sim.stop();
    };
  };
}
