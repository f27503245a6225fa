/**
 * The HTML reporter (`--reporter html --output FILE`): one self-contained page, read straight from disk
 * with nothing loaded from anywhere. It holds the verdict and totals, the run's facts, a timeline of every
 * operation the run touched, each failure with the rule it broke and the exchange that shows it, and the
 * scenarios with their checks, filterable to failures. Everything a server sent is redacted of the run's
 * secrets and escaped (html-text.ts); the page's script holds no data.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";
import type { SpecModel } from "../../contract-tests/spec-model.js";
import type { WireRecord } from "../../contract-tests/transport.js";
import { htmlText, type HtmlText } from "./html-text.js";
import { operationTimeline } from "./operation-timeline.js";
import { scenarioStatus, type ScenarioStatus } from "./report-console.js";
import { failureAnchor, failuresHtml } from "./report-html-failures.js";
import { REPORT_CSS, REPORT_SCRIPT } from "./report-html-style.js";
import { timelineLegend, timelineSvg } from "./report-html-timeline.js";
import { runFactLines } from "./run-facts.js";
import { defaultSummary, type RunSummary } from "./run-summary.js";

/** What the HTML report shows besides the report and its summary. */
export interface HtmlReportContext {
  /** Every exchange of the run, tagged with its scenario and checks. @default none: no timeline, no exchanges */
  records?: readonly WireRecord[];
  /** The spec the run checked against, to name the entry a spec rule comes from. @default none */
  spec?: SpecModel;
  /** Tokens to redact (the report is redacted already; the records are not). @default none */
  secrets?: Iterable<string>;
  /** Scenario titles by id. @default none: ids alone */
  scenarioTitles?: ReadonlyMap<string, string>;
}

/** Which filter a scenario status falls under. */
function groupOf(status: ScenarioStatus): "failed" | "notrun" | "passed" {
  if (status === "failed" || status === "error") return "failed";
  return status === "passed" ? "passed" : "notrun";
}

function byScenario(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  const groups = new Map<string, CheckResult[]>();
  for (const r of results) groups.set(r.scenario, [...(groups.get(r.scenario) ?? []), r]);
  return groups;
}

function header(summary: RunSummary, text: HtmlText): string {
  const t = summary.totals;
  const total = (cls: string, n: number, label: string) => `<div class="total ${cls}"><b>${n}</b>${label}</div>`;
  const verdict = summary.passed ? "PASSED" : `NOT PASSED (exit ${summary.exitCode})`;
  return [
    `<h1>Conformance of ${text(summary.target.name)}</h1>`,
    `<div class="verdict ${summary.passed ? "passed" : "failed"}">${verdict}</div>${summary.reason ? ` <span>${text(summary.reason)}</span>` : ""}`,
    `<div class="totals">`,
    total("", t.scenarios, "scenarios"),
    total("", t.checks, "checks"),
    total("passed", t.passed, "passed"),
    total("failed", t.failed, "failed"),
    total("failed", t.errors, "errors"),
    total("skipped", t.skipped, "skipped"),
    total("skipped", t.untested, "untested"),
    `</div>`,
  ].join("\n");
}

function facts(report: ConformanceReport, summary: RunSummary, text: HtmlText): string {
  const spec = summary.spec;
  const capabilities = Object.entries(report.target.capabilities).map(([name, on]) => `${name} ${on ? "yes" : "no"}`).join(", ");
  const rows: Array<[string, string]> = [
    ["Target", `${summary.target.name}${summary.target.baseUrl !== summary.target.name ? ` (${summary.target.baseUrl})` : ""}`],
    ["Spec", `${spec.title ?? "spec"}${spec.version ? ` ${spec.version}` : ""} — ${spec.path}`],
    ["Kit", `${summary.kit.name} ${summary.kit.version}`],
    ["Started", `${summary.startedAt}, ran ${(summary.durationMs / 1000).toFixed(1)} s`],
    ["Capabilities", capabilities],
    ...runFactLines(report),
  ];
  const labels = new Set(rows.map(([label]) => label));
  if (!labels.has("Throttling")) rows.push(["Throttling", "none met"]);
  if (!labels.has("Not implemented by the server")) rows.push(["Not implemented by the server", "none: every method the run called was served"]);
  if (report.interrupted) rows.push(["Interrupted", "the run was stopped before every scenario ran"]);
  const untested = [...report.notExercised, ...report.uncovered.map((op) => `${op}: no semantic scenario`)];
  if (untested.length > 0) rows.push(["Untested", untested.join("\n")]);
  const cells = rows.map(([label, value]) => `<tr><th>${text(label)}</th><td>${text(value).replace(/\n/g, "<br>")}</td></tr>`);
  return `<table class="facts">${cells.join("\n")}</table>`;
}

function checkChip(result: CheckResult, text: HtmlText): string {
  const name = text(result.check);
  return result.status === "failed"
    ? `<a class="check failed" href="#${failureAnchor(result)}">${name}</a>`
    : `<span class="check ${result.status}">${name}</span>`;
}

function scenarioTable(report: ConformanceReport, titles: ReadonlyMap<string, string> | undefined, text: HtmlText): string {
  const rows = [...byScenario(report.results)].map(([id, results]) => {
    const status = scenarioStatus(results);
    const why = results
      .filter((r) => r.status !== "passed" && r.message)
      .map((r) => `<div class="why">${text(`${r.check}: ${r.message!.split("\n")[0]}`)}</div>`)
      .join("");
    const title = titles?.get(id);
    return (
      `<tr class="scenario" data-status="${status}" data-group="${groupOf(status)}">` +
      `<td><code>${text(id)}</code>${title ? `<div class="why">${text(title)}</div>` : ""}</td>` +
      `<td><span class="badge ${status}">${status}</span></td>` +
      `<td>${results.map((r) => checkChip(r, text)).join("")}${why}</td></tr>`
    );
  });
  const filter =
    `<fieldset class="filter"><legend class="muted">Show</legend>` +
    `<label><input type="radio" name="show" value="all" checked> all</label>` +
    `<label><input type="radio" name="show" value="failed"> failures only</label>` +
    `<label><input type="radio" name="show" value="notrun"> skipped and untested</label>` +
    `<span id="shown" class="muted"></span></fieldset>`;
  return `${filter}<table class="scenarios"><thead><tr><th>Scenario</th><th>Status</th><th>Checks</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

/** The report as one self-contained HTML document. */
export function formatHtmlReport(report: ConformanceReport, summary: RunSummary = defaultSummary(report), context: HtmlReportContext = {}): string {
  const text = htmlText(context.secrets ?? []);
  const records = context.records ?? [];
  const timeline = operationTimeline(records);
  const probes = timeline.probes > 0 ? ` ${timeline.probes} request(s) named operations that never existed (checks of unknown names); they are not drawn.` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${text(`Conformance of ${summary.target.name}: ${summary.passed ? "passed" : "not passed"}`)}</title>
<style>${REPORT_CSS}</style></head>
<body data-show="all">
<header>${header(summary, text)}</header>
<h2>The run</h2>
${facts(report, summary, text)}
<h2>Operations over time</h2>
<p class="muted">Each row is an operation the run touched (${timeline.operations.length}): the state each answer showed, from that answer to the next, and the run's requests as marks. Hover for times and scenarios.${probes}</p>
${timelineLegend()}
${timelineSvg(timeline, text)}
<h2>Failures</h2>
${failuresHtml(report.results, records, context.spec, text)}
<h2>Scenarios</h2>
${scenarioTable(report, context.scenarioTitles, text)}
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}
