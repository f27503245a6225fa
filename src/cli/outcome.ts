/**
 * How a report ends the command: exit 0 only when every check that ran passed and the run exercised
 * the contract. A run that tested nothing (no operations under the parent, every check skipped) must
 * never look like a pass, unless the user accepts it with --allow-untested.
 */
import type { ConformanceReport } from "../../contract-tests/runner.js";

export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** The run could not complete (the server's throttling outlasted --throttle-budget): neither a pass nor a contract failure. */
export const EXIT_INCOMPLETE = 3;
/** Stopped by Ctrl-C (128 + SIGINT's number, as shells report it); the report of what ran is written. */
export const EXIT_INTERRUPTED = 130;

/** What the run could not test: the runner's list, uncovered operations, and "every check skipped" when so. */
export function untestedOf(report: ConformanceReport): string[] {
  const untested = [...report.notExercised];
  // An operation of the spec no semantic scenario covers: only its generic checks ran.
  for (const op of report.uncovered) untested.push(`${op}: no semantic scenario and not in the coverage allowlist`);
  const ran = report.results.filter((r) => r.status !== "skipped").length;
  if (ran === 0) untested.push(`every check was skipped (${report.results.length} in all)`);
  return untested;
}

export interface Outcome {
  exitCode: number;
  /** One line for stderr that says why the run did not pass; undefined when it passed. */
  reason?: string;
}

export function outcomeOf(report: ConformanceReport, allowUntested: boolean): Outcome {
  if (report.interrupted) {
    // The totals count every scenario of the run, those stopped before they ran included: say both.
    const all = new Set(report.results.map((r) => r.scenario)).size;
    const ran = new Set(report.results.filter((r) => r.check !== "interrupted").map((r) => r.scenario)).size;
    const rest = all - ran;
    const reason = `interrupted after ${ran} of ${all} scenarios${rest > 0 ? `; the report marks the other ${rest} interrupted` : ""}`;
    return { exitCode: EXIT_INTERRUPTED, reason };
  }
  const failed = report.results.filter((r) => r.status === "failed").length;
  if (failed > 0) return { exitCode: EXIT_FAILED, reason: `${failed} check(s) failed` };
  if (report.incomplete === "throttled") {
    const waited = report.throttling ? ` after ${report.throttling.retries} retries and ${(report.throttling.waitedMs / 1000).toFixed(1)} s of waiting` : "";
    return { exitCode: EXIT_INCOMPLETE, reason: `could not complete: throttled${waited} (raise --throttle-budget, or run with fewer --workers)` };
  }
  const untested = untestedOf(report);
  if (untested.length > 0 && !allowUntested) {
    return {
      exitCode: EXIT_FAILED,
      reason:
        `the contract was not fully exercised in ${untested.length} place(s), first: ${untested[0]} ` +
        `(the report lists them all; pass --allow-untested to accept)`,
    };
  }
  return { exitCode: EXIT_PASSED };
}
