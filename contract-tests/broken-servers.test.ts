/**
 * The kit tests itself: each broken server (the fake with one contract break) must be caught by the
 * check named for that break, and the correct fake must pass with no failure at all — through the
 * same proxy, so the proxy itself is shown to change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer } from "../src/fake/index.js";
import { CHECK_NAMES, RUNNER_RESULT_NAMES } from "./checks/catalog.js";
import { BROKEN_SERVER_PARENT, BROKEN_SERVERS, runAgainstBrokenServer, sideBySide, startBreakingProxy, type BrokenServerRun } from "./broken-servers/index.js";
import { runConformance, type ConformanceReport } from "./runner.js";
import { confirmed } from "./test-support/confirm.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";
import { QUICK_START_DURATIONS, startFakeTarget, startPrismMockTarget, type RunningTarget } from "./targets/local.js";

const PARENT = BROKEN_SERVER_PARENT;

function fakeTarget(baseUrl: string, name: string) {
  return defineTarget({ name, baseUrl, parent: PARENT, capabilities: FAKE_CAPABILITIES });
}

function failuresOf(report: ConformanceReport): string[] {
  return report.results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.message ?? ""}`);
}

// Each broken server has its own fake and proxy, so all of them run side by side from the start; a
// server not caught is confirmed alone before it is reported (test-support/confirm.ts).
describe("broken servers are caught by the check named for their break", () => {
  const runs = new Map<string, Promise<BrokenServerRun>>();
  beforeAll(() => {
    const run = sideBySide(12);
    for (const server of BROKEN_SERVERS) {
      const started = run(() => confirmed(() => runAgainstBrokenServer(server), (outcome) => outcome.caught));
      started.catch(() => undefined); // awaited, and so reported, by the server's own test
      runs.set(server.id, started);
    }
  });

  it("there are at least 30 of them, each with its own break", () => {
    expect(BROKEN_SERVERS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BROKEN_SERVERS.map((s) => s.id)).size).toBe(BROKEN_SERVERS.length);
  });

  for (const server of BROKEN_SERVERS) {
    it(`${server.description} is caught by ${server.caughtBy}`, async () => {
      const { report, expected } = await runs.get(server.id)!;
      expect(expected, `no result ${server.caughtBy}; ids: ${report.results.map((r) => r.id).join(", ")}`).toBeDefined();
      expect(expected?.status, expected?.message).toBe("failed");
      if (server.reason) expect(expected?.message).toMatch(server.reason);
    }, 180_000);
  }
});

describe("correct servers pass with zero failures", () => {
  let fake: RunningTarget;
  beforeAll(async () => {
    // With auth on, the missing-token scenarios run too: nothing of the suite is left out.
    fake = await startFakeTarget({ fake: { requireAuth: true } });
  });
  afterAll(() => fake?.close());

  it("the fake passes every check, each one a check the catalog names", async () => {
    // A run deletes only datasets it created or that the requests name (it creates none): one is named.
    const report = await runConformance(fake.target, { startRequests: { deleteDataset: { path: { datasetsId: "ICN3704830353955782656" } } } });
    expect(failuresOf(report)).toEqual([]);
    expect(report.notExercised).toEqual([]);
    expect(report.results.filter((r) => r.status === "skipped").map((r) => r.id)).toEqual([]);
    // The catalog (--checks, help checks) names every check a whole run reports.
    const reported = new Set(report.results.map((r) => r.check));
    expect([...reported].filter((name) => !CHECK_NAMES.includes(name) && !RUNNER_RESULT_NAMES.includes(name))).toEqual([]);
    // The run reached most of the catalog, so the comparison above was not made on a handful of names.
    expect(CHECK_NAMES.filter((name) => reported.has(name)).length).toBeGreaterThan(CHECK_NAMES.length / 2);
  });

  it("the fake behind a pass-through proxy passes every check", async () => {
    const second = await createFakeServer({ port: 0, host: "127.0.0.1", startDurations: QUICK_START_DURATIONS });
    const proxy = await startBreakingProxy(second.url, {});
    try {
      const report = await runConformance(fakeTarget(proxy.url, "fake via proxy"));
      expect(failuresOf(report)).toEqual([]);
    } finally {
      await proxy.close();
      await second.close();
    }
  });
});

describe("Prism's mock of the spec", () => {
  let mock: RunningTarget | undefined;
  beforeAll(async () => {
    mock = await startPrismMockTarget();
  });
  afterAll(() => mock?.close());

  it("passes every check its capabilities allow", async () => {
    const report = await runConformance(mock!.target);
    expect(failuresOf(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === "passed").length).toBeGreaterThan(0);
  });
});
