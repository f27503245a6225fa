/**
 * Runs the conformance suite with progress per scenario, so the CLI can report it with a known total
 * (`[12/48] cancel-running-ends-cancelled … passed`). Scenarios run side by side (RunOptions.concurrency,
 * --workers); progress still comes in scenario order.
 */
import { runConformance, type ConformanceReport, type RunOptions, type ScenarioProgress } from "../../contract-tests/runner.js";
import type { Target } from "../../contract-tests/target.js";

export type { ScenarioProgress } from "../../contract-tests/runner.js";

/** Like runConformance, with progress per scenario; once the run's signal aborts, no further scenario starts. */
export function runSuite(
  target: Target,
  options: Omit<RunOptions, "onProgress" | "onScenario"> = {},
  onScenario?: ScenarioProgress,
): Promise<ConformanceReport> {
  return runConformance(target, { ...options, ...(onScenario ? { onScenario } : {}) });
}
