/**
 * The JSON reporter: the ConformanceReport as it is, for tools. Stable key order comes from the runner.
 */
import type { ConformanceReport } from "../../contract-tests/runner.js";

/** The report as pretty-printed JSON with a trailing newline. */
export function formatJsonReport(report: ConformanceReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
