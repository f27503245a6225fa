/**
 * Runs the conformance suite against one broken server: a fresh fake (so destructive scenarios of one
 * run never leave traces in another), the breaking proxy in front, and a target with the fake's
 * capabilities. Shared by the self-test and the benchmark.
 */
import { createFakeServer, DEFAULT_PARENT } from "../../src/fake/index.js";
import { runConformance, type CheckResult, type ConformanceReport } from "../runner.js";
import { defineTarget, FAKE_CAPABILITIES } from "../target.js";
import { startBreakingProxy } from "./proxy.js";
import type { BrokenServer } from "./types.js";

/** The parent of the fake's default seed. */
export const BROKEN_SERVER_PARENT = DEFAULT_PARENT;

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
export async function runAgainstBrokenServer(server: BrokenServer): Promise<BrokenServerRun> {
  const auth = server.requiresAuth ?? false;
  const fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: auth });
  try {
    const proxy = await startBreakingProxy(fake.url, server.breakage());
    try {
      const target = defineTarget({
        name: server.id,
        baseUrl: proxy.url,
        parent: BROKEN_SERVER_PARENT,
        ...(auth ? { token: "contract-test-token" } : {}),
        capabilities: { ...FAKE_CAPABILITIES, auth },
      });
      const report = await runConformance(target, { only: scenariosOf(server) });
      const expected = report.results.find((r) => r.id === server.caughtBy);
      const caught = expected?.status === "failed" && (!server.reason || server.reason.test(expected.message ?? ""));
      return { report, ...(expected ? { expected } : {}), caught };
    } finally {
      await proxy.close();
    }
  } finally {
    await fake.close();
  }
}
