/**
 * Where the history's rules draw their lines (style lesson 15): for each break only the history shows,
 * a legal server next to it passes the same scenarios. One change another client could have made passes
 * (noted); the same change around a second request of the kit is the server's. An operation finishing
 * on its own between two reads is time, not a changed result.
 */
import { describe, expect, it } from "vitest";
import { BROKEN_SERVERS, CORPUS_RUN_OPTIONS, runAgainstBrokenServer, scenariosOf, withProxiedFake } from "../broken-servers/index.js";
import { LEGAL_SERVERS, type LegalServer } from "../legal-servers/index.js";
import { runConformance, type ConformanceReport } from "../runner.js";
import { HISTORY_JUDGE } from "./scenarios.js";

const legal = (id: string) => LEGAL_SERVERS.find((s) => s.id === id)!;
const broken = (id: string) => BROKEN_SERVERS.find((s) => s.id === id)!;
const failuresOf = (report: ConformanceReport) => report.results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.message ?? ""}`);

function runScenarios(server: LegalServer, only: string[]): Promise<ConformanceReport> {
  return withProxiedFake(server.id, server, (target) => runConformance(target, { ...CORPUS_RUN_OPTIONS, only }));
}

describe.concurrent("the history's lines: a legal server passes where the broken one is caught", () => {
  const pairs: Array<[legal: string, broken: string, note?: RegExp]> = [
    ["another-client-cancels-once", "cancel-cancels-another", /once only, not reproduced on another cancel/],
    ["finishes-around-cancels", "cancel-cancels-another"],
    ["another-client-deletes-once", "delete-removes-another", /once only, not reproduced on another delete/],
    ["pages-at-most-three", "page-size-zero-refused"],
    ["finishes-around-cancels", "done-result-changes"],
  ];
  for (const [legalId, brokenId, expectedNote] of pairs) {
    it(`${legalId} passes where ${brokenId} is caught by ${broken(brokenId).caughtBy}`, async () => {
      const server = broken(brokenId);
      // The broken server's scenarios, with the watched cancel and delete, so the legal one meets the same requests.
      const only = [...new Set(["changes-touch-only-the-named-operation", ...scenariosOf(server), HISTORY_JUDGE])];
      const [fine, caught] = await Promise.all([runScenarios(legal(legalId), only), runAgainstBrokenServer(server)]);
      expect(failuresOf(fine)).toEqual([]);
      expect(caught.caught, caught.expected?.message).toBe(true);
      if (expectedNote) {
        const judged = fine.results.find((r) => r.id === server.caughtBy);
        expect(judged?.status).toBe("passed");
        expect(judged?.notes ?? []).toContainEqual(expect.stringMatching(expectedNote));
      }
    }, 60_000);
  }
});
