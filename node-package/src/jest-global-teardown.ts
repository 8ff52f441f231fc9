/** Ready for jest.config's globalTeardown: "zosmf-sim/jest-global-teardown". */
import { globalTeardown } from "./jest";

export = globalTeardown;
