/**
 * The JUnit XML reporter, for CI. It keeps to what Jenkins' xunit schema (junit-10.xsd) and the older
 * Jenkins schema (junit-4.xsd) both allow, which the common readers (GitLab, GitHub actions, Azure)
 * accept too: `<testsuites>` carries name/tests/failures/errors/time only; every `<testsuite>` has
 * `errors` and `failures`; a `<skipped>` holds its reason as text. One testsuite per scenario and one
 * testcase per check with its own time; an aborted scenario is an `<error>`. A first testsuite,
 * `conformance-run`, carries the run's properties and its verdict, so the totals agree with the exit
 * code: a run that exits 1 because the contract was not exercised shows a failure, not green.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";
import { escapeXml } from "./escape.js";
import { untestedOf } from "./outcome.js";
import { runFactProperties } from "./run-facts.js";
import { extraFields, isAborted, resultTimes, defaultSummary, type RunSummary } from "./run-summary.js";

/** Server-sent text is shown with visible escapes where XML 1.0 forbids the character (escape.ts). */
export { escapeXml } from "./escape.js";

/** Seconds with three decimals: matches the schema's SUREFIRE_TIME pattern. */
const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

interface Case {
  name: string;
  classname: string;
  timeMs: number;
  outcome?: { kind: "failure" | "error"; type: string; message: string } | { kind: "skipped"; message: string };
}

function caseXml(c: Case): string {
  const open = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(c.classname)}" time="${seconds(c.timeMs)}"`;
  const o = c.outcome;
  if (!o) return `${open}/>`;
  const inner =
    o.kind === "skipped"
      ? `      <skipped>${escapeXml(o.message)}</skipped>`
      : `      <${o.kind} message="${escapeXml(o.message.split("\n")[0] ?? "")}" type="${escapeXml(o.type)}">${escapeXml(o.message)}</${o.kind}>`;
  return `${open}>\n${inner}\n    </testcase>`;
}

function tally(cases: readonly Case[]) {
  const count = (kind: string) => cases.filter((c) => c.outcome?.kind === kind).length;
  return { tests: cases.length, failures: count("failure"), errors: count("error"), skipped: count("skipped") };
}

function suiteXml(name: string, cases: readonly Case[], timeMs: number, head: string[] = [], timestamp?: string): string[] {
  const t = tally(cases);
  return [
    `  <testsuite name="${escapeXml(name)}" tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" ` +
      `skipped="${t.skipped}" time="${seconds(timeMs)}"${timestamp ? ` timestamp="${timestamp}"` : ""}>`,
    ...head,
    ...cases.map(caseXml),
    `  </testsuite>`,
  ];
}

function checkCase(r: CheckResult, timeMs: number): Case {
  const base = { name: r.check, classname: r.scenario, timeMs };
  if (r.status === "passed") return base;
  if (r.status === "skipped") return { ...base, outcome: { kind: "skipped", message: r.message ?? "skipped" } };
  return isAborted(r)
    ? { ...base, outcome: { kind: "error", type: "ScenarioAborted", message: r.message ?? "aborted" } }
    : { ...base, outcome: { kind: "failure", type: "ContractViolation", message: r.message ?? "failed" } };
}

/** The run's own verdicts: was the contract exercised, did the run complete. */
function runCases(report: ConformanceReport, summary: RunSummary): Case[] {
  const untested = untestedOf(report);
  const exercised: Case = { name: "contract exercised", classname: "conformance-run", timeMs: 0 };
  if (untested.length > 0) {
    const message = `${untested.length} place(s) not exercised:\n${untested.map((u) => `- ${u}`).join("\n")}`;
    // Not accepted (no --allow-untested), this alone exits 1, so it must read as a failure.
    exercised.outcome = summary.untestedAccepted || summary.exitCode > 2
      ? { kind: "skipped", message }
      : { kind: "failure", type: "NotExercised", message };
  }
  const cases = [exercised];
  // Exit codes past 1 that still come with a report (130 interrupted, and any later one such as a run
  // that could not complete) mean the run itself did not finish: an error, so CI cannot read it as green.
  if (report.interrupted || summary.exitCode > 2) {
    const type = report.interrupted ? "Interrupted" : "Incomplete";
    cases.push({ name: "run completed", classname: "conformance-run", timeMs: 0, outcome: { kind: "error", type, message: summary.reason ?? type } });
  }
  return cases;
}

function properties(summary: RunSummary, report: ConformanceReport): string[] {
  const props: Array<[string, string]> = [
    ["kit.version", summary.kit.version],
    ["spec.path", summary.spec.path],
    ...(summary.spec.version ? [["spec.version", summary.spec.version] as [string, string]] : []),
    ["target.name", summary.target.name],
    ["target.baseUrl", summary.target.baseUrl],
    ["startedAt", summary.startedAt],
    ["exitCode", String(summary.exitCode)],
    ...runFactProperties(report),
    ...extraFields(report).map(([key, value]): [string, string] => [key, typeof value === "string" ? value : JSON.stringify(value) ?? ""]),
  ];
  return ["    <properties>", ...props.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`), "    </properties>"];
}

/** The report as a JUnit XML document. */
export function formatJunitReport(report: ConformanceReport, summary: RunSummary = defaultSummary(report)): string {
  const times = resultTimes(report.results);
  const byScenario = new Map<string, CheckResult[]>();
  for (const r of report.results) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  const run = runCases(report, summary);
  const suites: Array<{ name: string; cases: Case[]; timeMs: number }> = [...byScenario].map(([scenario, rs]) => ({
    name: scenario,
    cases: rs.map((r) => checkCase(r, times.get(r) ?? 0)),
    timeMs: Math.max(0, ...rs.map((r) => r.durationMs)),
  }));
  const all = [...run, ...suites.flatMap((s) => s.cases)];
  const t = tally(all);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${escapeXml(`conformance of ${report.target.name}`)}" tests="${t.tests}" failures="${t.failures}" ` +
      `errors="${t.errors}" time="${seconds(report.durationMs)}">`,
    ...suiteXml("conformance-run", run, 0, properties(summary, report), summary.startedAt.replace(/\.\d+Z$/, "")),
    ...suites.flatMap((s) => suiteXml(s.name, s.cases, s.timeMs)),
    `</testsuites>`,
  ];
  return out.join("\n") + "\n";
}
