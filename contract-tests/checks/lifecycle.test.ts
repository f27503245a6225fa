import { describe, expect, it } from "vitest";
import type { OperationInfo } from "../../src/spec/operation-info.js";
import {
  metadataHasDeclaredDetail,
  metadataHasDeclaredType,
  operationFinishedWithin,
  progressNeverDecreases,
  responseHasDeclaredType,
  responseMatchesDeclaredSchema,
} from "./lifecycle.js";
import { checkContext, META, PARENT, RECEIVED_DOCUMENTED } from "./fixtures.js";
import type { OperationJson } from "./operation.js";
import { isNote, NOT_APPLICABLE } from "./verdict.js";

const CREATE_MODEL: OperationInfo = {
  responseType: "google.cloud.automl.v1beta1.Model",
  metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
  metadataDetail: "createModelDetails",
};
const MODEL = {
  "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model",
  name: `${PARENT}/models/TBL1`,
  displayName: "churn_model",
  datasetId: "TBL5314616996136591360",
  tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" },
};
const TRAINING_OP: OperationJson = { name: `${PARENT}/operations/TRN1`, metadata: { ...META, progressPercent: 10, createModelDetails: {} } };
const TRAINED_OP: OperationJson = { ...TRAINING_OP, metadata: { ...META, progressPercent: 100, createModelDetails: {} }, done: true, response: MODEL };
const ctx = checkContext();

describe("lifecycle checks of a started operation", () => {
  it("metadataHasDeclaredType fails metadata of another message", () => {
    expect(metadataHasDeclaredType(TRAINING_OP, CREATE_MODEL)).toBeUndefined();
    const other = { ...TRAINING_OP, metadata: { ...META, "@type": "type.googleapis.com/google.longrunning.OperationMetadata" } };
    expect(() => metadataHasDeclaredType(other, CREATE_MODEL)).toThrow(/Received: metadata @type type.googleapis.com\/google.longrunning.OperationMetadata/);
    expect(() => metadataHasDeclaredType({ name: TRAINING_OP.name }, CREATE_MODEL)).toThrow(RECEIVED_DOCUMENTED);
  });

  it("metadataHasDeclaredDetail fails metadata without the declared detail member, or with another one", () => {
    expect(metadataHasDeclaredDetail(TRAINING_OP, CREATE_MODEL)).toBeUndefined();
    const deploying = { ...TRAINING_OP, metadata: { ...META, deployModelDetails: {} } };
    expect(() => metadataHasDeclaredDetail(deploying, CREATE_MODEL)).toThrow(/lacks its detail member[\s\S]*deployModelDetails[\s\S]*Documented: an object createModelDetails/);
  });

  it("operationFinishedWithin fails an operation still running at the bound", () => {
    expect(operationFinishedWithin(TRAINED_OP, { afterMs: 900, boundMs: 1_000 })).toBeUndefined();
    expect(() => operationFinishedWithin(TRAINING_OP, { afterMs: 1_020, boundMs: 1_000 })).toThrow(/still running after 1020 ms[\s\S]*within 1000 ms \(the kit's --operation-timeout\)/);
  });

  it("responseHasDeclaredType fails a response of another message, and has nothing to judge without one", () => {
    expect(responseHasDeclaredType(TRAINED_OP, CREATE_MODEL)).toBeUndefined();
    const empty = { ...TRAINED_OP, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } };
    expect(() => responseHasDeclaredType(empty, CREATE_MODEL)).toThrow(/Received: response @type type.googleapis.com\/google.protobuf.Empty/);
    expect(responseHasDeclaredType({ ...TRAINED_OP, response: undefined, error: { code: 13 } }, CREATE_MODEL)).toBe(NOT_APPLICABLE);
  });

  it("responseMatchesDeclaredSchema passes a Model with fields the spec does not name (AIP-180), noted", () => {
    expect(responseMatchesDeclaredSchema(TRAINED_OP, "Model", ctx)).toBeUndefined();
    const grown = { ...TRAINED_OP, response: { ...MODEL, trainingHours: 3, tablesModelMetadata: { trainBudgetMilliNodeHours: "1000", newKnob: true } } };
    const outcome = responseMatchesDeclaredSchema(grown, "Model", ctx);
    expect(isNote(outcome) && outcome.note).toMatch(/fields the spec does not name, ignored as AIP-180 allows: .*tablesModelMetadata.newKnob/);
    expect(isNote(outcome) && outcome.note).toMatch(/trainingHours/);
  });

  it("responseMatchesDeclaredSchema fails a Model that breaks its schema", () => {
    const { displayName: _gone, ...nameless } = MODEL;
    expect(() => responseMatchesDeclaredSchema({ ...TRAINED_OP, response: nameless }, "Model", ctx)).toThrow(/does not match Model[\s\S]*displayName/);
    const badBudget = { ...MODEL, tablesModelMetadata: { trainBudgetMilliNodeHours: 1000 } };
    expect(() => responseMatchesDeclaredSchema({ ...TRAINED_OP, response: badBudget }, "Model", ctx)).toThrow(/trainBudgetMilliNodeHours must be string/);
  });

  it("progressNeverDecreases fails progress or updateTime that goes back, and passes a server reporting none", () => {
    const at = (percent: number | undefined, updateTime: string): OperationJson => ({
      ...TRAINING_OP,
      metadata: { ...META, ...(percent === undefined ? {} : { progressPercent: percent }), updateTime, createModelDetails: {} },
    });
    const trained = { ...TRAINED_OP, metadata: { ...META, progressPercent: 100, updateTime: "2026-11-20T10:07:00Z", createModelDetails: {} } };
    expect(progressNeverDecreases([at(10, "2026-11-20T10:05:00Z"), at(40, "2026-11-20T10:06:00Z"), trained])).toBeUndefined();
    const silent = progressNeverDecreases([at(undefined, "2026-11-20T10:05:00Z"), at(undefined, "2026-11-20T10:05:00Z")]);
    expect(isNote(silent) && silent.note).toMatch(/no progressPercent in 2 view\(s\) of .* while it ran/);
    expect(() => progressNeverDecreases([at(40, "2026-11-20T10:05:00Z"), at(30, "2026-11-20T10:06:00Z")])).toThrow(/progressPercent 40 then 30/);
    expect(() => progressNeverDecreases([at(40, "2026-11-20T10:06:00Z"), at(50, "2026-11-20T10:05:00Z")])).toThrow(/updateTime .* went back/);
    expect(progressNeverDecreases([TRAINING_OP])).toBe(NOT_APPLICABLE);
  });
});
