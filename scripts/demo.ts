/**
 * `npm start`: the kit end to end with no account and no network. Starts the fake (in this process)
 * and Prism's mock of the spec, runs the conformance suite against both with their capabilities, and
 * prints each report. The exit code is the CLI's: 0 when both conform, 1 otherwise.
 */
import type { ConformanceReport } from "../contract-tests/runner.js";
import { defineTarget, FAKE_CAPABILITIES, PRISM_MOCK_CAPABILITIES, type Target } from "../contract-tests/target.js";
import { createFakeServer, DEFAULT_PARENT } from "../src/fake/index.js";
import { outcomeOf } from "../src/cli/outcome.js";
import { countByStatus, formatConsoleReport, progressLine } from "../src/cli/report-console.js";
import { runSuite } from "../src/cli/suite.js";
import { startPrism } from "./prism.js";

/** The parent of the fake's default seed, which the spec's examples use too. */
const DEMO_PARENT = DEFAULT_PARENT;

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
const fake = await createFakeServer({ port: 0, host: "127.0.0.1", seed: "default", requireAuth: true });
const mock = await startPrism({ mode: "mock" }).catch(async (err: unknown) => {
  await fake.close();
  throw err;
});
let exitCode = 0;
try {
  const reports = [
    await run(
      defineTarget({
        name: "fake",
        baseUrl: fake.url,
        parent: DEMO_PARENT,
        token: "demo-token",
        capabilities: { ...FAKE_CAPABILITIES, auth: true },
      }),
    ),
    // The mock enforces the spec's security schemes too; any non-empty token will do for either.
    await run(
      defineTarget({
        name: "Prism mock",
        baseUrl: mock.url,
        parent: DEMO_PARENT,
        token: "demo-token",
        capabilities: PRISM_MOCK_CAPABILITIES,
      }),
    ),
  ];
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
