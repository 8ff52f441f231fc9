/** Ready for jest.config's globalSetup: "zosmf-sim/jest-global-setup"; options from globals.zosmfSim. */
import { globalSetup } from "./jest";

export = globalSetup();
