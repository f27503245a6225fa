/**
 * The kit never cries wolf: each legal server (the fake using one freedom the contract gives) passes
 * the whole suite with zero failures, and the report says where the kit saw the freedom. Where a
 * freedom and a break look alike from outside, a pair of runs shows the line the kit draws.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { BROKEN_SERVERS, CORPUS_RUN_OPTIONS, runAgainstBrokenServer, sideBySide, withProxiedFake } from "./broken-servers/index.js";
import { jsonResponse } from "./broken-servers/rewrite.js";
import { asynchronousCancel, LEGAL_SERVERS, runAgainstLegalServer, type LegalServer, type LegalServerRun } from "./legal-servers/index.js";
import { reportPassed, runConformance, type ConformanceReport } from "./runner.js";
import { confirmed } from "./test-support/confirm.js";

const failuresOf = (report: ConformanceReport) => report.results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.message ?? ""}`);
const legal = (id: string) => LEGAL_SERVERS.find((s) => s.id === id)!;
const broken = (id: string) => BROKEN_SERVERS.find((s) => s.id === id)!;

/** The run found nothing wrong and everything the server expected. */
const clean = ({ report, unmet }: LegalServerRun) => failuresOf(report).length === 0 && report.notExercised.length === 0 && unmet.length === 0 && reportPassed(report);

const noFailures = (report: ConformanceReport) => failuresOf(report).length === 0;

// Each server has its own fake and proxy, so all of them run side by side from the start.
describe("legal servers pass with zero failures and a note where the kit saw the freedom", () => {
  const runs = new Map<string, Promise<LegalServerRun>>();
  beforeAll(() => {
    const run = sideBySide(8);
    for (const server of LEGAL_SERVERS) {
      const started = run(() => confirmed(() => runAgainstLegalServer(server), clean));
      started.catch(() => undefined); // awaited, and so reported, by the server's own test
      runs.set(server.id, started);
    }
  });

  it("there are at least 15 of them, each with its own freedom", () => {
    expect(LEGAL_SERVERS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(LEGAL_SERVERS.map((s) => s.id)).size).toBe(LEGAL_SERVERS.length);
  });

  for (const server of LEGAL_SERVERS) {
    it(`${server.freedom} (${server.id}) passes`, async () => {
      const { report, unmet } = await runs.get(server.id)!;
      expect(failuresOf(report)).toEqual([]);
      expect(report.notExercised).toEqual([]);
      expect(unmet).toEqual([]);
      expect(reportPassed(report)).toBe(true);
    }, 180_000);
  }
});

/** The scenarios of a pair, run against a legal server or a variant of it. */
function runScenarios(server: LegalServer, only: string[], options = {}) {
  return withProxiedFake(server.id, server, (target) => runConformance(target, { ...CORPUS_RUN_OPTIONS, ...options, only }));
}

describe.concurrent("where a freedom and a break look alike, the kit draws the line", () => {
  const cancelScenarios = ["cancel-running-ends-cancelled", "client-cancel-ends-cancelled"];

  it("a cancel that shows within the cancel timeout passes; one that never shows within it fails", async () => {
    const late: LegalServer = { ...legal("cancel-asynchronous"), breakage: asynchronousCancel(6_000) };
    const lateCaught = (report: ConformanceReport) => report.results.find((r) => r.id === "cancel-running-ends-cancelled/cancelEndedOperation")?.status === "failed";
    const [inTime, tooLate] = await Promise.all([
      confirmed(() => runScenarios(legal("cancel-asynchronous"), cancelScenarios), noFailures),
      confirmed(() => runScenarios(late, cancelScenarios), lateCaught),
    ]);
    expect(failuresOf(inTime)).toEqual([]);
    expect(inTime.results.flatMap((r) => r.notes ?? [])).toContainEqual(expect.stringMatching(/showed after \d+ ms \(asynchronous, allowed\)/));
    const stillRunning = tooLate.results.find((r) => r.id === "cancel-running-ends-cancelled/cancelEndedOperation");
    expect(stillRunning?.status).toBe("failed");
    expect(stillRunning?.message).toMatch(/still running \d+ ms after the cancel[\s\S]*within 3000 ms \(the kit's --cancel-timeout\)/);
  }, 120_000);

  it("a server that does not enforce auth passes when told so; otherwise the failure names --auth-not-enforced", async () => {
    const open = legal("auth-not-enforced");
    const tokenScenarios = ["listOperations-missing-token", "getOperation-missing-token"];
    const [told, untold] = await Promise.all([
      runScenarios(open, tokenScenarios),
      runScenarios({ ...open, capabilities: { auth: true } }, tokenScenarios),
    ]);
    expect(told.results.map((r) => r.status)).toEqual(["skipped", "skipped"]);
    expect(told.results[0]?.message).toMatch(/--auth-not-enforced/);
    const refused = untold.results.find((r) => r.id === "listOperations-missing-token/missingTokenRefused");
    expect(refused?.status).toBe("failed");
    expect(refused?.message).toMatch(/Received: 200 OK[\s\S]*run with --auth-not-enforced/);
  });

  it("throttling within the budget passes; throttling past it ends the run as incomplete, not failed", async () => {
    const forever: LegalServer = {
      ...legal("throttled-429-retry-after"),
      breakage: () => ({ request: () => ({ ...jsonResponse(429, { error: { code: 429, message: "Quota exceeded.", status: "RESOURCE_EXHAUSTED" } }), headers: new Headers({ "content-type": "application/json", "retry-after": "1" }) }) }),
    };
    const only = ["list-operations-are-well-formed", "client-lists-and-gets"];
    const [within, past] = await Promise.all([
      confirmed(() => runScenarios(legal("transient-503"), only), (report) => noFailures(report) && reportPassed(report)),
      runScenarios(forever, only, { throttleBudgetMs: 1_500 }),
    ]);
    expect(failuresOf(within)).toEqual([]);
    expect(reportPassed(within)).toBe(true);
    expect(failuresOf(past)).toEqual([]);
    expect(past.incomplete).toBe("throttled");
    expect(past.results.map((r) => `${r.check} ${r.status}`)).toEqual(["throttled skipped", "throttled skipped"]);
    expect(past.throttling?.byStatus["429"]?.retries).toBeGreaterThan(0);
    expect(reportPassed(past)).toBe(false);
  }, 120_000);

  // Each pair: the legal server passes the scenario, the broken one fails the named check in it.
  const pairs: Array<[legal: string, broken: string]> = [
    ["wait-returns-at-once", "wait-holds-until-done"],
    ["cancel-of-finished-failed-precondition", "cancel-of-finished-replaces-result"],
    ["names-canonical-project-number", "names-switch-projects"],
    ["list-unimplemented", "get-unimplemented"],
    ["cancel-completes-despite", "cancel-ends-with-unknown"],
    ["pages-empty-between", "fresh-tokens-forever"],
    ["started-model-new-fields", "started-model-breaks-schema"],
    ["started-without-progress", "started-progress-goes-back"],
  ];
  for (const [legalId, brokenId] of pairs) {
    it(`${legalId} passes where ${brokenId} is caught by ${broken(brokenId).caughtBy}`, async () => {
      const scenario = broken(brokenId).caughtBy.split("/")[0]!;
      const [fine, caught] = await Promise.all([
        confirmed(() => runScenarios(legal(legalId), [scenario]), noFailures),
        confirmed(() => runAgainstBrokenServer(broken(brokenId)), (run) => run.caught),
      ]);
      expect(failuresOf(fine)).toEqual([]);
      expect(caught.caught, caught.expected?.message).toBe(true);
    }, 120_000);
  }
});
