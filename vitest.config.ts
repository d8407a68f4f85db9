// Two projects:
//   unit         lib/**/*.test.ts, tests/unit/**/*.test.ts — no database.
//   integration  tests/integration/**/*.test.ts — the database of DATABASE_URL (migrated once by
//                tests/integration/global-setup.ts), one file at a time since they share it.
// VITEST_JSON=path adds the JSON reporter (read by scripts/test.mjs to count passes/failures).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const jsonReport = process.env.VITEST_JSON?.trim();

// Given to each project rather than inherited (`extends: true` would load this file once more per
// project).
const resolve = {
  alias: [
    { find: /^server-only$/, replacement: path.join(root, "tests", "empty-module.ts") },
    { find: /^@\//, replacement: `${root}/` },
  ],
};

export default defineConfig({
  resolve,
  test: {
    reporters: jsonReport ? ["default", "json"] : ["default"],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
