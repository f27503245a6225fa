/**
 * Extending the spec, at run time: a method that starts operations (`archiveModel`, pasted into a copy
 * of the spec from the README's "Extending the spec", as written) is, with no change to code, served by
 * the fake (`spec` option) and mocked by Prism, and has its lifecycle checked by the kit, covered by the
 * lifecycle scenarios every annotated method gets. Its types, lint and the rest of `npm test` on a copy
 * of the project: extending-project.test.ts.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrism } from "../scripts/prism.js";
import { runCli } from "../src/cli/run.js";
import { createFakeServer, type FakeServer } from "../src/fake/index.js";
import { startBreakingProxy } from "./broken-servers/index.js";
import { mapOperations } from "./broken-servers/rewrite.js";
import { listScenarios, runConformance } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget, FAKE_CAPABILITIES, PRISM_MOCK_CAPABILITIES } from "./target.js";
import { QUICK_START_DURATIONS } from "./targets/local.js";
import { specWithReadmeRecipe } from "./test-support/readme-recipe.js";

const PARENT = "projects/demo/locations/us-central1";
const MODEL = `${PARENT}/models/TBL2866487218853462016`;
const RESULT_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.ArchiveModelResult";
const BODY = { outputConfig: { gcsDestination: { outputUriPrefix: "gs://demo-bucket/archive/" } } };

type Json = Record<string, any>;

let dir: string;
let specCopy: string;
let fake: FakeServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-extend-start-"));
  specCopy = join(dir, "automl-v1beta1-operations.yaml");
  await writeFile(specCopy, await specWithReadmeRecipe());
  fake = await createFakeServer({ spec: specCopy, startDurations: QUICK_START_DURATIONS });
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

const fakeTarget = (baseUrl = fake.url) => defineTarget({ name: "fake serving the copy", baseUrl, parent: PARENT, capabilities: FAKE_CAPABILITIES });
const post = (baseUrl: string, body: unknown, model = MODEL) =>
  fetch(`${baseUrl}/v1beta1/${model}:archive`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer any-token" }, body: JSON.stringify(body) });

describe("a method that starts operations, added to a copy of the spec", () => {
  it("is served by the fake from the spec: checked body, declared detail member, declared response", async () => {
    const started = await post(fake.url, BODY);
    expect(started.status).toBe(200);
    const op = (await started.json()) as Json;
    expect(op.metadata).toMatchObject({ "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata", archiveModelDetails: {} });
    expect((await post(fake.url, { outputConfig: {} })).status).toBe(400);
    expect((await post(fake.url, BODY, `${PARENT}/models/TBL0000000000000000000`)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const done = (await (await fetch(`${fake.url}/v1beta1/${op.name}`)).json()) as Json;
    expect(done).toMatchObject({ done: true, response: { "@type": RESULT_TYPE } });
  });

  it("is mocked by Prism from its examples, and passes the kit's generic checks there", async () => {
    const prism = await startPrism({ mode: "mock", spec: specCopy });
    try {
      const answer = await post(prism.url, BODY);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as Json).metadata).toMatchObject({ archiveModelDetails: {} });
      const target = defineTarget({ name: "prism", baseUrl: prism.url, parent: PARENT, token: "any-token", capabilities: PRISM_MOCK_CAPABILITIES });
      const report = await runConformance(target, { specPath: specCopy, only: ["archiveModel"] });
      expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
      expect(report.results.find((r) => r.id === "archiveModel-documented-request/responseSchemaConformance")?.status).toBe("passed");
      // A stateless mock cannot show a lifecycle: those scenarios are skipped by capability.
      expect(report.results.find((r) => r.scenario === "archiveModel-lifecycle-complete")).toMatchObject({ status: "skipped", check: "capabilities" });
    } finally {
      await prism.close();
    }
  }, 90_000);

  it("has its lifecycle checked by the kit, and is covered with no new scenario", async () => {
    const model = loadSpec(specCopy);
    expect(listScenarios(model).map((s) => s.id)).toEqual(expect.arrayContaining(["archiveModel-lifecycle-cancel", "archiveModel-lifecycle-complete"]));
    const report = await runConformance(fakeTarget(), { specPath: specCopy, only: ["archiveModel"] });
    expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
    expect(report.notExercised).toEqual([]);
    expect(report.uncovered).toEqual([]);
    for (const check of ["metadataHasDeclaredDetail", "responseHasDeclaredType", "responseMatchesDeclaredSchema", "listAgreesWithGet"]) {
      expect(report.results.find((r) => r.id === `archiveModel-lifecycle-complete/${check}`)?.status, check).toBe("passed");
    }
    expect(report.coverage.archiveModel?.semantic).toEqual(["archiveModel-lifecycle-cancel", "archiveModel-lifecycle-complete"]);
  });

  it("fails the kit's lifecycle check on a server whose operation ends with another message than the copy declares", async () => {
    const proxy = await startBreakingProxy(fake.url, {
      response: (res, req) => mapOperations(res, req, (op) => ((op.response as Json | undefined)?.["@type"] === RESULT_TYPE ? { ...op, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } } : op)),
    });
    try {
      const report = await runConformance(fakeTarget(proxy.url), { specPath: specCopy, only: ["archiveModel-lifecycle-complete"] });
      const wrongType = report.results.find((r) => r.id === "archiveModel-lifecycle-complete/responseHasDeclaredType");
      expect(wrongType?.status).toBe("failed");
      expect(wrongType?.message).toContain(`Documented: @type ${RESULT_TYPE}`);
    } finally {
      await proxy.close();
    }
  });

  it("passes the CLI run with --start-operations against the fake serving the copy", async () => {
    let stderr = "";
    const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text) };
    const argv = ["conformance", "--base-url", fake.url, "--parent", PARENT, "--spec", specCopy, "--only", "archiveModel", "--start-operations", "--auth-not-enforced", "--quiet"];
    expect(await runCli(argv, io), stderr).toBe(0);
  });
});
