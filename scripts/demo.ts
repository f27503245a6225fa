/**
 * `npm start`: the kit end to end with no account and no network. Starts the fake (in this process)
 * and Prism's mock of the spec, runs the conformance suite against both with their capabilities, and
 * prints each report. The exit code is the CLI's: 0 when both conform, 1 otherwise.
 */
import type { ConformanceReport } from "../contract-tests/runner.js";
import type { Target } from "../contract-tests/target.js";
import { startFakeTarget, startPrismMockTarget } from "../contract-tests/targets/local.js";
import { outcomeOf } from "../src/cli/outcome.js";
import { countByStatus, formatConsoleReport, progressLine } from "../src/cli/report-console.js";
import { runSuite } from "../src/cli/suite.js";

async function run(target: Target): Promise<ConformanceReport> {
  process.stderr.write(`\n▶ ${target.name} at ${target.baseUrl}\n`);
  const report = await runSuite(target, {}, (scenario, results, done, total) =>
    process.stderr.write(progressLine(scenario, results, done, total) + "\n"),
  );
  process.stdout.write("\n" + formatConsoleReport(report));
  return report;
}

const started = performance.now();
// The fake refuses requests without a token, as the service does, so the missing-token checks run too.
const fake = await startFakeTarget({ fake: { requireAuth: true } });
const mock = await startPrismMockTarget().catch(async (err: unknown) => {
  await fake.close();
  throw err;
});
let exitCode = 0;
try {
  const reports = [await run(fake.target), await run(mock.target)];
  process.stdout.write("\nSummary\n");
  for (const report of reports) {
    const c = countByStatus(report.results);
    // A stateless mock cannot show semantics: what it could not exercise is expected, not a failure.
    const outcome = outcomeOf(report, !report.target.capabilities.stateful);
    exitCode = Math.max(exitCode, outcome.exitCode);
    process.stdout.write(
      `  ${report.target.name.padEnd(12)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped ` +
        `in ${(report.durationMs / 1000).toFixed(1)} s — ${outcome.reason ?? "conforms"}\n`,
    );
  }
  process.stdout.write(`  total wall time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} finally {
  await Promise.all([fake.close(), mock.close()]);
}
process.exitCode = exitCode;
