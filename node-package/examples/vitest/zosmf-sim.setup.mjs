// one simulator for the whole Vitest run; tests take it with ZosmfSim.attach(inject("zosmfSim"))
import { zosmfSimGlobalSetup } from "zosmf-sim/vitest";

export default zosmfSimGlobalSetup({ scenario: "default", users: ["ALICE:SECRET:cert"], timeScale: 60 });
