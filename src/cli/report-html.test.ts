import { describe, expect, it } from "vitest";
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { loadSpec } from "../../contract-tests/spec-model.js";
import type { WireRecord } from "../../contract-tests/transport.js";
import { CHECK_NAMES } from "../../contract-tests/checks/catalog.js";
import { FAKE_CAPABILITIES } from "../../contract-tests/target.js";
import { escapeHtml } from "./html-text.js";
import { formatHtmlReport } from "./report-html.js";
import { CHECK_RULES } from "./report-html-rules.js";

const TOKEN = "ya29.sekret-token-value";
const NAME = "projects/demo/locations/us-central1/operations/RUN1";
const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

const FAILED_GET: WireRecord = {
  startedAt: Date.parse("2026-01-02T03:04:05.000Z"),
  method: "GET",
  url: `http://127.0.0.1:4010/v1beta1/${NAME}`,
  requestHeaders: [["authorization", `Bearer ${TOKEN}`]],
  status: 200,
  statusText: "OK",
  responseHeaders: [["content-type", "application/json"]],
  responseBody: JSON.stringify({ name: NAME, done: false, metadata: { note: `${HOSTILE} echoed ${TOKEN}` } }),
  timeMs: 4,
  scenario: "getOperation-documented-request",
  checks: ["statusCodeConformance", "responseSchemaConformance"],
  failedChecks: ["responseSchemaConformance"],
};

const REPORT: ConformanceReport = {
  target: { name: "http://127.0.0.1:4010", baseUrl: "http://127.0.0.1:4010", capabilities: FAKE_CAPABILITIES },
  results: [
    { id: "getOperation-documented-request/statusCodeConformance", scenario: "getOperation-documented-request", check: "statusCodeConformance", operationIds: ["getOperation"], status: "passed", durationMs: 5 },
    {
      id: "getOperation-documented-request/responseSchemaConformance",
      scenario: "getOperation-documented-request",
      check: "responseSchemaConformance",
      operationIds: ["getOperation"],
      status: "failed",
      message: `Response does not match the schema\n  Received: ${HOSTILE}\n  Documented: an Operation`,
      durationMs: 5,
    },
    { id: "list-pages/capabilities", scenario: "list-pages", check: "capabilities", operationIds: [], status: "skipped", message: "needs capability stateful", durationMs: 0 },
  ],
  coverage: {},
  uncovered: [],
  notExercised: [],
  durationMs: 10,
  throttling: { retries: 0, waitedMs: 0, byStatus: {} },
  unimplemented: ["deleteOperation"],
};

describe("HTML report", () => {
  const html = formatHtmlReport(REPORT, undefined, { records: [FAILED_GET], spec: loadSpec(), secrets: [TOKEN] });

  it("escapes every string a server sent and redacts the token, in messages and exchanges alike", () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(escapeHtml("<script>alert(1)</script>"));
    expect(html).not.toContain(TOKEN);
    expect(html).toContain("Bearer [REDACTED]");
  });

  it("redacts a token before escaping it, so one with markup characters is not left in its escaped form", () => {
    const odd = `tok&en'<x>"long-enough`;
    const page = formatHtmlReport(REPORT, undefined, { records: [{ ...FAILED_GET, requestHeaders: [["authorization", `Bearer ${odd}`]] }], secrets: [odd] });
    expect(page).not.toContain(escapeHtml(odd));
    expect(page).toContain("Bearer [REDACTED]");
  });

  it("is self-contained: no stylesheet, script, image or frame from anywhere, and a policy that forbids them", () => {
    expect(html).not.toMatch(/<link|<img|<iframe|<[a-z][^>]*\ssrc=|@import|url\(/i);
    expect(html).toContain(`default-src 'none'`);
    // Anchors to the AIPs are the only addresses, and nothing loads them.
    const addresses = [...html.matchAll(/https?:\/\/[^\s"<]+/g)].map((m) => m[0]);
    expect(addresses.filter((a) => !a.startsWith("https://google.aip.dev/") && !a.startsWith("http://127.0.0.1:4010"))).toEqual([]);
  });

  it("shows for a failure the rule it broke with its source, and the exchange it failed on", () => {
    const failure = html.slice(html.indexOf(`id="failure-getOperation-documented-request_responseSchemaConformance"`));
    expect(failure).toContain("The body matches the schema the spec documents for that status.");
    expect(failure).toMatch(/automl-v1beta1-operations\.yaml: getOperation \(GET \/v1beta1\/projects\/\{projectsId\}/);
    expect(failure).toContain(`GET http://127.0.0.1:4010/v1beta1/${NAME}`);
    // The scenario table links the failed check to it.
    expect(html).toContain(`href="#failure-getOperation-documented-request_responseSchemaConformance"`);
  });

  it("states the verdict, totals and the run's facts", () => {
    expect(html).toContain("NOT PASSED (exit 1)");
    expect(html).toMatch(/<b>1<\/b>failed/);
    expect(html).toContain("automl-ops-kit");
    expect(html).toContain("deleteOperation (501 UNIMPLEMENTED");
    expect(html).toMatch(/<tr class="scenario" data-status="failed" data-group="failed">/);
    expect(html).toMatch(/<tr class="scenario" data-status="skipped" data-group="notrun">/);
  });

  it("draws one timeline row per operation the run touched", () => {
    expect(html.match(/<g class="op-row"/g)).toHaveLength(1);
    expect(html).toContain(`data-operation="${NAME}"`);
  });

  it("knows the rule behind every check of the kit", () => {
    expect(CHECK_NAMES.filter((name) => CHECK_RULES[name] === undefined)).toEqual([]);
  });

  it("stays small when a server fails every check: exchanges are shown for the first failures only", () => {
    const failures = Array.from({ length: 300 }, (_, i) => ({ ...REPORT.results[1]!, id: `s${i}/responseSchemaConformance`, scenario: `s${i}` }));
    const records = failures.map((r) => ({ ...FAILED_GET, scenario: r.scenario, responseBody: "x".repeat(10_000) }));
    const big = formatHtmlReport({ ...REPORT, results: failures }, undefined, { records });
    expect(big.match(/<div class="exchange">/g)).toHaveLength(60);
    expect(big.length).toBeLessThan(1024 * 1024);
  });
});
