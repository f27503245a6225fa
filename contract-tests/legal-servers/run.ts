/**
 * Runs the whole suite against one legal server and says what of its expectations the report misses.
 */
import { CORPUS_RUN_OPTIONS, withProxiedFake } from "../broken-servers/run.js";
import { runConformance, type ConformanceReport, type RunOptions } from "../runner.js";
import type { LegalServer } from "./types.js";

export interface LegalServerRun {
  report: ConformanceReport;
  /** What the server expected and the report does not show; empty when the kit saw it all. */
  unmet: string[];
}

/** Every note and every skip's reason of the report: where the kit says what it saw. */
export function evidenceOf(report: ConformanceReport): string[] {
  return report.results.flatMap((r) => [...(r.notes ?? []), ...(r.status === "skipped" && r.message ? [r.message] : [])]);
}

/** The expectations of `server` the report does not meet. */
export function unmetExpectations(server: LegalServer, report: ConformanceReport): string[] {
  const unmet: string[] = [];
  const { note, unimplemented, throttled } = server.expect;
  if (note && !evidenceOf(report).some((text) => note.test(text))) unmet.push(`no note matching ${note}`);
  if (unimplemented && JSON.stringify(report.unimplemented) !== JSON.stringify(unimplemented)) {
    unmet.push(`unimplemented ${JSON.stringify(report.unimplemented)}, expected ${JSON.stringify(unimplemented)}`);
  }
  if (throttled && !(report.throttling && report.throttling.retries > 0)) unmet.push("no throttling reported");
  return unmet;
}

/** Starts the fake and the legal server, runs the whole suite, stops both. */
export async function runAgainstLegalServer(server: LegalServer, options: RunOptions = {}): Promise<LegalServerRun> {
  return withProxiedFake(server.id, server, async (target) => {
    const report = await runConformance(target, { ...CORPUS_RUN_OPTIONS, ...options });
    return { report, unmet: unmetExpectations(server, report) };
  });
}
