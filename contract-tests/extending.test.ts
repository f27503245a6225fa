/**
 * Extending the spec, end to end: a method that starts operations (`archiveModel`, written below as a
 * spec author would, the same YAML as the README's "Extending the spec") is added to a copy of the
 * spec, and with no change to code it gets generated types and a typed starter, is served by the fake
 * (`spec` option) and mocked by Prism, and has its lifecycle checked by the kit, covered by the
 * lifecycle scenarios every annotated method gets.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import spectralCore from "@stoplight/spectral-core";
import { Yaml } from "@stoplight/spectral-parsers";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { startPrism } from "../scripts/prism.js";
import ruleset from "../spec/spectral/ruleset.mjs";
import { generate } from "../scripts/generate.js";
import { DEFAULT_SPEC, PACKAGE_ROOT } from "../scripts/spec-file.js";
import { runCli } from "../src/cli/run.js";
import { createFakeServer, type FakeServer } from "../src/fake/index.js";
import { startBreakingProxy } from "./broken-servers/index.js";
import { mapOperations } from "./broken-servers/rewrite.js";
import { listScenarios, runConformance } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget, FAKE_CAPABILITIES, PRISM_MOCK_CAPABILITIES } from "./target.js";
import { QUICK_START_DURATIONS } from "./targets/local.js";

const PARENT = "projects/demo/locations/us-central1";
const MODEL = `${PARENT}/models/TBL2866487218853462016`;
const ARCHIVE_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:archive";
const RESULT_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.ArchiveModelResult";
const BODY = { outputConfig: { gcsDestination: { outputUriPrefix: "gs://demo-bucket/archive/" } } };

/** The new method, its detail member and its messages, as the README shows them. */
const ADDITION = `
paths:
  /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:archive:
    parameters:
      - $ref: '#/components/parameters/projectsId'
      - $ref: '#/components/parameters/locationsId'
      - $ref: '#/components/parameters/modelsId'
    post:
      operationId: archiveModel
      tags: [models]
      summary: Archives a model to Cloud Storage; its operation ends with an ArchiveModelResult.
      description: Starts writing the model and its evaluations to a Cloud Storage folder.
      x-operation-info:
        responseType: google.cloud.automl.v1beta1.ArchiveModelResult
        metadataType: google.cloud.automl.v1beta1.OperationMetadata
        metadataDetail: archiveModelDetails
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/ArchiveModelRequest'
            examples:
              gcs:
                value:
                  outputConfig:
                    gcsDestination:
                      outputUriPrefix: gs://demo-bucket/archive/
      responses:
        '200':
          description: The operation that archives the model.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Operation'
              examples:
                started:
                  value:
                    name: projects/demo/locations/us-central1/operations/TBL3338882226660000001
                    metadata:
                      '@type': type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata
                      createTime: '2026-11-20T10:00:00Z'
                      updateTime: '2026-11-20T10:00:00Z'
                      archiveModelDetails: {}
        '400': { $ref: '#/components/responses/InvalidArgument' }
        '401': { $ref: '#/components/responses/Unauthenticated' }
        '403': { $ref: '#/components/responses/PermissionDenied' }
        '404': { $ref: '#/components/responses/ResourceNotFound' }
        '429': { $ref: '#/components/responses/ResourceExhausted' }
        '503': { $ref: '#/components/responses/Unavailable' }
        default: { $ref: '#/components/responses/Error' }
components:
  schemas:
    OperationMetadata:
      properties:
        archiveModelDetails:
          $ref: '#/components/schemas/EmptyDetails'
    ArchiveModelRequest:
      type: object
      additionalProperties: false
      required: [outputConfig]
      properties:
        outputConfig:
          type: object
          additionalProperties: false
          required: [gcsDestination]
          properties:
            gcsDestination:
              $ref: '#/components/schemas/GcsDestination'
    ArchiveModelResult:
      type: object
      x-proto-message: google.cloud.automl.v1beta1.ArchiveModelResult
      properties:
        archiveUri:
          type: string
`;

type Json = Record<string, any>;

/**
 * The bundled spec with ADDITION merged in: new paths (each with the standard query parameters every
 * path of the spec carries, `components/parameters/Std*`), new schemas, new properties of existing ones.
 */
async function extendedSpec(): Promise<Json> {
  const spec = parse(await readFile(DEFAULT_SPEC, "utf8")) as Json;
  const addition = parse(ADDITION) as Json;
  const standard = Object.keys(spec.components.parameters).filter((name) => name.startsWith("Std")).map((name) => ({ $ref: `#/components/parameters/${name}` }));
  for (const item of Object.values(addition.paths as Record<string, Json>)) item.parameters.push(...standard);
  Object.assign(spec.paths, addition.paths);
  for (const [name, schema] of Object.entries(addition.components.schemas as Record<string, Json>)) {
    const existing = spec.components.schemas[name];
    if (existing) Object.assign(existing.properties, schema.properties);
    else spec.components.schemas[name] = schema;
  }
  return spec;
}

/** A program that uses the generated starter types the way an app would; compiled, not run. */
const APP = `
import type { StartMethod } from "./src/start-types.js";
declare const start: StartMethod;
export async function archive(): Promise<string | undefined> {
  const archiving = await start("archiveModel", {
    name: "${MODEL}",
    body: { outputConfig: { gcsDestination: { outputUriPrefix: "gs://demo-bucket/archive/" } } },
  });
  const result = await archiving.result();
  const type: "${RESULT_TYPE}" = result["@type"];
  // @ts-expect-error archiveModel works on a model: it takes a name, not a parent
  await start("archiveModel", { parent: "${PARENT}", body: { outputConfig: { gcsDestination: { outputUriPrefix: "gs://b/" } } } });
  // @ts-expect-error its body's schema requires outputConfig
  await start("archiveModel", { name: "${MODEL}", body: {} });
  return type && result.archiveUri;
}
`;

let dir: string;
let specCopy: string;
let fake: FakeServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-extend-start-"));
  specCopy = join(dir, "automl-v1beta1-operations.yaml");
  await writeFile(specCopy, stringify(await extendedSpec()));
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
  it("lints clean, x-operation-info and examples included", async () => {
    const spectral = new spectralCore.Spectral();
    spectral.setRuleset(ruleset);
    const results = await spectral.run(new spectralCore.Document(await readFile(specCopy, "utf8"), Yaml, specCopy));
    expect(results.filter((r) => r.severity <= 1).map((r) => `${r.code}: ${r.message}`)).toEqual([]);
  }, 180_000); // a whole-spec Spectral run: seconds quiet, over a minute seen on a loaded machine

  it("gets generated types and a typed starter", async () => {
    await mkdir(join(dir, "src"));
    await generate(specCopy, join(dir, "generated"));
    const types = await readFile(join(dir, "generated", "schema.d.ts"), "utf8");
    expect(types).toContain(`"${ARCHIVE_PATH}": {`);
    expect(types).toMatch(/ArchiveModelResult: \{[^}]*archiveUri\?: string;/s);
    const { STARTERS } = (await import(join(dir, "generated", "starters.ts"))) as { STARTERS: Record<string, unknown> };
    expect(STARTERS.archiveModel).toMatchObject({ method: "POST", target: "name", body: "required", responseSchema: "ArchiveModelResult", metadataDetail: "archiveModelDetails" });
    // The SDK's own starter types, over the copy's generated table: the app above must compile as it is.
    const startTypes = await readFile(join(PACKAGE_ROOT, "src", "start-types.ts"), "utf8");
    await writeFile(join(dir, "src", "start-types.ts"), startTypes.replace(`"./options.js"`, JSON.stringify(join(PACKAGE_ROOT, "src", "options.js"))));
    await writeFile(join(dir, "app.ts"), APP);
    const program = ts.createProgram([join(dir, "app.ts")], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  }, 180_000); // a generation and a TypeScript program: as heavy as the lint above

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
