/**
 * Figures of the conformance kit, measured in one run on this machine:
 *   - wall time of a full conformance run against the fake and against Prism's mock;
 *   - broken servers caught by their named check, out of those built;
 *   - false failures on the correct servers (the fake, the fake behind a pass-through proxy, the mock).
 *
 *   npx tsx bench/conformance-time.ts
 */
import { BROKEN_SERVERS, runAgainstBrokenServer, startBreakingProxy } from "../contract-tests/broken-servers/index.js";
import { runConformance, type ConformanceReport } from "../contract-tests/runner.js";
import { defineTarget, FAKE_CAPABILITIES } from "../contract-tests/target.js";
import { startFakeTarget, startPrismMockTarget } from "../contract-tests/targets/local.js";
import { createFakeServer } from "../src/fake/index.js";

const PARENT = "projects/demo/locations/us-central1";


const failed = (report: ConformanceReport) => report.results.filter((r) => r.status === "failed");

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

function line(label: string, report: ConformanceReport, ms: number): string {
  const passed = report.results.filter((r) => r.status === "passed").length;
  return `${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${report.results.length} checks, ${passed} passed, ${failed(report).length} failed`;
}

// Full run against the fake (wall time includes starting and stopping it).
const fakeRun = await timed(async () => {
  const fake = await startFakeTarget();
  try {
    return await runConformance(fake.target);
  } finally {
    await fake.close();
  }
});

// The same fake behind the breaking proxy with no breakage: the proxy alone must change nothing.
const proxiedRun = await timed(async () => {
  const fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
  const proxy = await startBreakingProxy(fake.url, {});
  try {
    return await runConformance(defineTarget({ name: "fake via pass-through", baseUrl: proxy.url, parent: PARENT, capabilities: FAKE_CAPABILITIES }));
  } finally {
    await proxy.close();
    await fake.close();
  }
});

// Full run against Prism's mock (wall time includes starting Prism).
const mockRun = await timed(async () => {
  const mock = await startPrismMockTarget();
  try {
    return await runConformance(mock.target);
  } finally {
    await mock.close();
  }
});

// Each broken server, with the scenarios it names.
let caught = 0;
const missed: string[] = [];
const brokenRun = await timed(async () => {
  for (const server of BROKEN_SERVERS) {
    if ((await runAgainstBrokenServer(server)).caught) caught += 1;
    else missed.push(server.id);
  }
});

console.log(line("full run, fake", fakeRun.value, fakeRun.ms));
console.log(line("full run, fake via proxy", proxiedRun.value, proxiedRun.ms));
console.log(line("full run, Prism mock", mockRun.value, mockRun.ms));
console.log(`broken servers caught        ${caught}/${BROKEN_SERVERS.length} in ${(brokenRun.ms / 1000).toFixed(2)} s${missed.length ? ` (missed: ${missed.join(", ")})` : ""}`);
const falseFailures = [fakeRun.value, proxiedRun.value, mockRun.value].flatMap(failed);
console.log(`false failures on correct servers: ${falseFailures.length}`);
for (const f of falseFailures) console.log(`  ${f.id}: ${f.message?.split("\n")[0] ?? ""}`);
console.log(`ratio mock/fake wall time: ${(mockRun.ms / fakeRun.ms).toFixed(1)}×`);
