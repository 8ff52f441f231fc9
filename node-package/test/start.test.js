// ZosmfSim.start: its errors carry the simulator's own words; the facts it returns match the files it wrote
const assert = require("node:assert/strict");
const { existsSync, readFileSync } = require("node:fs");
const https = require("node:https");
const { test } = require("node:test");
const { ZosmfSim } = require("../dist/index.js");

test("an unknown scenario fails the start with the simulator's message", async () => {
  await assert.rejects(ZosmfSim.start({ scenario: "no-such-scenario" }),
      /stopped before it was ready \(exit [1-9]\d*\).*\n[\s\S]*no-such-scenario/);
});

test("a bad port is refused before any JVM starts", async () => {
  await assert.rejects(ZosmfSim.start({ port: 70000 }), /port: expected 0-65535, got 70000/);
});

test("start describes the users, trusts the CA while running, and stop cleans up", async () => {
  const caBefore = https.globalAgent.options.ca;
  const sim = await ZosmfSim.start({ users: [{ userid: "ALICE", password: "SECRET", certificate: true }] });
  try {
    assert.match(sim.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(sim.url, `https://127.0.0.1:${sim.port}`);
    assert.equal(sim.caPem, readFileSync(sim.caPath, "utf8"));
    assert.deepEqual(sim.users.map((user) => [user.userid, user.password, user.special, user.certificatePath !== undefined]),
        [["ALICE", "SECRET", false, true], ["COLIN", "PASSWORD", false, true], ["IBMUSER", "SYS1", true, false]]);
    assert.match(sim.certificatePem("alice"), /^-----BEGIN CERTIFICATE-----/);
    assert.match(sim.privateKeyPem("ALICE"), /^-----BEGIN PRIVATE KEY-----/);
    assert.throws(() => sim.certificateSession("IBMUSER"), /IBMUSER has no client certificate/);
    assert.throws(() => sim.user("NOBODY"), /zosmf-sim has no user NOBODY; it has ALICE, COLIN, IBMUSER/);
    assert.deepEqual(sim.passwordSession("ibmuser"), { hostname: "127.0.0.1", port: sim.port, protocol: "https",
        basePath: "", rejectUnauthorized: true, type: "basic", user: "IBMUSER", password: "SYS1" });
    assert.ok(https.globalAgent.options.ca.includes(sim.caPem));
    const attached = ZosmfSim.attach(JSON.stringify(sim.describe()), { trustCa: false });
    assert.equal((await attached.admin.users()).length, 3);
    await attached.stop(); // leaves the simulator running
    assert.equal((await sim.admin.clock()).mode, "system");
  } finally {
    await sim.stop();
  }
  assert.equal(https.globalAgent.options.ca, caBefore);
  assert.equal(existsSync(sim.outDir), false);
});

test("the first stop records a class-data archive beside the jar, and later starts use it", async () => {
  const { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } = require("node:fs");
  const { join } = require("node:path");
  const { tmpdir } = require("node:os");
  const { bundledJar } = require("../dist/index.js");
  const folder = mkdtempSync(join(tmpdir(), "zosmf-sim-jar-"));
  try {
    const jar = join(folder, "zosmf-sim.jar");
    copyFileSync(bundledJar(), jar);
    await (await ZosmfSim.start({ jar })).stop();
    const archives = readdirSync(folder).filter((name) => name !== "zosmf-sim.jar");
    assert.equal(archives.length, 1);
    assert.match(archives[0], /^zosmf-sim-[0-9a-f]{16}\.jsa$/);
    const recorded = statSync(join(folder, archives[0])).ino;
    const sim = await ZosmfSim.start({ jar });
    assert.equal((await sim.admin.clock()).mode, "system");
    await sim.stop();
    assert.deepEqual(readdirSync(folder).filter((name) => name !== "zosmf-sim.jar"), archives);
    assert.equal(statSync(join(folder, archives[0])).ino, recorded, "the second start mapped it, not recorded anew");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
