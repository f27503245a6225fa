/**
 * The JUnit XML reporter, for CI systems: one <testsuite> per scenario, one <testcase> per check,
 * <failure> with the check's message, <skipped> with the reason.
 */
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";

/**
 * Escapes text for an XML attribute or element. Characters XML 1.0 forbids (C0 controls other than
 * tab, newline, carriage return; lone surrogates; U+FFFE/U+FFFF) are dropped: no parser accepts them,
 * not even as character references (XML 1.0 §2.2).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(r: CheckResult): string {
  const open = `    <testcase classname="${escapeXml(r.scenario)}" name="${escapeXml(r.id)}" time="${seconds(r.durationMs)}"`;
  if (r.status === "passed") return `${open}/>`;
  const message = r.message ?? "";
  const firstLine = message.split("\n")[0] ?? "";
  const inner =
    r.status === "failed"
      ? `      <failure message="${escapeXml(firstLine)}" type="ContractViolation">${escapeXml(message)}</failure>`
      : `      <skipped message="${escapeXml(message)}"/>`;
  return `${open}>\n${inner}\n    </testcase>`;
}

/** The report as a JUnit XML document. */
export function formatJunitReport(report: ConformanceReport): string {
  const byScenario = new Map<string, CheckResult[]>();
  for (const r of report.results) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  const count = (rs: CheckResult[], s: CheckResult["status"]) => rs.filter((r) => r.status === s).length;
  const all = report.results;
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${escapeXml(`conformance of ${report.target.name}`)}" tests="${all.length}" ` +
      `failures="${count(all, "failed")}" skipped="${count(all, "skipped")}" time="${seconds(report.durationMs)}">`,
  ];
  for (const [scenario, rs] of byScenario) {
    // Each check carries its whole scenario's time, so the scenario took the longest of them, not the sum.
    const time = Math.max(...rs.map((r) => r.durationMs));
    out.push(
      `  <testsuite name="${escapeXml(scenario)}" tests="${rs.length}" failures="${count(rs, "failed")}" ` +
        `skipped="${count(rs, "skipped")}" time="${seconds(time)}">`,
      ...rs.map(testcase),
      `  </testsuite>`,
    );
  }
  if (report.notExercised.length > 0) {
    // A run that could not test something must show up in CI, not only in the console.
    out.push(`  <testsuite name="not-exercised" tests="${report.notExercised.length}" failures="0" skipped="${report.notExercised.length}">`);
    for (const what of report.notExercised) {
      out.push(`    <testcase classname="not-exercised" name="${escapeXml(what)}">\n      <skipped message="${escapeXml(what)}"/>\n    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return out.join("\n") + "\n";
}
