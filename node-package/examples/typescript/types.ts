// compiled (not run) against the installed package: its types fit @zowe/imperative's Session
import { Session } from "@zowe/imperative";
import { ClockState, JournalEntry, StartOptions, ZosmfSim } from "zosmf-sim";

export async function typesFit(options: StartOptions): Promise<[Session, Session, ClockState, JournalEntry[]]> {
  const sim: ZosmfSim = await ZosmfSim.start(options);
  const byPassword = new Session(sim.passwordSession("IBMUSER"));
  const byCertificate = new Session(sim.certificateSession("COLIN"));
  const clock = await sim.admin.advanceClock("30m");
  const journal = await sim.admin.journal();
  const pem: string = sim.certificatePem("COLIN") + sim.privateKeyPem("COLIN") + sim.caPem;
  void pem;
  await sim.stop();
  return [byPassword, byCertificate, clock, journal];
}
