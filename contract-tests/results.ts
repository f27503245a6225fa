/**
 * The data a conformance run produces: one result per (scenario, check), coverage per spec operation,
 * and what could not be exercised. Plain data, so a CLI can print it and CI can store it as JSON.
 */
import type { Capabilities } from "./target.js";
import type { ThrottlingSummary } from "./throttle.js";

export type { ThrottlingSummary } from "./throttle.js";

/** Why a run could not complete: "throttled" — the server's 429/503 outlasted the throttle budget. */
export type IncompleteReason = "throttled";

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  /** Unique within a run: `<scenario>/<check>`, such as `cancel-running-ends-cancelled/cancelEndedOperation`. */
  id: string;
  scenario: string;
  /** The check function's name, such as `statusCodeConformance`. */
  check: string;
  /** Spec operationIds this check exercised. */
  operationIds: string[];
  status: CheckStatus;
  /** A failure's "Received … / Documented …"; a skip's reason. */
  message?: string;
  /** Things tolerated by the target's capabilities (a 422 counted as a rejection, a legal FAILED_PRECONDITION). */
  notes?: string[];
  /** Time of the whole scenario the check ran in. */
  durationMs: number;
  /**
   * Time of this check alone: each of its verdicts takes the time since the scenario's previous
   * verdict (the requests made for it), so the checks of a scenario add up to the scenario's time.
   * Absent on results the runner makes itself (a skipped or aborted scenario).
   */
  timeMs?: number;
}

export interface OperationCoverage {
  /** Generic checks that ran (not skipped) for this operation. */
  generic: string[];
  /** Semantic and client scenarios that exercised this operation. */
  semantic: string[];
}

export interface ConformanceReport {
  target: { name: string; baseUrl: string; capabilities: Capabilities };
  results: CheckResult[];
  coverage: Record<string, OperationCoverage>;
  /** Spec operations with no semantic scenario and not in the coverage allowlist. */
  uncovered: string[];
  /** What could not be tested, such as `cancel-running-ends-cancelled: no running operation under …`. */
  notExercised: string[];
  durationMs: number;
  /** The run was stopped by its signal before every scenario ran. */
  interrupted?: boolean;
  /**
   * The run could not complete, and why: "throttled" when waiting out 429/503 used up the throttle
   * budget. Not a contract failure (no check failed because of it), but not a pass either; the CLI
   * exits 3 for it.
   */
  incomplete?: IncompleteReason;
  /** 429/503 answers the kit waited out and retried; never counted as violations. Set by every run. */
  throttling?: ThrottlingSummary;
  /** Spec operations the target answered 501 UNIMPLEMENTED (allowed for list, cancel, delete, wait). Set by every run. */
  unimplemented?: string[];
  /**
   * Methods that start operations the target does not route at all (404 or 501 for every resource, the
   * spec's example included): a server of the operations resource alone may leave them out. Their
   * scenarios are skipped, not failed, unless the user named them. Set by every run.
   */
  notServed?: string[];
}

/** A run passes when no check failed, no operation is uncovered and nothing went unexercised. */
export function reportPassed(report: ConformanceReport): boolean {
  return (
    report.interrupted !== true &&
    report.incomplete === undefined &&
    report.results.every((r) => r.status !== "failed") && report.uncovered.length === 0 && report.notExercised.length === 0
  );
}

/** `N passed, N failed, N skipped`. */
export function summarize(results: CheckResult[]): string {
  const count = (s: CheckStatus) => results.filter((r) => r.status === s).length;
  return `${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`;
}
