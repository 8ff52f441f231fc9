import { Session } from "@zowe/imperative";
import { IssueCommand } from "@zowe/zos-console-for-zowe-sdk";
import { expect, inject, test } from "vitest";
import { ZosmfSim } from "zosmf-sim";

const sim = ZosmfSim.attach(inject("zosmfSim"));

test("ALICE issues D T with her client certificate", async () => {
  const alice = new Session(sim.certificateSession("ALICE"));
  const response = await IssueCommand.issueSimple(alice, "D T");
  expect(response.commandResponse).toMatch(/IEE136I/);
  expect((await sim.admin.clock()).mode).toBe("scaled");
});
