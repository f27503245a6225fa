/**
 * The generic scenarios reach the methods that start operations too. A documented create starts real
 * work under the target's parent (training a model costs money), so it is no generic scenario: its
 * lifecycle scenarios send it, only on a target that lets the kit start operations. The other starters'
 * documented requests address unknown resources and run anywhere.
 */
import { describe, expect, it } from "vitest";
import { createFakeServer } from "../src/fake/index.js";
import { listScenarios, runConformance } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";
import { QUICK_START_DURATIONS } from "./targets/local.js";

const PARENT = "projects/demo/locations/us-central1";

describe("generic scenarios of the methods that start operations", () => {
  it("send no documented create: the lifecycle does, with startOperations", () => {
    const scenarios = listScenarios(loadSpec());
    const ids = scenarios.map((s) => s.id);
    expect(ids).not.toContain("createModel-documented-request");
    for (const id of ["deployModel", "deleteModel", "importData", "getOperation"]) expect(ids, id).toContain(`${id}-documented-request`);
    const lifecycle = scenarios.find((s) => s.id === "createModel-lifecycle-complete")!;
    expect(lifecycle.requires).toEqual(["stateful", "startOperations"]);
    expect(lifecycle.operationIds).toContain("createModel");
  });

  it("probe a collection path with a method other than GET, which Google binds to List (AIP-132)", () => {
    const ids = listScenarios(loadSpec()).map((s) => s.id);
    expect(ids).toContain("createModel-path-refuses-DELETE");
    expect(ids).not.toContain("createModel-path-refuses-GET");
    expect(ids).toContain("listOperations-path-refuses-POST");
    expect(ids).toContain("deployModel-path-refuses-GET");
    expect(ids).toContain("cancelOperation-path-refuses-GET");
  });

  it("start nothing on a target without startOperations, and start a model on one with it", async () => {
    const fake = await createFakeServer({ seed: "none", startDurations: QUICK_START_DURATIONS });
    try {
      const only = ["createModel-", "deployModel-documented-request"];
      const safe = defineTarget({ name: "fake, starts nothing", baseUrl: fake.url, parent: PARENT, capabilities: { ...FAKE_CAPABILITIES, startOperations: false } });
      const skipped = await runConformance(safe, { only });
      expect(skipped.results.find((r) => r.scenario === "createModel-lifecycle-complete")).toMatchObject({ status: "skipped", check: "capabilities" });
      expect(skipped.results.filter((r) => r.status === "failed")).toEqual([]);
      expect(fake.store.size).toBe(0);
      const starting = defineTarget({ name: "fake", baseUrl: fake.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });
      const ran = await runConformance(starting, { only });
      expect(ran.results.filter((r) => r.status === "failed")).toEqual([]);
      // One operation per lifecycle scenario of createModel: cancelled, and run to its end.
      expect(fake.store.size).toBe(2);
    } finally {
      await fake.close();
    }
  });
});
