// one simulator for the whole Jest run, started by the package's global setup with these options
module.exports = {
  testEnvironment: "node",
  globalSetup: "zosmf-sim/jest-global-setup",
  globalTeardown: "zosmf-sim/jest-global-teardown",
  globals: { zosmfSim: { scenario: "default", clock: "manual" } },
};
