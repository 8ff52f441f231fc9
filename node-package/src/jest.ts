import { StartOptions } from "./options";
import { DESCRIPTION_VARIABLE, ZosmfSim } from "./simulator";

const RUNNING = Symbol.for("zosmf-sim.jest.running");
type Holder = { [RUNNING]?: ZosmfSim };

/**
 * A Jest globalSetup that starts one simulator for the whole run and describes it to the tests in the ZOSMF_SIM
 * environment variable; tests take it with ZosmfSim.attach(). Without options, it reads them from the Jest config's
 * `globals.zosmfSim`.
 */
export function globalSetup(options?: StartOptions) {
  return async (_globalConfig?: unknown, projectConfig?: { globals?: Record<string, unknown> }): Promise<void> => {
    const chosen = options ?? (projectConfig?.globals?.zosmfSim as StartOptions | undefined) ?? {};
    const sim = await ZosmfSim.start({ ...chosen, trustCa: false });
    (globalThis as Holder)[RUNNING] = sim;
    process.env[DESCRIPTION_VARIABLE] = JSON.stringify(sim.describe());
  };
}

/** The Jest globalTeardown that stops what globalSetup started. */
export async function globalTeardown(): Promise<void> {
  const holder = globalThis as Holder;
  const sim = holder[RUNNING];
  delete holder[RUNNING];
  delete process.env[DESCRIPTION_VARIABLE];
  await sim?.stop();
}
