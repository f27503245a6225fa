/**
 * Runs the conformance suite against a server of the corpora: a fresh fake (so destructive scenarios of
 * one run never leave traces in another), a proxy in front that breaks one rule or uses one freedom, and
 * a target with the fake's capabilities. Shared by the self-tests, the legal servers and the benchmark.
 */
import { createFakeServer, DEFAULT_PARENT, type FakeServerOptions } from "../../src/fake/index.js";
import { runConformance, type CheckResult, type ConformanceReport, type RunOptions } from "../runner.js";
import { defineTarget, FAKE_CAPABILITIES, type Capabilities, type Target } from "../target.js";
import { LOCAL_TOKEN, QUICK_START_DURATIONS } from "../targets/local.js";
import { IDLE_CONNECTION_MS, startBreakingProxy, type Breakage } from "./proxy.js";
import type { BrokenServer } from "./types.js";

/** The parent of the fake's default seed. */
export const BROKEN_SERVER_PARENT = DEFAULT_PARENT;

/**
 * Bounds for runs against the corpora: the server is local, so a cancel that has not shown in 3 s never
 * will (the kit's default, for remote servers, is 10 s).
 */
export const CORPUS_RUN_OPTIONS: RunOptions = { cancelTimeoutMs: 3_000 };

type FakeOptions = Omit<FakeServerOptions, "port" | "host" | "requireAuth">;

export interface ProxiedFake {
  /** The rule it breaks or the freedom it uses; built per start with the upstream's URL. */
  breakage: (upstream: string) => Breakage;
  /** The fake refuses requests without a token, and the target sends one. @default false */
  auth?: boolean;
  /** The target sends a token even though the fake does not ask for one. @default auth */
  sendToken?: boolean;
  /**
   * More options of the fake behind the proxy, or a function making them at each start (a seed laid out
   * from the start's clock). @default started operations run QUICK_START_DURATIONS
   */
  fake?: FakeOptions | (() => FakeOptions);
  /** Capabilities beyond the fake's. @default {} */
  capabilities?: Partial<Capabilities>;
}

/** Starts a fresh fake and the proxy in front, hands the target to `use`, stops both. */
export async function withProxiedFake<T>(name: string, server: ProxiedFake, use: (target: Target) => Promise<T>): Promise<T> {
  const auth = server.auth ?? false;
  const options = typeof server.fake === "function" ? server.fake() : server.fake;
  const fake = await createFakeServer({ startDurations: QUICK_START_DURATIONS, keepAliveTimeoutMs: IDLE_CONNECTION_MS, ...options, port: 0, host: "127.0.0.1", requireAuth: auth });
  try {
    const proxy = await startBreakingProxy(fake.url, server.breakage(fake.url));
    try {
      const target = defineTarget({
        name,
        baseUrl: proxy.url,
        parent: BROKEN_SERVER_PARENT,
        ...((server.sendToken ?? auth) ? { token: LOCAL_TOKEN } : {}),
        capabilities: { ...FAKE_CAPABILITIES, auth, ...server.capabilities },
      });
      return await use(target);
    } finally {
      await proxy.close();
    }
  } finally {
    await fake.close();
  }
}

/** The scenarios to run against `server`: its own list, else the scenario of the check that catches it. */
export function scenariosOf(server: BrokenServer): string[] {
  return server.scenarios ?? [server.caughtBy.split("/")[0]!];
}

export interface BrokenServerRun {
  report: ConformanceReport;
  /** The result of `server.caughtBy`, if the run produced it. */
  expected?: CheckResult;
  /** The expected check failed, for the expected reason. */
  caught: boolean;
}

/** Starts the fake and the broken server, runs its scenarios, stops both. */
export async function runAgainstBrokenServer(server: BrokenServer, options: RunOptions = {}): Promise<BrokenServerRun> {
  const proxied: ProxiedFake = {
    breakage: server.breakage,
    auth: server.requiresAuth ?? false,
    ...(server.startDurations ? { fake: { startDurations: server.startDurations } } : {}),
  };
  return withProxiedFake(server.id, proxied, async (target) => {
    const report = await runConformance(target, { ...CORPUS_RUN_OPTIONS, ...server.options, ...options, only: scenariosOf(server) });
    const expected = report.results.find((r) => r.id === server.caughtBy);
    const caught = expected?.status === "failed" && (!server.reason || server.reason.test(expected.message ?? ""));
    return { report, ...(expected ? { expected } : {}), caught };
  });
}

/**
 * Runs tasks with at most `limit` in flight; each call returns its own promise at once. The corpora
 * start every run up front this way and each test awaits its own, so a waiting run (a cancel bound, a
 * held wait) never holds the others back.
 */
export function sideBySide(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    if (active >= limit) return;
    const start = queue.shift();
    if (start) {
      active += 1;
      start();
    }
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task().then(resolve, reject).finally(() => {
          active -= 1;
          next();
        });
      });
      next();
    });
}
