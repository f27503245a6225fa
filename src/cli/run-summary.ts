/**
 * The summary every reporter starts from: totals that agree with the exit code, what ran against what
 * (kit and spec versions, target, start time) and durations rounded to whole milliseconds. The run's
 * facts (throttling, unimplemented methods, why it could not complete) are presented by name (run-facts);
 * reporters also show report fields they do not know by name (`extraFields`), so a field the runner adds
 * later reaches every report without a reporter change.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";
import { DEFAULT_SPEC } from "../../scripts/spec-file.js";
import { SDK_VERSION } from "../version.js";
import { outcomeOf, untestedOf, type Outcome } from "./outcome.js";
import { RUN_FACT_FIELDS } from "./run-facts.js";

/** What the run was, besides its report. */
export interface RunContext {
  startedAt: Date;
  spec: { path: string; title?: string; version?: string };
  allowUntested: boolean;
}

export interface RunTotals {
  scenarios: number;
  checks: number;
  passed: number;
  /** Checks that failed (contract violations). */
  failed: number;
  /** Scenarios that aborted (an unexpected error), counted apart from failed checks. */
  errors: number;
  skipped: number;
  /** Places the run could not exercise (see the report's notExercised and uncovered). */
  untested: number;
}

export interface RunSummary {
  /** Whether the run exits 0. */
  passed: boolean;
  exitCode: number;
  /** Why it did not pass; absent when it did. */
  reason?: string;
  totals: RunTotals;
  /** Untested places do not fail the run (--allow-untested). */
  untestedAccepted: boolean;
  kit: { name: string; version: string };
  spec: { path: string; title?: string; version?: string };
  target: { name: string; baseUrl: string };
  /** ISO 8601, UTC. */
  startedAt: string;
  durationMs: number;
  interrupted?: true;
  /** Why the run could not complete (the report's `incomplete`, such as "throttled"); absent when it did. */
  incomplete?: string;
}

/** Fields of a report that reporters present by name; any other is shown as it is. */
const KNOWN_FIELDS = new Set<string>(["target", "results", "coverage", "uncovered", "notExercised", "durationMs", "interrupted", ...RUN_FACT_FIELDS]);

/** Report fields no reporter knows by name (such as throttling statistics), in report order. */
export function extraFields(report: ConformanceReport): Array<[string, unknown]> {
  return Object.entries(report).filter(([key, value]) => !KNOWN_FIELDS.has(key) && value !== undefined);
}

/** A scenario that aborted on an unexpected error (not a contract violation): reported as an error. */
export function isAborted(result: CheckResult): boolean {
  return result.check === "scenario" && result.status === "failed";
}

export function totalsOf(report: ConformanceReport): RunTotals {
  const rs = report.results;
  return {
    scenarios: new Set(rs.map((r) => r.scenario)).size,
    checks: rs.length,
    passed: rs.filter((r) => r.status === "passed").length,
    failed: rs.filter((r) => r.status === "failed" && !isAborted(r)).length,
    errors: rs.filter(isAborted).length,
    skipped: rs.filter((r) => r.status === "skipped").length,
    untested: untestedOf(report).length,
  };
}

export function summarizeRun(report: ConformanceReport, context: RunContext, outcome: Outcome = outcomeOf(report, context.allowUntested)): RunSummary {
  return {
    passed: outcome.exitCode === 0,
    exitCode: outcome.exitCode,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    totals: totalsOf(report),
    untestedAccepted: context.allowUntested,
    kit: { name: "automl-ops-kit", version: SDK_VERSION },
    spec: context.spec,
    target: { name: report.target.name, baseUrl: report.target.baseUrl },
    startedAt: context.startedAt.toISOString(),
    durationMs: Math.round(report.durationMs),
    ...(report.interrupted ? { interrupted: true as const } : {}),
    ...(report.incomplete !== undefined ? { incomplete: report.incomplete } : {}),
  };
}

/** The summary of a report made without the CLI (the bundled spec, untested places not accepted). */
export function defaultSummary(report: ConformanceReport): RunSummary {
  return summarizeRun(report, { startedAt: new Date(Date.now() - report.durationMs), spec: { path: DEFAULT_SPEC }, allowUntested: false });
}

/** The report with every duration rounded to whole milliseconds. */
export function roundDurations(report: ConformanceReport): ConformanceReport {
  const round = (r: CheckResult): CheckResult => ({
    ...r,
    durationMs: Math.round(r.durationMs),
    ...(r.timeMs !== undefined ? { timeMs: Math.round(r.timeMs) } : {}),
  });
  return { ...report, results: report.results.map(round), durationMs: Math.round(report.durationMs) };
}

/** Milliseconds attributed to each result: its own time, or for a runner-made result what the scenario's checks left. */
export function resultTimes(results: readonly CheckResult[]): Map<CheckResult, number> {
  const times = new Map<CheckResult, number>();
  const byScenario = new Map<string, CheckResult[]>();
  for (const r of results) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  for (const rs of byScenario.values()) {
    const scenarioMs = Math.max(0, ...rs.map((r) => r.durationMs));
    const own = rs.reduce((sum, r) => sum + (r.timeMs ?? 0), 0);
    const untimed = rs.filter((r) => r.timeMs === undefined);
    for (const r of rs) times.set(r, r.timeMs ?? Math.max(0, scenarioMs - own) / untimed.length);
  }
  return times;
}
