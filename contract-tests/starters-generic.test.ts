/**
 * The generic scenarios reach the methods that start operations too. A documented create starts real
 * work under the target's parent (training a model costs money), so it runs only on a destructive
 * target; the other starters' documented requests address unknown resources and run anywhere.
 */
import { describe, expect, it } from "vitest";
import { createFakeServer } from "../src/fake/index.js";
import { listScenarios, runConformance } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";

const PARENT = "projects/demo/locations/us-central1";

describe("generic scenarios of the methods that start operations", () => {
  it("need a destructive target for a documented create only", () => {
    const scenarios = listScenarios(loadSpec());
    const documented = (id: string) => scenarios.find((s) => s.id === `${id}-documented-request`)!;
    expect(documented("createModel").requires).toEqual(["destructive"]);
    for (const id of ["deployModel", "deleteModel", "importData", "getOperation"]) expect(documented(id).requires, id).toBeUndefined();
  });

  it("probe a collection path with a method other than GET, which Google binds to List (AIP-132)", () => {
    const ids = listScenarios(loadSpec()).map((s) => s.id);
    expect(ids).toContain("createModel-path-refuses-DELETE");
    expect(ids).not.toContain("createModel-path-refuses-GET");
    expect(ids).toContain("listOperations-path-refuses-POST");
    expect(ids).toContain("deployModel-path-refuses-GET");
    expect(ids).toContain("cancelOperation-path-refuses-GET");
  });

  it("start nothing on a target that is not destructive, and start a model on one that is", async () => {
    const fake = await createFakeServer({ seed: "none" });
    try {
      const only = ["createModel-documented-request", "deployModel-documented-request"];
      const safe = defineTarget({ name: "fake, not destructive", baseUrl: fake.url, parent: PARENT, capabilities: { ...FAKE_CAPABILITIES, destructive: false } });
      const skipped = await runConformance(safe, { only });
      expect(skipped.results.find((r) => r.scenario === "createModel-documented-request")).toMatchObject({ status: "skipped", check: "capabilities" });
      expect(fake.store.size).toBe(0);
      const destructive = defineTarget({ name: "fake", baseUrl: fake.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });
      const ran = await runConformance(destructive, { only });
      expect(ran.results.filter((r) => r.status === "failed")).toEqual([]);
      expect(fake.store.size).toBe(1);
    } finally {
      await fake.close();
    }
  });
});
