// Jest: the tests attach to the simulator that the global setup started
const { Session } = require("@zowe/imperative");
const { IssueCommand } = require("@zowe/zos-console-for-zowe-sdk");
const { IssueTso } = require("@zowe/zos-tso-for-zowe-sdk");
const { ZosmfSim } = require("zosmf-sim");

const sim = ZosmfSim.attach();
afterEach(() => sim.admin.reset()); // back to the scenario: no faults, no sessions, the users as they were

test("IBMUSER runs TSO TIME, and the journal shows it", async () => {
  const ibmuser = new Session(sim.passwordSession("IBMUSER"));
  const response = await IssueTso.issueTsoCmd(ibmuser, "TIME");
  expect(response.commandResponse).toMatch(/IKJ56650I TIME-/);
  expect(await sim.admin.journal()).toContainEqual(expect.objectContaining(
      { method: "PUT", path: "/zosmf/tsoApp/v1/tso", userid: "IBMUSER", status: 200 }));
});

test("a fault from the admin API reaches the client", async () => {
  await sim.admin.addFault({ name: "console-down", match: { service: "console" }, effect: { unavailable: true } });
  const colin = new Session(sim.certificateSession("COLIN"));
  await expect(IssueCommand.issueSimple(colin, "D T")).rejects.toThrow(/503/);
  expect(await sim.admin.faultFirings()).toHaveLength(1);
});

test("COLIN's console answers again once the fault is gone", async () => {
  const colin = new Session(sim.certificateSession("COLIN"));
  const response = await IssueCommand.issueSimple(colin, "D T");
  expect(response.commandResponse).toMatch(/IEE136I/);
});
