/**
 * Wall time of a full conformance run against a server 100 ms away (the fake with 100 ms of latency
 * on every method, as `automl-ops fake --fault '*:latency:100'`), one scenario at a time and with the
 * runner's workers, side by side in one process; the two runs must give the same results.
 *
 *   npx tsx bench/conformance-time.ts [latencyMs=100] [workers=runner default] [--start-operations]
 *
 * Each run gets a fresh fake: the suite cancels and deletes operations. As on the command line, the
 * lifecycle scenarios of the methods that start operations run only with --start-operations (their
 * operations then run 0.5 s each on the fake, QUICK_START_DURATIONS).
 */
import { DEFAULT_CONCURRENCY, runConformance, type ConformanceReport } from "../contract-tests/runner.js";
import { startFakeTarget } from "../contract-tests/targets/local.js";

const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const latencyMs = Number(positional[0] ?? 100);
const workers = Number(positional[1] ?? DEFAULT_CONCURRENCY);
const startOperations = process.argv.includes("--start-operations");

async function timedRun(concurrency: number): Promise<{ report: ConformanceReport; ms: number }> {
  const fake = await startFakeTarget({ fake: { requireAuth: true, faults: [{ method: "*", kind: "latency", ms: latencyMs }] } });
  try {
    const start = performance.now();
    const target = { ...fake.target, capabilities: { ...fake.target.capabilities, startOperations } };
    const report = await runConformance(target, { concurrency });
    return { report, ms: performance.now() - start };
  } finally {
    await fake.close();
  }
}

/** Every result as `id status`, in report order: what "the same results" means. */
const outcome = (report: ConformanceReport) => report.results.map((r) => `${r.id} ${r.status}`);

function line(label: string, run: { report: ConformanceReport; ms: number }): string {
  const count = (s: string) => run.report.results.filter((r) => r.status === s).length;
  return `${label.padEnd(26)} ${(run.ms / 1000).toFixed(2).padStart(6)} s  ${run.report.results.length} checks: ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`;
}

const sequential = await timedRun(1);
const concurrent = await timedRun(workers);

console.log(`full conformance run against the fake with ${latencyMs} ms latency per request${startOperations ? ", starting operations" : ""}`);
console.log(line("sequential (workers 1)", sequential));
console.log(line(`concurrent (workers ${workers})`, concurrent));
const a = outcome(sequential.report);
const b = outcome(concurrent.report);
const differ = a.filter((x) => !b.includes(x)).concat(b.filter((x) => !a.includes(x)));
console.log(`same results: ${differ.length === 0 ? "yes" : `no (${differ.join("; ")})`}`);
console.log(`ratio sequential/concurrent: ${(sequential.ms / concurrent.ms).toFixed(1)}×`);
