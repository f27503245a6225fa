import { describe, expect, it } from "vitest";
import { formatConsoleReport, progressLine } from "./report-console.js";
import { formatJsonReport } from "./report-json.js";
import { escapeXml, formatJunitReport } from "./report-junit.js";
import { FAILED_CHECK, NOTHING_EXERCISED_REPORT, ONE_FAILED_REPORT, SKIPPED_CHECK } from "./test-support/reports.js";

describe("console reporter", () => {
  it("prints a progress line with the count, the scenario, its status and the failed checks", () => {
    expect(progressLine("cancel-running-ends-cancelled", [FAILED_CHECK], 2, 48)).toBe(
      "[ 2/48] cancel-running-ends-cancelled … failed (cancelEndedOperation)",
    );
    expect(progressLine("delete-then-get-is-not-found", [SKIPPED_CHECK], 12, 48)).toBe("[12/48] delete-then-get-is-not-found … skipped");
  });

  it("lists every scenario in the table and the failure in full", () => {
    const text = formatConsoleReport(ONE_FAILED_REPORT);
    for (const r of ONE_FAILED_REPORT.results) expect(text).toContain(r.scenario);
    expect(text).toMatch(/cancel-running-ends-cancelled\s+failed\s+0\s+1\s+0/);
    expect(text).toContain(FAILED_CHECK.id);
    expect(text).toContain("Documented: done true, error.code 1");
    expect(text).toContain("3 scenarios, 3 checks: 1 passed, 1 failed, 1 skipped in 1.2 s");
  });

  it("says what could not be exercised", () => {
    expect(formatConsoleReport(NOTHING_EXERCISED_REPORT)).toContain("- no operations under projects/p/locations/l");
  });
});

describe("json reporter", () => {
  it("round-trips the report", () => {
    expect(JSON.parse(formatJsonReport(ONE_FAILED_REPORT))).toEqual(ONE_FAILED_REPORT);
  });
});

describe("junit reporter", () => {
  it("escapes markup and quotes and drops characters XML forbids", () => {
    expect(escapeXml(`<a b="c" d='e'>&\u0000\u001b`)).toBe("&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;");
  });

  it("writes one testcase per check with failure and skipped elements", () => {
    const xml = formatJunitReport(ONE_FAILED_REPORT);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="3" failures="1" skipped="1"/);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain(`<failure message="The operation is still running after cancel &lt;op name=&quot;a&amp;b&quot;&gt;"`);
    expect(xml).toContain(`<skipped message="needs destructive calls (pass --allow-destructive)"/>`);
    // No raw markup from messages reaches the document.
    expect(xml).not.toContain(`name="a&b"`);
  });

  it("reports what was not exercised as skipped testcases", () => {
    expect(formatJunitReport(NOTHING_EXERCISED_REPORT)).toContain(`<testsuite name="not-exercised" tests="1"`);
  });
});
