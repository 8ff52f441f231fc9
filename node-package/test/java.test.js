// findJava: JAVA_HOME first, then PATH, and a message that says what to do when Java is missing or too old
const assert = require("node:assert/strict");
const { mkdtempSync, mkdirSync, writeFileSync, chmodSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { after, test } = require("node:test");
const { findJava, JavaNotFoundError } = require("../dist/index.js");

const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tempFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** A folder with bin/java that prints the given 'java -version' text, as a JDK of that version does. */
function fakeJdk(versionLine) {
  const home = tempFolder("zosmf-sim-fake-jdk-");
  mkdirSync(join(home, "bin"));
  const java = join(home, "bin", "java");
  writeFileSync(java, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(java, 0o755);
  return home;
}

test("a Java 17 on PATH is found", () => {
  const home = fakeJdk('openjdk version "17.0.15" 2025-04-15');
  assert.deepEqual(findJava(undefined, { PATH: join(home, "bin") }), { executable: join(home, "bin", "java"), version: 17 });
});

test("JAVA_HOME wins over PATH", () => {
  const onPath = fakeJdk('openjdk version "11.0.2" 2019-01-15');
  const home = fakeJdk('openjdk version "21" 2023-09-19');
  assert.equal(findJava(undefined, { PATH: join(onPath, "bin"), JAVA_HOME: home }).version, 21);
});

test("Java 8 is refused, and the message says which java and what to do", () => {
  const home = fakeJdk('java version "1.8.0_392"');
  assert.throws(() => findJava(undefined, { JAVA_HOME: home }), (error) => error instanceof JavaNotFoundError
      && error.message.includes(`${join(home, "bin", "java")} is Java 8`) && error.message.includes("JAVA_HOME"));
});

test("Java 11 is refused", () => {
  const home = fakeJdk('openjdk version "11.0.2" 2019-01-15');
  assert.throws(() => findJava(undefined, { PATH: join(home, "bin") }), /needs Java 17 or newer, .* is Java 11/);
});

test("no java anywhere says so", () => {
  assert.throws(() => findJava(undefined, { PATH: tempFolder("zosmf-sim-empty-") }),
      /found no 'java' on PATH and JAVA_HOME is not set/);
});

test("a JAVA_HOME without java says so", () => {
  const home = tempFolder("zosmf-sim-no-jdk-");
  assert.throws(() => findJava(undefined, { JAVA_HOME: home }), /JAVA_HOME is .*, but .*bin.java does not exist/);
});

test("ZosmfSim.start refuses an old java before anything starts", async () => {
  const { ZosmfSim } = require("../dist/index.js");
  const home = fakeJdk('openjdk version "11.0.2" 2019-01-15');
  await assert.rejects(ZosmfSim.start({ java: join(home, "bin", "java") }),
      (error) => error instanceof JavaNotFoundError && /is Java 11/.test(error.message));
});
