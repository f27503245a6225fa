/**
 * Builds the vitest suite for one target: one test per scenario, in run order, then the coverage gate.
 * vitest's functions are passed in, so this module (and the CLI that shares the runner) never loads vitest.
 */
import { ConformanceSession, listScenarios, reportPassed, selectScenarios, type RunOptions } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import type { CheckResult } from "./results.js";
import type { RunningTarget } from "./targets/local.js";

type Hook = (fn: () => unknown, timeoutMs?: number) => void;
interface TestContext {
  skip(note?: string): void;
}
/** The part of vitest the suite uses. */
export interface SuiteApi {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: (ctx: TestContext) => unknown, timeoutMs?: number) => void;
  beforeAll: Hook;
  afterAll: Hook;
}

/** A running target, or why there is none (the suite is then skipped with that reason). */
export type TargetStarter = () => Promise<RunningTarget | { skipReason: string }>;

export interface SuiteOptions extends RunOptions {
  /** Time allowed for one scenario. @default 30000 */
  scenarioTimeoutMs?: number;
}

/** Failure text for a scenario's failed checks: each "Received … / Documented …" with its check's id. */
export function failureText(results: CheckResult[]): string {
  return results
    .filter((r) => r.status === "failed")
    .map((r) => `${r.id}: ${r.message ?? ""}`)
    .join("\n\n");
}

export function defineConformanceSuite(api: SuiteApi, name: string, start: TargetStarter, options: SuiteOptions = {}): void {
  // Tests are collected before the target starts: the scenario list depends on the spec alone.
  const scenarios = selectScenarios(listScenarios(loadSpec(options.specPath)), options.only);
  let running: RunningTarget | undefined;
  let skipReason: string | undefined;
  let session: ConformanceSession | undefined;

  api.describe(`conformance of ${name}`, () => {
    api.beforeAll(async () => {
      const started = await start();
      if ("skipReason" in started) skipReason = started.skipReason;
      else {
        running = started;
        session = new ConformanceSession(started.target, options);
      }
    });
    api.afterAll(async () => {
      await running?.close();
    });

    for (const scenario of scenarios) {
      api.it(`${scenario.id}: ${scenario.title}`, async (ctx) => {
        if (!session) return ctx.skip(skipReason);
        const results = await session.run(scenario);
        const failures = failureText(results);
        if (failures) throw new Error(failures);
        if (results.every((r) => r.status === "skipped")) ctx.skip(results.map((r) => r.message).join("; "));
      }, options.scenarioTimeoutMs ?? 30_000);
    }

    api.it("every spec operation has a semantic scenario or an allowlisted reason", (ctx) => {
      if (!session) return ctx.skip(skipReason);
      const { uncovered } = session.report();
      if (uncovered.length > 0) {
        throw new Error(`No semantic scenario for ${uncovered.join(", ")}: add one in contract-tests/scenarios/ or a reasoned entry in contract-tests/coverage-allowlist.ts`);
      }
    });

    api.it("every scenario found what it needed on the target", (ctx) => {
      if (!session) return ctx.skip(skipReason);
      const report = session.report();
      if (report.notExercised.length > 0) throw new Error(`Not exercised:\n${report.notExercised.join("\n")}`);
      if (!options.only && !reportPassed(report)) throw new Error(failureText(report.results) || "the run did not pass");
    });
  });
}
