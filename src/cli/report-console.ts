/**
 * The console reporter: a table with one row per scenario, the failures in full ("Received … /
 * Documented …"), what could not be exercised, and a one-line summary. Every check result is in the
 * json and junit reports; the console keeps to what a person reads.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";

/** Counts of results by status. */
export function countByStatus(results: readonly CheckResult[]): Record<CheckResult["status"], number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/** A scenario's status: failed if any check failed, skipped if every check was, else passed. */
export function scenarioStatus(results: readonly CheckResult[]): CheckResult["status"] {
  if (results.some((r) => r.status === "failed")) return "failed";
  return results.every((r) => r.status === "skipped") ? "skipped" : "passed";
}

/** One progress line, for stderr while the run goes on: `[12/48] cancel-running-ends-cancelled … passed`. */
export function progressLine(scenario: string, results: readonly CheckResult[], done: number, total: number): string {
  const width = String(total).length;
  const status = scenarioStatus(results);
  const failed = results.filter((r) => r.status === "failed").map((r) => r.check);
  const detail = status === "failed" ? ` (${failed.join(", ")})` : "";
  return `[${String(done).padStart(width)}/${total}] ${scenario} … ${status}${detail}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function oneLine(text: string | undefined, width: number): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > width ? flat.slice(0, width - 1) + "…" : flat;
}

function byScenario(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  const groups = new Map<string, CheckResult[]>();
  for (const r of results) groups.set(r.scenario, [...(groups.get(r.scenario) ?? []), r]);
  return groups;
}

/** The whole report as text for a terminal. */
export function formatConsoleReport(report: ConformanceReport): string {
  const groups = byScenario(report.results);
  const width = Math.min(52, Math.max(8, ...[...groups.keys()].map((s) => s.length)));
  const lines = [`Conformance of ${report.target.name} (${report.target.baseUrl})`, ""];
  lines.push(`${pad("scenario", width)}  result   pass  fail  skip      ms  note`);
  lines.push(`${"-".repeat(width)}  -------  ----  ----  ----  ------  ${"-".repeat(30)}`);
  for (const [scenario, results] of groups) {
    const c = countByStatus(results);
    const status = scenarioStatus(results);
    const noteOf = results.find((r) => r.status === "failed") ?? (status === "skipped" ? results[0] : undefined);
    const ms = Math.max(...results.map((r) => r.durationMs));
    lines.push(
      `${pad(scenario, width)}  ${pad(status, 7)}  ${String(c.passed).padStart(4)}  ${String(c.failed).padStart(4)}  ` +
        `${String(c.skipped).padStart(4)}  ${String(Math.round(ms)).padStart(6)}  ${oneLine(noteOf?.message, 60)}`,
    );
  }
  const failures = report.results.filter((r) => r.status === "failed");
  if (failures.length > 0) {
    lines.push("", "Failures:");
    for (const r of failures) {
      lines.push(`  ${r.id} (${r.operationIds.join(", ") || "no operation"})`);
      for (const line of (r.message ?? "no message").split("\n")) lines.push(`    ${line}`);
    }
  }
  if (report.notExercised.length > 0) {
    lines.push("", "Not exercised (the run could not test these):");
    for (const what of report.notExercised) lines.push(`  - ${what}`);
  }
  if (report.uncovered.length > 0) {
    lines.push("", `Operations without a semantic scenario: ${report.uncovered.join(", ")}`);
  }
  const c = countByStatus(report.results);
  lines.push(
    "",
    `${groups.size} scenarios, ${report.results.length} checks: ${c.passed} passed, ${c.failed} failed, ` +
      `${c.skipped} skipped in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return lines.join("\n") + "\n";
}
