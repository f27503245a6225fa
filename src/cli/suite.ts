/**
 * Runs the conformance suite scenario by scenario, so the CLI can report progress per scenario with a
 * known total (`[12/48] cancel-running-ends-cancelled … passed`).
 */
import { ConformanceSession, type CheckResult, type ConformanceReport, type RunOptions } from "../../contract-tests/runner.js";
import type { Target } from "../../contract-tests/target.js";

/** Called after each scenario with its check results, how many scenarios are done, and how many in all. */
export type ScenarioProgress = (scenario: string, results: CheckResult[], done: number, total: number) => void;

/** Like runConformance, with progress per scenario; once the run's signal aborts, no further scenario starts. */
export async function runSuite(
  target: Target,
  options: Omit<RunOptions, "onProgress"> = {},
  onScenario?: ScenarioProgress,
): Promise<ConformanceReport> {
  const session = new ConformanceSession(target, options);
  const total = session.scenarios.length;
  let done = 0;
  for (const scenario of session.scenarios) {
    if (session.interrupted) break;
    const results = await session.run(scenario);
    done += 1;
    onScenario?.(scenario.id, results, done, total);
  }
  return session.report();
}
