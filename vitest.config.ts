import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Names this test run, so the browser tests' files share one production build (e2e/harness.ts). */
const testRun = `${process.pid}-${Date.now()}`;

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "lab/**/*.test.ts",
      "app/**/*.test.ts",
      "components/**/*.test.ts",
      "prisma/**/*.test.ts",
      "e2e/**/*.test.ts",
    ],
    environment: "node",
    // Analysis runs inline in unit tests; the browser tests' servers use analysis threads as deployed.
    env: { PARALLAX_TEST_RUN: testRun, PARALLAX_ANALYSIS_THREADS: "0" },
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: true,
  },
});
