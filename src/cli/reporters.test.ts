import { describe, expect, it } from "vitest";
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { outcomeOf } from "./outcome.js";
import { formatConsoleReport, progressLine, scenarioStatus } from "./report-console.js";
import { formatJsonReport } from "./report-json.js";
import { escapeXml, formatJunitReport } from "./report-junit.js";
import { summarizeRun, type RunSummary } from "./run-summary.js";
import {
  ABORTED_CHECK,
  ALL_PASSED_REPORT,
  ALL_SKIPPED_REPORT,
  FAILED_CHECK,
  INTERRUPTED_REPORT,
  NOTHING_EXERCISED_REPORT,
  ONE_ABORTED_REPORT,
  ONE_FAILED_REPORT,
  PASSED_CHECK,
  PRECONDITION_CHECK,
  QUIET_RUN_REPORT,
  REPORT_WITH_EXTRA_FIELD,
  SKIPPED_CHECK,
  THROTTLED_OUT_REPORT,
} from "./test-support/reports.js";
import { checkJunit10Rules, validateWithXmllint } from "./test-support/junit-schema.js";
import { hasSystemTool, XMLLINT } from "../test-support/system-tools.js";

const JUNIT_CASES: Array<[string, ConformanceReport]> = [
  ["all passed", ALL_PASSED_REPORT],
  ["one failed", ONE_FAILED_REPORT],
  ["aborted", ONE_ABORTED_REPORT],
  ["not exercised", NOTHING_EXERCISED_REPORT],
  ["interrupted", INTERRUPTED_REPORT],
  ["extra fields", REPORT_WITH_EXTRA_FIELD],
  ["throttled out", THROTTLED_OUT_REPORT],
];
const STARTED = new Date("2025-03-04T05:06:07.089Z");
const summaryOf = (report: ConformanceReport, allowUntested = false): RunSummary =>
  summarizeRun(report, { startedAt: STARTED, spec: { path: "spec.yaml", title: "AutoML", version: "v1beta1" }, allowUntested });

describe("console reporter", () => {
  it("prints a progress line with the count, the scenario, its status and the failed checks", () => {
    expect(progressLine("cancel-running-ends-cancelled", [FAILED_CHECK], 2, 48)).toBe(
      "[ 2/48] cancel-running-ends-cancelled … failed (cancelEndedOperation)",
    );
    expect(progressLine("delete-then-get-not-found", [{ ...SKIPPED_CHECK, check: "capabilities" }], 12, 48)).toBe(
      "[12/48] delete-then-get-not-found … skipped",
    );
  });

  it("calls a scenario that could not be exercised untested, not passed", () => {
    expect(scenarioStatus([PASSED_CHECK, PRECONDITION_CHECK])).toBe("untested");
    expect(scenarioStatus([SKIPPED_CHECK])).toBe("untested");
    expect(scenarioStatus([{ ...SKIPPED_CHECK, check: "capabilities" }])).toBe("skipped");
    expect(scenarioStatus([PASSED_CHECK, ABORTED_CHECK])).toBe("error");
    expect(scenarioStatus([PASSED_CHECK])).toBe("passed");
  });

  it("lists every scenario in the table and the failure in full", () => {
    const text = formatConsoleReport(ONE_FAILED_REPORT, summaryOf(ONE_FAILED_REPORT));
    for (const r of ONE_FAILED_REPORT.results) expect(text).toContain(r.scenario);
    expect(text).toMatch(/cancel-running-ends-cancelled\s+failed\s+0\s+1\s+0/);
    expect(text).toContain(FAILED_CHECK.id);
    expect(text).toContain("Documented: done true, error.code 1");
    expect(text).toContain("3 scenarios, 3 checks: 1 passed, 1 failed, 0 errors, 1 skipped; 0 untested in 1.2 s");
    expect(text).toContain("Result: not passed (exit 1): 1 check(s) failed");
  });

  it("names the target once when its name is its URL, and both when they differ", () => {
    const byUrl = { ...ALL_PASSED_REPORT, target: { ...ALL_PASSED_REPORT.target, name: "http://127.0.0.1:35015", baseUrl: "http://127.0.0.1:35015" } };
    expect(formatConsoleReport(byUrl, summaryOf(byUrl)).split("\n")[0]).toBe("Conformance of http://127.0.0.1:35015");
    expect(formatConsoleReport(ALL_PASSED_REPORT, summaryOf(ALL_PASSED_REPORT)).split("\n")[0]).toBe("Conformance of fake (http://127.0.0.1:4010)");
  });

  it("gives skip reasons in full below the table, with the flag that enables the scenario", () => {
    const long = { ...SKIPPED_CHECK, check: "capabilities", message: `${"a very long reason ".repeat(8)}(pass --allow-destructive)` };
    const report = { ...ALL_PASSED_REPORT, results: [PASSED_CHECK, long] };
    const text = formatConsoleReport(report, summaryOf(report));
    expect(text).toContain(`  ${long.scenario} (skipped): ${long.message}`);
  });

  it("says what could not be exercised", () => {
    expect(formatConsoleReport(NOTHING_EXERCISED_REPORT, summaryOf(NOTHING_EXERCISED_REPORT))).toContain(
      "- no operations under projects/p/locations/l",
    );
  });

  it("shows report fields it does not know by name", () => {
    const text = formatConsoleReport(REPORT_WITH_EXTRA_FIELD, summaryOf(REPORT_WITH_EXTRA_FIELD));
    expect(text).toContain(`  retriesOfTomorrow: {"retries":3,"waitedMs":1200}`);
  });

  it("names the throttling it waited out (per status), the methods the server leaves out, and why the run could not complete", () => {
    const text = formatConsoleReport(THROTTLED_OUT_REPORT, summaryOf(THROTTLED_OUT_REPORT));
    expect(text).toContain("The run met:");
    expect(text).toContain("  Could not complete: throttled: the server's 429/503 answers outlasted the throttle budget (--throttle-budget); not a contract failure");
    expect(text).toContain("  Throttling: 7 retries, 3.2 s waited (429: 5 retries, 2.5 s; 503: 2 retries, 0.7 s); waited out and retried, never counted as a violation");
    expect(text).toContain("  Not implemented by the server: cancelOperation, listOperations (501 UNIMPLEMENTED, which the spec allows for these methods)");
    expect(text).not.toContain("Also in the report");
    expect(text).toContain("Result: not passed (exit 3): could not complete: throttled after 7 retries and 3.2 s of waiting");
  });

  it("says nothing of throttling or unimplemented methods when the run met none", () => {
    const text = formatConsoleReport(QUIET_RUN_REPORT, summaryOf(QUIET_RUN_REPORT));
    expect(text).not.toContain("The run met:");
    expect(text).not.toContain("Also in the report");
  });
});

describe("json reporter", () => {
  it("starts with a summary: totals, verdict, versions, target, start time", () => {
    const json = JSON.parse(formatJsonReport(ONE_FAILED_REPORT, summaryOf(ONE_FAILED_REPORT))) as { summary: RunSummary };
    expect(json.summary).toEqual({
      passed: false,
      exitCode: 1,
      reason: "1 check(s) failed",
      totals: { scenarios: 3, checks: 3, passed: 1, failed: 1, errors: 0, skipped: 1, untested: 0 },
      untestedAccepted: false,
      kit: { name: "automl-ops-kit", version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown as string },
      spec: { path: "spec.yaml", title: "AutoML", version: "v1beta1" },
      target: { name: "fake", baseUrl: "http://127.0.0.1:4010" },
      startedAt: "2025-03-04T05:06:07.089Z",
      durationMs: 1234,
    });
    expect(Object.keys(json)[0]).toBe("summary");
  });

  it("holds every result, with durations rounded to whole milliseconds", () => {
    const precise = { ...ONE_FAILED_REPORT, durationMs: 1234.5678, results: ONE_FAILED_REPORT.results.map((r) => ({ ...r, durationMs: r.durationMs + 0.4321 })) };
    const json = JSON.parse(formatJsonReport(precise, summaryOf(precise))) as ConformanceReport & { summary: RunSummary };
    expect(json.results.map((r) => r.id)).toEqual(ONE_FAILED_REPORT.results.map((r) => r.id));
    expect(json.durationMs).toBe(1235);
    expect(json.summary.durationMs).toBe(1235);
    expect(json.results.every((r) => Number.isInteger(r.durationMs))).toBe(true);
  });

  it("keeps report fields it does not know by name", () => {
    expect(JSON.parse(formatJsonReport(REPORT_WITH_EXTRA_FIELD, summaryOf(REPORT_WITH_EXTRA_FIELD)))).toMatchObject({ retriesOfTomorrow: { retries: 3 } });
  });

  it("holds throttling per status, unimplemented methods and the incomplete reason by name, the reason in the summary too", () => {
    const json = JSON.parse(formatJsonReport(THROTTLED_OUT_REPORT, summaryOf(THROTTLED_OUT_REPORT)));
    expect(json).toMatchObject({
      summary: { passed: false, exitCode: 3, incomplete: "throttled" },
      incomplete: "throttled",
      throttling: { retries: 7, waitedMs: 3240, byStatus: { "429": { retries: 5, waitedMs: 2540 }, "503": { retries: 2, waitedMs: 700 } } },
      unimplemented: ["cancelOperation", "listOperations"],
    });
  });
});

describe("junit reporter", () => {
  const junit = (report: ConformanceReport, allowUntested = false) => formatJunitReport(report, summaryOf(report, allowUntested));

  it("escapes markup and quotes and shows characters XML forbids as visible escapes", () => {
    expect(escapeXml(`<a b="c" d='e'>&\u0000\u001b\ud800`)).toBe("&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;\\x00\\x1b\\ud800");
  });

  it("writes one testcase per check, named by check and scenario, with failure and skipped elements", () => {
    const xml = junit(ONE_FAILED_REPORT);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="4" failures="1" errors="0"/);
    expect(xml).toContain(`<testcase name="cancelEndedOperation" classname="cancel-running-ends-cancelled" time="0.025">`);
    expect(xml).toContain(`<failure message="The operation is still running after cancel &lt;op name=&quot;a&amp;b&quot;&gt;" type="ContractViolation">`);
    expect(xml).toContain(`<skipped>needs capability destructive (pass --allow-destructive to let it cancel and delete)</skipped>`);
    expect(xml).not.toContain(`name="a&b"`);
  });

  it("reports an aborted scenario as an error", () => {
    const xml = junit(ONE_ABORTED_REPORT);
    expect(xml).toContain(`<error message="Scenario aborted: TypeError: fetch failed" type="ScenarioAborted">`);
    expect(xml).toMatch(/<testsuites [^>]*failures="0" errors="1"/);
  });

  it("gives each check its own time, and a scenario the time of its checks", () => {
    const xml = junit(ONE_FAILED_REPORT);
    expect(xml).toContain(`<testcase name="noOperationRepeated" classname="list-pages-no-duplicates" time="0.012"/>`);
    expect(xml).toMatch(/<testsuite name="cancel-running-ends-cancelled" [^>]*time="0.040"/);
  });

  it("has totals that agree with the exit code: a run not exercised fails, unless accepted", () => {
    const cases: Array<[ConformanceReport, boolean]> = [
      [ALL_PASSED_REPORT, false],
      [ONE_FAILED_REPORT, false],
      [NOTHING_EXERCISED_REPORT, false],
      [NOTHING_EXERCISED_REPORT, true],
      [ALL_SKIPPED_REPORT, false],
      [ONE_ABORTED_REPORT, false],
      [INTERRUPTED_REPORT, false],
    ];
    for (const [report, allow] of cases) {
      const head = /<testsuites [^>]*failures="(\d+)" errors="(\d+)"/.exec(junit(report, allow))!;
      const red = Number(head[1]) + Number(head[2]) > 0;
      expect({ report: report.results.map((r) => r.id), allow, red }).toEqual({
        report: report.results.map((r) => r.id),
        allow,
        red: outcomeOf(report, allow).exitCode !== 0,
      });
    }
    expect(junit(NOTHING_EXERCISED_REPORT)).toContain(`type="NotExercised"`);
    expect(junit(INTERRUPTED_REPORT)).toContain(`<testcase name="run completed" classname="conformance-run" time="0.000">`);
  });

  it("reads as an error when the run could not complete with a later exit code the runner may add", () => {
    const summary = { ...summaryOf(ALL_PASSED_REPORT), passed: false, exitCode: 3, reason: "could not complete: throttled" };
    const xml = formatJunitReport(ALL_PASSED_REPORT, summary);
    expect(xml).toContain(`<error message="could not complete: throttled" type="Incomplete">`);
    expect(xml).toMatch(/<testsuites [^>]*errors="1"/);
  });

  it("carries the run's facts, and fields it does not know, as properties", () => {
    const xml = junit(REPORT_WITH_EXTRA_FIELD);
    expect(xml).toContain(`<property name="spec.version" value="v1beta1"/>`);
    expect(xml).toContain(`<property name="retriesOfTomorrow" value="{&quot;retries&quot;:3,&quot;waitedMs&quot;:1200}"/>`);
  });

  it("carries throttling per status, unimplemented methods and the incomplete reason as named properties", () => {
    const xml = junit(THROTTLED_OUT_REPORT);
    for (const [name, value] of [
      ["incomplete", "throttled: the server&apos;s 429/503 answers outlasted the throttle budget (--throttle-budget); not a contract failure"],
      ["throttling.retries", "7"],
      ["throttling.waitedMs", "3240"],
      ["throttling.429.retries", "5"],
      ["throttling.429.waitedMs", "2540"],
      ["throttling.503.retries", "2"],
      ["unimplemented", "cancelOperation, listOperations"],
    ]) {
      expect(xml).toContain(`<property name="${name}" value="${value}"/>`);
    }
    expect(xml).toContain(`type="Incomplete"`);
  });

  it.each(JUNIT_CASES)("%s: keeps to junit-10.xsd's rules", (_, report) => {
    expect(checkJunit10Rules(junit(report))).toEqual([]);
  });

  it("the junit-10 rule check catches what the schema forbids", () => {
    const bad = `<testsuites skipped="1"><testsuite name="s" tests="1" failures="0"><testcase name="c" time="1s"/></testsuite></testsuites>`;
    expect(checkJunit10Rules(bad)).toEqual([
      "testsuites: attribute skipped is not in the schema",
      "testsuite: required attribute errors is missing",
      `testcase: time "1s" is not a SUREFIRE_TIME`,
    ]);
  });
});

describe.runIf(hasSystemTool(XMLLINT))("junit reporter, read as CI readers read it", () => {
  it.each(JUNIT_CASES)("%s: validates against Jenkins' junit-4.xsd with xmllint", async (_, report) => {
    expect(await validateWithXmllint(formatJunitReport(report, summaryOf(report)))).toBe("valid");
  });
});
