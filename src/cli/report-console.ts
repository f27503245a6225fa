/**
 * The console reporter: a table with one row per scenario, then in full what the table can only hint
 * at: failures ("Received … / Documented …"), why scenarios were skipped or untested (with the flag
 * that would run them), what could not be exercised, what the run met (throttling, methods the server
 * leaves out, why it could not complete), report fields it does not know by name, and a summary that
 * agrees with the exit code.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";
import { escapeForTerminal, escapeLine } from "./escape.js";
import { runFactLines } from "./run-facts.js";
import { extraFields, isAborted, defaultSummary, type RunSummary } from "./run-summary.js";

/** How a scenario ended, as the table and the progress lines say it. */
export type ScenarioStatus = "passed" | "failed" | "error" | "untested" | "skipped" | "interrupted";

/** Counts of results by status. */
export function countByStatus(results: readonly CheckResult[]): Record<CheckResult["status"], number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * A scenario's status: error if it aborted, failed if a check failed; untested if it ran but could not
 * exercise what it is for (a precondition the target did not offer, or every check skipped); skipped if
 * it did not run for a capability or a token; interrupted if Ctrl-C stopped it; else passed.
 */
export function scenarioStatus(results: readonly CheckResult[]): ScenarioStatus {
  if (results.some(isAborted)) return "error";
  if (results.some((r) => r.status === "failed")) return "failed";
  if (results.some((r) => r.check === "interrupted")) return "interrupted";
  if (results.some((r) => r.check === "precondition")) return "untested";
  if (results.every((r) => r.status === "skipped")) return results.some((r) => r.check === "capabilities") ? "skipped" : "untested";
  return "passed";
}

/** One progress line, for stderr while the run goes on: `[12/48] cancel-running-ends-cancelled … passed`. */
export function progressLine(scenario: string, results: readonly CheckResult[], done: number, total: number): string {
  const width = String(total).length;
  const status = scenarioStatus(results);
  const failed = results.filter((r) => r.status === "failed").map((r) => r.check);
  const detail = status === "failed" || status === "error" ? ` (${failed.join(", ")})` : "";
  // One line whatever the names hold: a server's CR or ESC cannot overwrite it or act on the terminal.
  return escapeLine(`[${String(done).padStart(width)}/${total}] ${scenario} … ${status}${detail}`);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function oneLine(text: string | undefined, width: number): string {
  const flat = escapeLine((text ?? "").replace(/\s+/g, " ").trim());
  return flat.length > width ? flat.slice(0, width - 1) + "…" : flat;
}

function byScenario(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  const groups = new Map<string, CheckResult[]>();
  for (const r of results) groups.set(r.scenario, [...(groups.get(r.scenario) ?? []), r]);
  return groups;
}

/** Why a scenario that did not pass or fail ended as it did: its skip messages, each once. */
function reasonOf(results: readonly CheckResult[]): string {
  return [...new Set(results.filter((r) => r.status === "skipped" && r.message).map((r) => r.message!))].join("; ");
}

function compact(value: unknown): string {
  return escapeLine(typeof value === "string" ? value : JSON.stringify(value) ?? String(value));
}

/** The whole report as text for a terminal. */
export function formatConsoleReport(report: ConformanceReport, summary: RunSummary = defaultSummary(report)): string {
  const groups = byScenario(report.results);
  const width = Math.min(52, Math.max(8, ...[...groups.keys()].map((s) => escapeLine(s).length)));
  const { name, baseUrl } = report.target;
  const lines = [escapeLine(name === baseUrl ? `Conformance of ${baseUrl}` : `Conformance of ${name} (${baseUrl})`), ""];
  lines.push(`${pad("scenario", width)}  result       pass  fail  skip      ms  note`);
  lines.push(`${"-".repeat(width)}  -----------  ----  ----  ----  ------  ${"-".repeat(30)}`);
  const reasons: string[] = [];
  for (const [scenario, results] of groups) {
    const c = countByStatus(results);
    const status = scenarioStatus(results);
    const failure = results.find((r) => r.status === "failed");
    const reason = status === "passed" || failure ? "" : reasonOf(results);
    if (reason) reasons.push(escapeLine(`  ${scenario} (${status}): ${reason}`));
    const note = failure ? oneLine(failure.message, 60) : reason ? oneLine(reason, 48) + " (below)" : "";
    const ms = Math.max(...results.map((r) => r.durationMs));
    lines.push(
      `${pad(escapeLine(scenario), width)}  ${pad(status, 11)}  ${String(c.passed).padStart(4)}  ${String(c.failed).padStart(4)}  ` +
        `${String(c.skipped).padStart(4)}  ${String(Math.round(ms)).padStart(6)}  ${note}`.trimEnd(),
    );
  }
  const failures = report.results.filter((r) => r.status === "failed");
  if (failures.length > 0) {
    lines.push("", "Failures:");
    for (const r of failures) {
      lines.push(escapeLine(`  ${r.id} (${r.operationIds.join(", ") || "no operation"})${isAborted(r) ? " [error]" : ""}`));
      // Each line of the message indented under its check: no line a server sent starts at the margin.
      for (const line of (r.message ?? "no message").split("\n")) lines.push(`    ${escapeLine(line)}`);
    }
  }
  if (reasons.length > 0) lines.push("", "Skipped, untested and interrupted scenarios, and why:", ...reasons);
  if (report.notExercised.length > 0) {
    lines.push("", "Not exercised (the run could not test these):");
    for (const what of report.notExercised) lines.push(`  - ${escapeLine(what)}`);
  }
  if (report.uncovered.length > 0) {
    lines.push("", escapeLine(`Operations without a semantic scenario: ${report.uncovered.join(", ")}`));
  }
  const facts = runFactLines(report);
  if (facts.length > 0) {
    lines.push("", "The run met:");
    for (const [label, text] of facts) lines.push(escapeLine(`  ${label}: ${text}`));
  }
  const extras = extraFields(report);
  if (extras.length > 0) {
    lines.push("", "Also in the report:");
    for (const [key, value] of extras) lines.push(`  ${escapeLine(key)}: ${compact(value)}`);
  }
  const t = summary.totals;
  lines.push(
    "",
    `${t.scenarios} scenarios, ${t.checks} checks: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ` +
      `${t.skipped} skipped; ${t.untested} untested in ${(summary.durationMs / 1000).toFixed(1)} s`,
    summary.passed ? "Result: passed" : escapeLine(`Result: not passed (exit ${summary.exitCode}): ${summary.reason ?? ""}`.trimEnd()),
  );
  // Every line above is escaped where it is made; this pass keeps any text added later just as safe.
  return escapeForTerminal(lines.join("\n") + "\n", { multiline: true });
}
