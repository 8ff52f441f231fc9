// The README's Node examples are the files the build runs: each is shown in the README exactly as it is
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { test } = require("node:test");

const root = join(__dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const examples = ["node-test/console-and-tso.test.mjs", "jest/jest.config.js", "jest/tso.test.js",
  "vitest/vitest.config.mjs", "vitest/zosmf-sim.setup.mjs", "vitest/console.test.mjs"];

for (const example of examples) {
  test(`README.md shows examples/${example} as it is`, () => {
    const source = readFileSync(join(__dirname, "..", "examples", example), "utf8").trim();
    const fence = example.endsWith(".ts") ? "ts" : "js";
    assert.ok(readme.includes("```" + fence + "\n" + source + "\n```"), `README.md does not show examples/${example} as it is`);
  });
}
