// node --test: one simulator for this file, started before its tests and stopped after them
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Session } from "@zowe/imperative";
import { IssueCommand } from "@zowe/zos-console-for-zowe-sdk";
import { IssueTso } from "@zowe/zos-tso-for-zowe-sdk";
import { ZosmfSim } from "zosmf-sim";

let sim;
before(async () => {
  sim = await ZosmfSim.start({ scenario: "default", clock: "manual", users: ["ALICE:SECRET:cert"] });
});
after(() => sim?.stop());

test("COLIN issues D T with his client certificate", async () => {
  const colin = new Session(sim.certificateSession("COLIN"));
  const response = await IssueCommand.issueSimple(colin, "D T");
  assert.match(response.commandResponse, /IEE136I/);
});

test("IBMUSER runs TSO TIME with his password", async () => {
  const ibmuser = new Session(sim.passwordSession("IBMUSER"));
  const response = await IssueTso.issueTsoCmd(ibmuser, "TIME");
  assert.match(response.commandResponse, /IKJ56650I TIME-/);
});

test("ALICE's new logons are refused while she is revoked", async () => {
  const alice = new Session(sim.certificateSession("ALICE"));
  await sim.admin.revoke("ALICE");
  await assert.rejects(IssueCommand.issueSimple(alice, "D T"), /401/);
  await sim.admin.resume("ALICE");
  assert.match((await IssueCommand.issueSimple(alice, "D T")).commandResponse, /IEE136I/);
});

test("the clock moves only when the test says so", async () => {
  const before = Date.parse((await sim.admin.clock()).now);
  const after = Date.parse((await sim.admin.advanceClock("2h")).now);
  assert.equal(after - before, 2 * 60 * 60 * 1000);
});

test("the journal shows what the simulator answered", async () => {
  const journal = await sim.admin.journal();
  assert.ok(journal.some((entry) => entry.path === "/zosmf/restconsoles/consoles/defcn"
      && entry.userid === "COLIN" && entry.status === 200));
});
