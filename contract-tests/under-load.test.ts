/**
 * Timing verdicts hold on a busy machine (issue 17, part 3): with two busy processes per core beside it,
 * every legal server still passes and the timing breaks are still caught. The kit's slack comes from
 * the run's own round trips and a late wait is measured again before it is reported, so load makes the
 * kit slower, never wrong.
 *
 * The hogs are child processes of this test, started before the runs and killed by their own handles
 * (their PIDs) after, whatever the outcome.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "../src/fake/index.js";
import { BROKEN_SERVER_PARENT, BROKEN_SERVERS, CORPUS_RUN_OPTIONS, runAgainstBrokenServer, sideBySide, startBreakingProxy, type BrokenServerRun } from "./broken-servers/index.js";
import { LEGAL_SERVERS, type LegalServer } from "./legal-servers/index.js";
import { runConformance, type ConformanceReport } from "./runner.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";
import { LOCAL_TOKEN, QUICK_START_DURATIONS } from "./targets/local.js";

/** The breaks whose verdict is a matter of time. */
const TIMING_BREAKS = ["wait-holds-until-done", "wait-ignores-timeout"];
/**
 * The scenarios whose verdicts are timed to the wire (a wait's answer against its timeout): what load
 * could turn. The whole suite runs against every legal server in legal-servers.test.ts; here only what
 * a busy machine could change, so the hogs run for seconds, not minutes, beside the rest of `npm test`.
 */
const TIMED_SCENARIOS = ["wait-"];
const HOGS_PER_CORE = 2;

/**
 * Runs the timed scenarios against one legal server. The wait scenarios change nothing, so legal servers
 * that need no fake of their own share one (one for those that require a token, one for the others):
 * starting a fake per server would be most of the test's work.
 */
async function runTimed(server: LegalServer, shared: (auth: boolean) => Promise<FakeServer>): Promise<ConformanceReport> {
  const auth = server.auth ?? false;
  const options = typeof server.fake === "function" ? server.fake() : server.fake;
  const own = options ? await createFakeServer({ startDurations: QUICK_START_DURATIONS, ...options, port: 0, host: "127.0.0.1", requireAuth: auth }) : undefined;
  const fake = own ?? (await shared(auth));
  try {
    const proxy = await startBreakingProxy(fake.url, server.breakage(fake.url));
    try {
      const target = defineTarget({
        name: server.id,
        baseUrl: proxy.url,
        parent: BROKEN_SERVER_PARENT,
        ...((server.sendToken ?? auth) ? { token: LOCAL_TOKEN } : {}),
        capabilities: { ...FAKE_CAPABILITIES, auth, ...server.capabilities },
      });
      return await runConformance(target, { ...CORPUS_RUN_OPTIONS, only: TIMED_SCENARIOS });
    } finally {
      await proxy.close();
    }
  } finally {
    await own?.close();
  }
}

const failuresOf = (report: ConformanceReport) => report.results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.message ?? ""}`);

describe("under CPU load (two busy processes per core)", () => {
  const hogs: ChildProcess[] = [];
  const legal = new Map<string, Promise<ConformanceReport>>();
  const fakes = new Map<boolean, Promise<FakeServer>>();
  const shared = (auth: boolean) => {
    if (!fakes.has(auth)) fakes.set(auth, createFakeServer({ startDurations: QUICK_START_DURATIONS, port: 0, host: "127.0.0.1", requireAuth: auth }));
    return fakes.get(auth)!;
  };
  const broken = new Map<string, Promise<BrokenServerRun>>();
  let started = 0;

  beforeAll(() => {
    for (let i = 0; i < HOGS_PER_CORE * availableParallelism(); i++) {
      hogs.push(spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
    }
    started = performance.now();
    const run = sideBySide(8);
    // The breaks first: each holds its waits for seconds and is measured twice, so started last they
    // would be the run's tail, with the hogs burning beside them and the rest of npm test.
    for (const id of TIMING_BREAKS) {
      const ran = run(() => runAgainstBrokenServer(BROKEN_SERVERS.find((s) => s.id === id)!));
      ran.catch(() => undefined); // awaited by the break's own test
      broken.set(id, ran);
    }
    for (const server of LEGAL_SERVERS) {
      const ran = run(() => runTimed(server, shared));
      ran.catch(() => undefined); // awaited by the server's own test
      legal.set(server.id, ran);
    }
  });

  afterAll(async () => {
    for (const hog of hogs) if (hog.pid !== undefined && hog.exitCode === null) process.kill(hog.pid, "SIGKILL");
    await Promise.all(hogs.map((hog) => (hog.exitCode !== null || hog.signalCode !== null ? undefined : new Promise((resolve) => hog.once("exit", resolve)))));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    await Promise.all([...fakes.values()].map(async (fake) => (await fake).close()));
    console.log(`under load: ${hogs.length} busy processes beside ${legal.size} legal and ${broken.size} broken servers, ${seconds} s`);
  });

  it("the hogs are running", () => {
    expect(hogs.length).toBeGreaterThanOrEqual(2);
    expect(hogs.every((hog) => hog.pid !== undefined && hog.exitCode === null)).toBe(true);
  });

  for (const server of LEGAL_SERVERS) {
    it(`legal ${server.id} passes its timed scenarios`, async () => {
      const report = await legal.get(server.id)!;
      expect(failuresOf(report)).toEqual([]);
      expect(report.notExercised).toEqual([]);
    }, 120_000);
  }

  for (const id of TIMING_BREAKS) {
    it(`broken ${id} is still caught, with both measurements in the message`, async () => {
      const { caught, expected, report } = await broken.get(id)!;
      expect(caught, JSON.stringify(report.results.filter((r) => r.check === "returnedWithin" || r.status !== "passed"))).toBe(true);
      expect(expected?.message).toMatch(/measured twice: first .* ms on .*, again .* ms on /);
    }, 120_000);
  }
});
