export { ZosmfSim, SimUser, SimulatorDescription, DESCRIPTION_VARIABLE, bundledJar } from "./simulator";
export { StartOptions, UserSpec, ClockMode } from "./options";
export { ZoweSessionOptions } from "./sessions";
export {
  AdminClient, AdminError, ClockState, UserState, AddressSpace, JournalEntry, FaultRule, ListedFault, FaultFiring,
  DurationText,
} from "./admin";
export { findJava, JavaNotFoundError, JavaRuntime, MINIMUM_JAVA_VERSION } from "./java";
