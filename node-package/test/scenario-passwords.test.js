const assert = require("node:assert/strict");
const { test } = require("node:test");
const { scenarioPasswords } = require("../dist/scenario-passwords.js");

test("passwords are read from the users block of an exported scenario, quoted or not", () => {
  const yaml = [
    "description: x", "users:", "  COLIN:", "    password: PASSWORD", "    certificate:", "      subject: \"CN=COLIN\"",
    "  \"1234\":", "    password: \"9876\"", "  BOB:", "    password: 'it''s'", "facility:", "  X:", "    password: no",
  ].join("\n");
  assert.deepEqual([...scenarioPasswords(yaml)], [["COLIN", "PASSWORD"], ["1234", "9876"], ["BOB", "it's"]]);
});
