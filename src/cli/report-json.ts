/**
 * The JSON reporter, for tools: a `summary` first (totals, whether the run passed and its exit code,
 * kit and spec versions, target, start time, and `incomplete` when the run could not complete), then
 * the report as the runner made it, with durations rounded to whole milliseconds: `throttling` (retries
 * and ms waited, in all and per status), `unimplemented` (operationIds) and `incomplete` by those names.
 * Fields the runner adds later appear as they are.
 */
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { stringifySafeJson } from "./escape.js";
import { roundDurations, defaultSummary, type RunSummary } from "./run-summary.js";

/** The summary and the report, as pretty-printed JSON with a trailing newline. */
export function formatJsonReport(report: ConformanceReport, summary: RunSummary = defaultSummary(report)): string {
  // Lone surrogates become U+FFFD, so jq and strict UTF-8 decoders accept the file.
  return stringifySafeJson({ summary, ...roundDurations(report) }, 2) + "\n";
}
