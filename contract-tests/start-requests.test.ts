/**
 * What the lifecycle scenarios send: the spec's examples by default, or a request file that points them
 * at other resources, checked against the spec before anything is sent.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "../src/fake/index.js";
import type { OpenApiDocument } from "../src/spec/document.js";
import { readStarters } from "../src/spec/operation-info.js";
import { AUTOML_STARTERS, automlStartersIn } from "../src/test-support/automl-methods.js";
import { runConformance } from "./runner.js";
import { SchemaValidator } from "./schema-validator.js";
import { loadSpec } from "./spec-model.js";
import { planStarts, readStartRequestsFile, StartRequestsError, type StartRequests } from "./start-requests.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";
import { QUICK_START_DURATIONS } from "./targets/local.js";

const SPEC = loadSpec();
const SCHEMAS = new SchemaValidator(SPEC);
const PARENT = "projects/demo/locations/us-central1";
const plan = (requests?: StartRequests) => planStarts(SPEC, SCHEMAS, requests);

function problemsOf(requests: unknown): string {
  try {
    plan(requests as StartRequests);
  } catch (error) {
    expect(error).toBeInstanceOf(StartRequestsError);
    return (error as Error).message;
  }
  throw new Error("the requests were accepted");
}

describe("planned starts", () => {
  it("come from the spec's examples by default: parameter examples and the first body example", () => {
    const planned = plan();
    // One plan for every starter the spec annotates, the ten of AutoML among them.
    expect([...planned.keys()]).toEqual(readStarters(SPEC.document as OpenApiDocument).map((s) => s.operationId));
    expect(automlStartersIn([...planned.keys()])).toEqual(AUTOML_STARTERS);
    expect(planned.get("createModel")).toMatchObject({ path: {}, pathGiven: false, body: { displayName: "churn_2026_11_20", datasetId: "TBL5314616996136591360" } });
    expect(planned.get("deployModel")).toMatchObject({ path: { modelsId: "TBL2866487218853462016" }, body: {} });
    expect(planned.get("deleteDataset")?.path).toEqual({ datasetsId: "TBL5314616996136591360" });
    expect(planned.get("deleteModel")?.body).toBeUndefined();
  });

  it("take the path values and bodies a request file gives, the rest from the examples", () => {
    const planned = plan({
      deployModel: { path: { modelsId: "ICN7818209384715960320" }, body: { imageClassificationModelDeploymentMetadata: { nodeCount: "2" } } },
      deleteModel: { path: { modelsId: "ICN7818209384715960320" } },
    });
    expect(planned.get("deployModel")).toMatchObject({ path: { modelsId: "ICN7818209384715960320" }, pathGiven: true, source: "the start requests" });
    expect(planned.get("deleteModel")).toMatchObject({ pathGiven: true });
    expect(planned.get("undeployModel")).toMatchObject({ path: { modelsId: "TBL2866487218853462016" }, source: "the spec's examples" });
  });

  it("refuse requests that do not fit the spec, every problem listed at once", () => {
    const message = problemsOf({
      createModle: { body: {} },
      createModel: { body: { displayName: "1 bad name", datasetId: "TBL1", tablesModelMetadata: {} }, parent: "x" },
      deployModel: { path: { modelsId: "a/b", projectsId: "other" } },
      deleteModel: { body: {} },
      exportData: { body: { outputConfig: {} } },
    });
    expect(message).toMatch(/"createModle" is not a method of the spec that starts operations \(createModel, deleteModel/);
    expect(message).toMatch(/createModel: unknown member "parent" \(known: path, body\)/);
    expect(message).toMatch(/createModel: body does not match its schema: \/displayName must match pattern/);
    expect(message).toMatch(/deployModel: path parameter modelsId "a\/b" does not match its schema/);
    expect(message).toMatch(/deployModel: path parameter "projectsId" is not one a request names \(modelsId; the project and location come from the parent\)/);
    expect(message).toMatch(/deleteModel: takes no request body/);
    expect(message).toMatch(/exportData: body does not match its schema/);
    expect(message.split("\n").filter((line) => line.startsWith("  - ")).length).toBe(7);
  });

  it("refuse a file that cannot be read or is not a JSON object", () => {
    const dir = mkdtempSync(join(tmpdir(), "kit-start-requests-"));
    expect(() => readStartRequestsFile(join(dir, "missing.json"))).toThrow(/cannot read start requests .*missing.json: no such file/);
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect(() => readStartRequestsFile(join(dir, "broken.json"))).toThrow(StartRequestsError);
    writeFileSync(join(dir, "list.json"), "[]");
    expect(() => readStartRequestsFile(join(dir, "list.json"))).toThrow(/must be a JSON object keyed by operationId/);
    writeFileSync(join(dir, "good.json"), JSON.stringify({ deployModel: { path: { modelsId: "TBL1" } } }));
    expect(readStartRequestsFile(join(dir, "good.json"))).toEqual({ deployModel: { path: { modelsId: "TBL1" } } });
  });
});

describe("runs with start requests", () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await createFakeServer({ startDurations: QUICK_START_DURATIONS });
  });
  afterAll(() => fake?.close());
  const target = () => defineTarget({ name: "fake", baseUrl: fake.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });

  it("send nothing when the requests do not fit the spec", async () => {
    let sent = 0;
    const counting = { ...target(), fetch: ((input: RequestInfo | URL, init?: RequestInit) => ((sent += 1), fetch(input, init))) as typeof fetch };
    await expect(runConformance(counting, { startRequests: { deployModel: { path: { modelsId: "" } } } })).rejects.toThrow(StartRequestsError);
    expect(sent).toBe(0);
  });

  it("start the named resource's operations, and a standard delete removes what the run created, not the named default", async () => {
    const before = fake.resources.names();
    const report = await runConformance(target(), {
      only: ["deployModel-lifecycle-complete", "createModel-lifecycle-complete", "deleteModel-lifecycle-complete"],
      startRequests: { deployModel: { path: { modelsId: "ICN7818209384715960320" }, body: { imageClassificationModelDeploymentMetadata: { nodeCount: "1" } } } },
    });
    expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
    expect(report.notExercised).toEqual([]);
    const started = fake.store.page(PARENT, 0, 10_000).records.filter((r) => /^\d{19}$/.test(r.id));
    expect(started.map((r) => `${r.kind} ${r.worksOn.split("/").slice(-2).join("/")}`).sort()).toEqual([
      expect.stringMatching(/^createModelDetails models\/\d+$/),
      expect.stringMatching(/^deleteDetails models\/\d+$/),
      "deployModelDetails models/ICN7818209384715960320",
    ]);
    // The model the run trained is the one it deleted: the fake's own models are all still there.
    expect(fake.resources.names()).toEqual(before);
  });
});
