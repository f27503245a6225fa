/**
 * The failures of the HTML report: for each failed check, its message ("Received … / Documented …"),
 * the rule it holds a server to with the AIP or spec entry it comes from (report-html-rules.ts), and the
 * exchanges that show it: those the check failed on (scenario-trace.ts), request and response, redacted
 * and escaped, bodies cut to a readable size. The whole run's exchanges are in the HAR (`--har`).
 */
import type { CheckResult } from "../../contract-tests/runner.js";
import type { SpecModel } from "../../contract-tests/spec-model.js";
import type { WireRecord } from "../../contract-tests/transport.js";
import type { HtmlText } from "./html-text.js";
import { CHECK_RULES, describeSource } from "./report-html-rules.js";

/** Exchanges shown per failure; the rest are counted. */
const EXCHANGES_PER_FAILURE = 2;
/** Characters of a body shown; the rest are counted. */
const BODY_CHARS = 4000;
/**
 * Failures shown with their exchanges; later ones keep their message and rule. A server that breaks
 * everything fails hundreds of checks, and the page must stay one a browser opens at once.
 */
const FAILURES_WITH_EXCHANGES = 60;

/** The anchor of the n-th failure, which the scenario table links to. */
export const failureAnchor = (result: CheckResult) => `failure-${result.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

function cut(body: string): string {
  return body.length > BODY_CHARS ? `${body.slice(0, BODY_CHARS)}\n… (${body.length - BODY_CHARS} more characters)` : body;
}

function headerLines(headers: ReadonlyArray<[string, string]>): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join("\n");
}

function exchangeHtml(record: WireRecord, text: HtmlText): string {
  const request = `${record.method} ${record.url}\n${headerLines(record.requestHeaders)}${record.requestBody !== undefined ? `\n\n${cut(record.requestBody)}` : ""}`;
  const response =
    record.status === 0
      ? `no response: ${record.error ?? "unknown"}`
      : `${record.status} ${record.statusText}\n${headerLines(record.responseHeaders)}\n\n${cut(record.responseBody)}`;
  return `<div class="exchange"><div><h4>Request</h4><pre>${text(request)}</pre></div><div><h4>Response</h4><pre>${text(response)}</pre></div></div>`;
}

/** The exchanges a failed result failed on; for an aborted scenario, the last one it sent. */
export function exchangesOf(result: CheckResult, records: readonly WireRecord[]): WireRecord[] {
  const ofScenario = records.filter((r) => r.scenario === result.scenario);
  const failedOn = ofScenario.filter((r) => r.failedChecks?.includes(result.check));
  if (failedOn.length > 0) return failedOn;
  return ofScenario.length > 0 ? [ofScenario.at(-1)!] : [];
}

function ruleHtml(result: CheckResult, spec: SpecModel | undefined, text: HtmlText): string {
  const rule = CHECK_RULES[result.check];
  if (!rule) {
    const documented = /Documented: (.*)$/m.exec(result.message ?? "")?.[1];
    return `<div class="rule"><b>Rule:</b> ${text(documented ?? "see the message")}</div>`;
  }
  const source = describeSource(rule.source, spec, result.operationIds);
  const where = source.href ? `<a href="${text(source.href)}">${text(source.text)}</a>` : text(source.text);
  return `<div class="rule"><b>Rule:</b> ${text(rule.rule)} <span class="muted">— ${where}</span></div>`;
}

function failureHtml(result: CheckResult, records: readonly WireRecord[], spec: SpecModel | undefined, text: HtmlText, withExchanges: boolean): string {
  const shown = exchangesOf(result, records);
  const exchanges = withExchanges ? shown.slice(0, EXCHANGES_PER_FAILURE).map((r) => exchangeHtml(r, text)) : [];
  const more = shown.length - exchanges.length;
  const note =
    shown.length === 0
      ? `<p class="muted">No exchange of this scenario was recorded.</p>`
      : more > 0
        ? `<p class="muted">${more} ${exchanges.length > 0 ? "more " : ""}exchange(s) failed this check; the HAR (--har) holds every exchange, grouped by scenario.</p>`
        : "";
  return [
    `<section class="failure" id="${failureAnchor(result)}">`,
    `<h3>${text(result.scenario)} › ${text(result.check)}</h3>`,
    `<pre>${text(result.message ?? "failed")}</pre>`,
    ruleHtml(result, spec, text),
    ...exchanges,
    note,
    `</section>`,
  ].join("\n");
}

/** Every failed result with its rule and exchanges, or a sentence when none failed. */
export function failuresHtml(results: readonly CheckResult[], records: readonly WireRecord[], spec: SpecModel | undefined, text: HtmlText): string {
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length === 0) return `<p class="muted">No check failed.</p>`;
  return failed.map((r, i) => failureHtml(r, records, spec, text, i < FAILURES_WITH_EXCHANGES)).join("\n");
}
