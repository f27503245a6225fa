/**
 * The kit tests what the user asked it to test (issue 17, part 1): the methods that start operations are
 * called only with --start-operations, a path naming a model or dataset never carries an operation's id,
 * and a method the server does not route at all is reported "not served", not failed, unless the user
 * named it.
 */
import { describe, expect, it } from "vitest";
import { CORPUS_RUN_OPTIONS, withProxiedFake } from "./broken-servers/index.js";
import { LEGAL_SERVERS } from "./legal-servers/index.js";
import { reportPassed, runConformance, type ConformanceReport } from "./runner.js";
import type { WireRecord } from "./transport.js";

const OPS_ONLY = LEGAL_SERVERS.find((s) => s.id === "operations-resource-only")!;
const STARTERS = ["batchPredict", "createModel", "deleteDataset", "deleteModel", "deployModel", "exportData", "exportEvaluatedExamples", "exportModel", "importData", "undeployModel"];
const RESOURCE_PATH = /\/(models|datasets)(\/|$|\?|:)/;

const failuresOf = (report: ConformanceReport) => report.results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.message ?? ""}`);
/** Scenarios that sent to a method that starts operations: every generic one of such a method and the lifecycles. */
const startingScenarioIds = (report: ConformanceReport) =>
  [...new Set(report.results.filter((r) => r.operationIds.some((id) => STARTERS.includes(id))).map((r) => r.scenario))];

describe.concurrent("scope: what the user asked the kit to test", () => {
  it("without --start-operations no request reaches a model or dataset, and every scenario of those methods is skipped naming the capability", async () => {
    const wire: WireRecord[] = [];
    const report = await withProxiedFake("ops-only", OPS_ONLY, (target) => runConformance(target, { ...CORPUS_RUN_OPTIONS, onRecord: (r) => wire.push(r) }));
    expect(failuresOf(report)).toEqual([]);
    expect(report.notExercised).toEqual([]);
    expect(reportPassed(report)).toBe(true);
    expect(wire.filter((r) => RESOURCE_PATH.test(new URL(r.url).pathname)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const scoped = report.results.filter((r) => startingScenarioIds(report).includes(r.scenario));
    expect(scoped.length).toBeGreaterThan(40);
    for (const r of scoped) expect(`${r.id} ${r.status} ${r.message}`).toMatch(/ skipped .*needs capability .*startOperations/);
  }, 60_000);

  it("with --start-operations, methods the server routes nowhere are listed as not served and the run passes", async () => {
    const report = await withProxiedFake("ops-only", { ...OPS_ONLY, capabilities: { startOperations: true } }, (target) => runConformance(target, CORPUS_RUN_OPTIONS));
    expect(failuresOf(report)).toEqual([]);
    expect(report.notExercised).toEqual([]);
    expect(report.notServed).toEqual(STARTERS);
    expect(reportPassed(report)).toBe(true);
    const skip = report.results.find((r) => r.id === "deployModel-lifecycle-complete/not-served");
    expect(skip?.message).toMatch(/deployModel, which the target does not serve \(404 \(no status\) and 404 \(no status\) to the resource the spec's examples name/);
  }, 60_000);

  it("a method named with --only is not set aside: its not being served fails the run with the evidence", async () => {
    const only = ["deployModel-lifecycle-complete"];
    const report = await withProxiedFake("ops-only", { ...OPS_ONLY, capabilities: { startOperations: true } }, (target) => runConformance(target, { ...CORPUS_RUN_OPTIONS, only }));
    expect(report.notServed).toEqual([]);
    const failed = report.results.find((r) => r.id === "deployModel-lifecycle-complete/methodServed");
    expect(failed?.status).toBe("failed");
    expect(failed?.message).toMatch(/deployModel is not served[\s\S]*Received: 404 \(no status\)/);
  }, 30_000);

  it("with --start-operations on a server that serves them, malformed input goes to the example's model or dataset, never to an operation id", async () => {
    const wire: WireRecord[] = [];
    const only = STARTERS.map((id) => `${id}-malformed-input`);
    const report = await withProxiedFake("fake", { breakage: () => ({}) }, (target) => runConformance(target, { ...CORPUS_RUN_OPTIONS, only, onRecord: (r) => wire.push(r) }));
    expect(failuresOf(report)).toEqual([]);
    expect(report.notServed).toEqual([]);
    const resources = wire.map((r) => new URL(r.url).pathname).filter((p) => RESOURCE_PATH.test(p));
    expect(resources.length).toBeGreaterThan(10);
    expect(resources.filter((p) => /\/(models|datasets)\/(RUN|FST|SUC|ERR)\d+/.test(p))).toEqual([]);
    expect(resources).toContainEqual(expect.stringMatching(/\/models\/TBL2866487218853462016:deploy$/));
  }, 30_000);
});
