/**
 * What a run met besides its checks, by name, for every reporter: the throttling it waited out (retries
 * and time, per HTTP status), the methods the server does not implement (501, which the spec allows for
 * them), the methods that start operations it does not route at all, and why the run could not complete. Each is a fact of the run, never a failure of a check.
 */
import type { ConformanceReport, ThrottlingSummary } from "../../contract-tests/runner.js";

/** The report fields described here; reporters present them by name, not as unknown extras. */
export const RUN_FACT_FIELDS = ["throttling", "unimplemented", "notServed", "incomplete"] as const;

/** What each `incomplete` reason means, for people. */
const INCOMPLETE_REASONS: Record<string, string> = {
  throttled: "the server's 429/503 answers outlasted the throttle budget (--throttle-budget); not a contract failure",
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const retries = (n: number) => `${n} ${n === 1 ? "retry" : "retries"}`;

/** `7 retries, 3.2 s waited (429: 5 retries, 2.5 s; 503: 2 retries, 0.7 s)`. */
export function describeThrottling(throttling: ThrottlingSummary): string {
  const byStatus = Object.entries(throttling.byStatus ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, t]) => `${status}: ${retries(t.retries)}, ${seconds(t.waitedMs)}`);
  return `${retries(throttling.retries)}, ${seconds(throttling.waitedMs)} waited${byStatus.length > 0 ? ` (${byStatus.join("; ")})` : ""}`;
}

/** The `incomplete` reason with what it means. */
export function describeIncomplete(reason: string): string {
  const meaning = INCOMPLETE_REASONS[reason];
  return meaning ? `${reason}: ${meaning}` : reason;
}

/** One labelled line per fact the run has to tell (none when it met no throttling, no 501 and completed). */
export function runFactLines(report: ConformanceReport): Array<[label: string, text: string]> {
  const lines: Array<[string, string]> = [];
  if (report.incomplete !== undefined) lines.push(["Could not complete", describeIncomplete(report.incomplete)]);
  if (report.throttling && report.throttling.retries > 0) {
    lines.push(["Throttling", `${describeThrottling(report.throttling)}; waited out and retried, never counted as a violation`]);
  }
  if (report.unimplemented && report.unimplemented.length > 0) {
    lines.push(["Not implemented by the server", `${report.unimplemented.join(", ")} (501 UNIMPLEMENTED, which the spec allows for these methods); scenarios that need them were skipped`]);
  }
  if (report.notServed && report.notServed.length > 0) {
    lines.push(["Not served by the server", `${report.notServed.join(", ")} (404 or 501 for every resource: a server of the operations resource alone may leave them out); scenarios that need them were skipped (name one with --only to test it)`]);
  }
  return lines;
}

/** The facts as name/value pairs, for formats of flat properties (JUnit). */
export function runFactProperties(report: ConformanceReport): Array<[string, string]> {
  const props: Array<[string, string]> = [];
  if (report.incomplete !== undefined) props.push(["incomplete", describeIncomplete(report.incomplete)]);
  const throttling = report.throttling;
  if (throttling) {
    props.push(["throttling.retries", String(throttling.retries)], ["throttling.waitedMs", String(throttling.waitedMs)]);
    for (const [status, t] of Object.entries(throttling.byStatus ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      props.push([`throttling.${status}.retries`, String(t.retries)], [`throttling.${status}.waitedMs`, String(t.waitedMs)]);
    }
  }
  if (report.unimplemented) props.push(["unimplemented", report.unimplemented.join(", ")]);
  if (report.notServed && report.notServed.length > 0) props.push(["notServed", report.notServed.join(", ")]);
  return props;
}
