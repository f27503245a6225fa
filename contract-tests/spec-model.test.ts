/**
 * The kit's view of a spec: read once per path and text, and judged with two readings of its schemas
 * (requests as written, responses open to new fields as AIP-180 allows).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaValidator } from "./schema-validator.js";
import { defaultSpecPath, loadSpec } from "./spec-model.js";

const MODEL_SCHEMA = { $ref: "#/components/schemas/Model" };
const TABLES_MODEL = {
  name: "projects/demo/locations/us-central1/models/TBL1",
  displayName: "churn_model",
  datasetId: "TBL5314616996136591360",
  tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" },
};

describe("loadSpec", () => {
  it("keeps the model of a path, and makes it again once the file's text changed", () => {
    const path = join(mkdtempSync(join(tmpdir(), "kit-spec-")), "spec.yaml");
    const text = readFileSync(defaultSpecPath(), "utf8");
    writeFileSync(path, text);
    const first = loadSpec(path);
    expect(loadSpec(path)).toBe(first);
    writeFileSync(path, text.replace("operationId: listOperations", "operationId: listOperationsRenamed"));
    const changed = loadSpec(path);
    expect(changed).not.toBe(first);
    expect(changed.operations.map((o) => o.operationId)).toContain("listOperationsRenamed");
  });

  it("reads every operation with its parameters, body example and responses", () => {
    const spec = loadSpec();
    const create = spec.operation("createModel");
    expect(create).toMatchObject({ method: "POST", path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models" });
    expect(create.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(["projectsId", "locationsId"]);
    expect(create.requestBody).toMatchObject({ required: true, example: { displayName: "churn_2026_11_20" } });
    expect(spec.operation("deployModel").parameters.find((p) => p.name === "modelsId")?.example).toBe("TBL2866487218853462016");
    expect(() => spec.operation("noSuchOperation")).toThrow(/no operation noSuchOperation/);
  });
});

describe("SchemaValidator", () => {
  const schemas = new SchemaValidator(loadSpec());

  it("judges a request as written: a member the closed Model does not name is refused", () => {
    expect(schemas.compile(MODEL_SCHEMA)(TABLES_MODEL).valid).toBe(true);
    const verdict = schemas.compile(MODEL_SCHEMA)({ ...TABLES_MODEL, trainingHours: 3 });
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.join("\n")).toMatch(/must NOT have additional properties/);
  });

  it("judges a response as a client reads it: new members anywhere pass, broken ones still fail", () => {
    const withNewFields = { ...TABLES_MODEL, trainingHours: 3, tablesModelMetadata: { trainBudgetMilliNodeHours: "1000", newKnob: true } };
    expect(schemas.compileResponse(MODEL_SCHEMA)(withNewFields)).toEqual({ valid: true, errors: [] });
    expect(schemas.compileResponse({ $ref: "#/components/schemas/Empty" })({ added: 1 }).valid).toBe(true);
    const badName = schemas.compileResponse(MODEL_SCHEMA)({ ...withNewFields, displayName: "1 not a name" });
    expect(badName.valid).toBe(false);
    expect(badName.errors.join("\n")).toMatch(/displayName must match pattern/);
  });

  it("is shared by every run of one spec model, and made anew for a changed spec", () => {
    const path = join(mkdtempSync(join(tmpdir(), "kit-spec-")), "spec.yaml");
    const text = readFileSync(defaultSpecPath(), "utf8");
    writeFileSync(path, text);
    const first = SchemaValidator.of(loadSpec(path));
    expect(SchemaValidator.of(loadSpec(path))).toBe(first);
    expect(first.compileResponse(MODEL_SCHEMA)).toBe(SchemaValidator.of(loadSpec(path)).compileResponse(MODEL_SCHEMA));
    writeFileSync(path, text.replace("operationId: listOperations", "operationId: listOperationsRenamed"));
    expect(SchemaValidator.of(loadSpec(path))).not.toBe(first);
  });
});
