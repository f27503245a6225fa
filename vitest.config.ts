import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "spec/**/*.test.ts",
      "scripts/**/*.test.ts",
      "src/**/*.test.ts",
      "contract-tests/**/*.test.ts",
    ],
    typecheck: {
      // The type tests (*.test-d.ts) are checked by `npm run typecheck` (tsconfig.json includes them,
      // and a failed expectTypeOf is a type error), which npm test runs before vitest; checking them
      // again here cost a second whole-project tsc. `npm run test:types` runs them through vitest.
      enabled: false,
      include: ["src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    reporters: ["default", "./scripts/summary-reporter.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // A worker runs its files one after another in one process, keeping the modules it imported: about
    // a third of the suite's CPU went to importing the same modules (ajv, the spec, the kit) afresh for
    // every file. Tests hold no module state that another file could see: no vi.mock, no stubbed
    // globals; fake timers are restored by the test that takes them. The guard fails a file that
    // leaves the process changed (fake timers, process.env, the working directory).
    isolate: false,
    setupFiles: ["./src/test-support/shared-process-guard.ts"],
    // One temporary directory for the run (TMPDIR), removed at its end: nothing is left in /tmp.
    globalSetup: ["./src/test-support/temporary-root.ts"],
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which
    // leaves a core idle while most files wait on servers, timers and child processes. One worker
    // more than the cores keeps both busy.
    maxWorkers: availableParallelism() + 1,
  },
});
