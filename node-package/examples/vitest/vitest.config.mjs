import { defineConfig } from "vitest/config";

export default defineConfig({ test: { globalSetup: ["./zosmf-sim.setup.mjs"] } });
