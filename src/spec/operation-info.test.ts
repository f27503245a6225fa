/**
 * The starters of the bundled spec as the pure reader sees them, each traced to its proto method and
 * HTTP binding, and the reader's refusals of annotations and paths it cannot trust.
 */
import { describe, expect, it } from "vitest";
import { AUTOML_STARTERS, automlStartersIn } from "../test-support/automl-methods.js";
import { deref, type OpenApiDocument } from "./document.js";
import { nameOf, parseFlatPath, readStarters, typeUrl } from "./operation-info.js";
import { readSpecFile } from "./read-spec.js";

const SPEC = readSpecFile();
const STARTERS = readStarters(SPEC);
const byId = (id: string) => STARTERS.find((s) => s.operationId === id)!;
const copy = (): OpenApiDocument => structuredClone(SPEC);

/** operationId → [HTTP binding of google.api.http in the protos, response type, detail member]. */
const FROM_PROTOS: Record<string, [string, string, string]> = {
  createModel: ["POST /v1beta1/{parent=projects/*/locations/*}/models", "google.cloud.automl.v1beta1.Model", "createModelDetails"],
  deleteModel: ["DELETE /v1beta1/{name=projects/*/locations/*/models/*}", "google.protobuf.Empty", "deleteDetails"],
  deployModel: ["POST /v1beta1/{name=projects/*/locations/*/models/*}:deploy", "google.protobuf.Empty", "deployModelDetails"],
  undeployModel: ["POST /v1beta1/{name=projects/*/locations/*/models/*}:undeploy", "google.protobuf.Empty", "undeployModelDetails"],
  exportModel: ["POST /v1beta1/{name=projects/*/locations/*/models/*}:export", "google.protobuf.Empty", "exportModelDetails"],
  exportEvaluatedExamples: ["POST /v1beta1/{name=projects/*/locations/*/models/*}:exportEvaluatedExamples", "google.protobuf.Empty", "exportEvaluatedExamplesDetails"],
  batchPredict: ["POST /v1beta1/{name=projects/*/locations/*/models/*}:batchPredict", "google.cloud.automl.v1beta1.BatchPredictResult", "batchPredictDetails"],
  deleteDataset: ["DELETE /v1beta1/{name=projects/*/locations/*/datasets/*}", "google.protobuf.Empty", "deleteDetails"],
  importData: ["POST /v1beta1/{name=projects/*/locations/*/datasets/*}:importData", "google.protobuf.Empty", "importDataDetails"],
  exportData: ["POST /v1beta1/{name=projects/*/locations/*/datasets/*}:exportData", "google.protobuf.Empty", "exportDataDetails"],
};

/** The proto binding a starter's flat path stands for: `{name=projects/*\/…}` or `{parent=…}/collection`. */
function binding(id: string): string {
  const s = byId(id);
  const pattern = s.segments.map((seg) => `${seg.collection}/*`).join("/");
  const field = s.target === "parent" ? `{parent=${pattern}}/${s.collection}` : `{name=${pattern}}`;
  return `${s.method} /v1beta1/${field}${s.verb ? `:${s.verb}` : ""}`;
}

describe("the bundled spec's starters", () => {
  it("include the ten AutoML methods that start operations, in document order", () => {
    // A superset check: methods a spec adds of its own (README, "Extending the spec") may sit among them.
    expect(automlStartersIn(STARTERS.map((s) => s.operationId))).toEqual(Object.keys(FROM_PROTOS));
    expect(Object.keys(FROM_PROTOS)).toEqual(AUTOML_STARTERS);
  });

  it.each(Object.entries(FROM_PROTOS))("%s matches its proto binding and operation_info", (id, [http, responseType, detail]) => {
    const s = byId(id);
    expect(binding(id)).toBe(http);
    expect(s.info).toEqual({ responseType, metadataType: "google.cloud.automl.v1beta1.OperationMetadata", metadataDetail: detail });
    expect(s.metadataSchema).toBe("OperationMetadata");
    expect(SPEC.components!.schemas![s.responseSchema]!["x-proto-message"]).toBe(responseType);
  });

  it("names operations under the location, two segments deep", () => {
    for (const s of STARTERS) expect(nameOf(s.segments.slice(0, s.operationsParentDepth)), s.operationId).toBe("projects/{projectsId}/locations/{locationsId}");
  });

  it("tells AutoML's standard create and deletes from its custom methods", () => {
    const standard = (kind: string) => automlStartersIn(STARTERS.filter((s) => s.standard === kind).map((s) => s.operationId));
    expect(standard("create")).toEqual(["createModel"]);
    expect(standard("delete")).toEqual(["deleteModel", "deleteDataset"]);
    expect(byId("createModel")).toMatchObject({ target: "parent", collection: "models" });
    expect(byId("deployModel")).toMatchObject({ target: "name", verb: "deploy" });
  });

  it("reads request bodies and the dataset createModel refers to", () => {
    expect(byId("createModel").body).toEqual({ required: true, schema: { $ref: "#/components/schemas/Model" } });
    expect(byId("deployModel").body?.required).toBe(false);
    expect(byId("deleteModel").body).toBeUndefined();
    expect(byId("createModel").references).toEqual([{ property: "datasetId", collection: "datasets" }]);
    expect(byId("exportData").references).toEqual([]);
  });

  it("document a realistic example for every request body", () => {
    for (const s of STARTERS.filter((x) => x.body)) {
      const op = deref<Record<string, any>>(SPEC, SPEC.paths![s.path])[s.method.toLowerCase()];
      const media = deref<Record<string, any>>(SPEC, op.requestBody).content["application/json"];
      expect(Object.keys(media.examples ?? {}).length, s.operationId).toBeGreaterThan(0);
    }
  });
});

describe("reading starters refuses what it cannot trust", () => {
  const CREATE = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models";
  const info = (doc: OpenApiDocument) => (doc.paths![CREATE]!.post as Record<string, any>)["x-operation-info"];

  it("a responseType no schema declares", () => {
    const doc = copy();
    info(doc).responseType = "google.cloud.automl.v1beta1.Modle";
    expect(() => readStarters(doc)).toThrow(/createModel .*responseType google.cloud.automl.v1beta1.Modle does not resolve: no component schema declares it/);
  });

  it("a type two schemas declare", () => {
    const doc = copy();
    doc.components!.schemas!.ModelCopy = { ...doc.components!.schemas!.Model, "x-proto-message": "google.cloud.automl.v1beta1.Model" };
    expect(() => readStarters(doc)).toThrow(/Model and ModelCopy all declare it/);
  });

  it("a metadataDetail the metadata does not have", () => {
    const doc = copy();
    info(doc).metadataDetail = "trainDetails";
    expect(() => readStarters(doc)).toThrow(/metadataDetail trainDetails is not a property of OperationMetadata/);
  });

  it("an annotation with a member missing or unknown", () => {
    const missing = copy();
    delete info(missing).metadataType;
    expect(() => readStarters(missing)).toThrow(/lacks metadataType/);
    const extra = copy();
    info(extra).response_type = "x";
    expect(() => readStarters(extra)).toThrow(/unknown members response_type/);
  });
});

describe("flat paths", () => {
  it.each([
    ["/v1beta1/projects/{p}/locations/{l}/models/{m}:deploy", { segments: [["projects", "p"], ["locations", "l"], ["models", "m"]], verb: "deploy" }],
    ["/v1beta1/projects/{p}/locations/{l}/models", { segments: [["projects", "p"], ["locations", "l"]], collection: "models" }],
    ["/v1/projects/{p}", { segments: [["projects", "p"]] }],
  ])("%s", (path, expected) => {
    const flat = parseFlatPath(path);
    expect({ ...flat, segments: flat.segments.map((s) => [s.collection, s.param]) }).toEqual(expected);
  });

  it.each(["/v1beta1/projects", "/v1beta1/projects/{p}/{q}", "/v1beta1/projects/{p}/locations/{l}/a/b", "/v1beta1/projects/{p}:do-it"])("refuses %s", (path) => {
    expect(() => parseFlatPath(path)).toThrow();
  });

  it("fills a name template and makes type URLs", () => {
    const segments = [{ collection: "projects", param: "p" }, { collection: "models", param: "m" }];
    expect(nameOf(segments)).toBe("projects/{p}/models/{m}");
    expect(nameOf(segments, { p: "demo", m: "TBL1" })).toBe("projects/demo/models/TBL1");
    expect(typeUrl("google.protobuf.Empty")).toBe("type.googleapis.com/google.protobuf.Empty");
  });
});

describe("a spec without annotations", () => {
  it("has no starters, whatever else it declares", () => {
    const bare: OpenApiDocument = { openapi: "3.1.0", paths: { "/v1/things/{thingsId}": { get: { operationId: "getThing", responses: {} } } } };
    expect(readStarters(bare)).toEqual([]);
  });
});
