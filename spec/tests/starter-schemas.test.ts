/**
 * The request schemas of the methods that start operations take what Google's parsers take (proto3 JSON:
 * lowerCamelCase, int64 as strings, enums by name or number) and refuse what they refuse (unknown members,
 * a display name outside its rule, a oneof with no member or two).
 */
import { describe, expect, it } from "vitest";
import { componentSchema, schemaErrors } from "./spec-fixtures.js";

const TABLES_MODEL = {
  displayName: "churn_2026_11_20",
  datasetId: "TBL5314616996136591360",
  tablesModelMetadata: { trainBudgetMilliNodeHours: "1000", optimizationObjective: "MAXIMIZE_AU_ROC" },
};
const valid = (schema: string, value: unknown) => schemaErrors(componentSchema(schema), value).length === 0;

type Case = [what: string, schema: string, value: unknown];

const ACCEPTED: Case[] = [
  ["a tables model", "Model", TABLES_MODEL],
  ["a display name of 32 characters", "Model", { ...TABLES_MODEL, displayName: `a${"_".repeat(31)}` }],
  ["output-only members a client echoes back (ignored, AIP-203)", "Model", { ...TABLES_MODEL, name: "projects/demo/locations/us-central1/models/TBL1", deploymentState: "DEPLOYED" }],
  ["an enum by number, as gax sends with enum-encoding=int", "Model", { displayName: "t", datasetId: "TCN1", textClassificationModelMetadata: { classificationType: 1 } }],
  ["an empty metadata variant", "Model", { displayName: "v", datasetId: "VCN1", videoClassificationModelMetadata: {} }],
  ["a negative int64", "Int64", "-9223372036854775808"],
  ["a double as NaN", "Double", "NaN"],
  ["deploy with no settings", "DeployModelRequest", {}],
  ["deploy on two nodes", "DeployModelRequest", { imageClassificationModelDeploymentMetadata: { nodeCount: "2" } }],
  ["batch predict from BigQuery to Cloud Storage", "BatchPredictRequest", {
    inputConfig: { bigquerySource: { inputUri: "bq://demo.d.t" } },
    outputConfig: { gcsDestination: { outputUriPrefix: "gs://b/out/" } },
    params: { feature_importance: "true" },
  }],
  ["export to Container Registry", "ExportModelRequest", { outputConfig: { modelFormat: "docker", gcrDestination: { outputUri: "gcr.io/demo/m:v1" } } }],
  ["a nested data type", "DataType", { typeCode: "ARRAY", listElementType: { typeCode: "STRUCT", structType: { fields: { a: { typeCode: 3 } } } } }],
];

const REJECTED: Case[] = [
  ["a display name starting with a digit", "Model", { ...TABLES_MODEL, displayName: "1churn" }],
  ["a display name of 33 characters", "Model", { ...TABLES_MODEL, displayName: `a${"b".repeat(32)}` }],
  ["a display name with a hyphen", "Model", { ...TABLES_MODEL, displayName: "churn-model" }],
  ["a model without a dataset", "Model", { displayName: "x", tablesModelMetadata: {} }],
  ["a model without metadata", "Model", { displayName: "x", datasetId: "TBL1" }],
  ["a model with two metadata variants", "Model", { ...TABLES_MODEL, textSentimentModelMetadata: {} }],
  ["an unknown member", "Model", { ...TABLES_MODEL, trainBudget: "1000" }],
  ["an unknown member in a variant", "Model", { ...TABLES_MODEL, tablesModelMetadata: { budget: "1" } }],
  ["an int64 as a JSON number", "Model", { ...TABLES_MODEL, tablesModelMetadata: { trainBudgetMilliNodeHours: 1000 } }],
  ["an int64 with a fraction", "Int64", "1.5"],
  ["an enum name that does not exist", "Model", { displayName: "t", datasetId: "TCN1", textClassificationModelMetadata: { classificationType: "BINARY" } }],
  ["both recall and precision objectives", "TablesModelMetadata", { optimizationObjectiveRecallValue: 0.5, optimizationObjectivePrecisionValue: 0.5 }],
  ["deploy settings for both image kinds", "DeployModelRequest", {
    imageClassificationModelDeploymentMetadata: { nodeCount: "1" },
    imageObjectDetectionModelDeploymentMetadata: { nodeCount: "1" },
  }],
  ["deploy with `name` in the body (the path carries it)", "DeployModelRequest", { name: "projects/demo/locations/us-central1/models/TBL1" }],
  ["undeploy with a member", "UndeployModelRequest", { force: true }],
  ["an export without a destination", "ExportModelRequest", { outputConfig: { modelFormat: "tflite" } }],
  ["an export with two destinations", "ExportDataRequest", {
    outputConfig: { gcsDestination: { outputUriPrefix: "gs://b/" }, bigqueryDestination: { outputUri: "bq://demo" } },
  }],
  ["a Cloud Storage destination that is not gs://", "ExportDataRequest", { outputConfig: { gcsDestination: { outputUriPrefix: "s3://b/" } } }],
  ["an import without input", "ImportDataRequest", {}],
  ["an import from no files", "ImportDataRequest", { inputConfig: { gcsSource: { inputUris: [] } } }],
  ["batch predict without output", "BatchPredictRequest", { inputConfig: { bigquerySource: { inputUri: "bq://demo.d.t" } } }],
  ["a map of non-strings", "BatchPredictRequest", {
    inputConfig: { bigquerySource: { inputUri: "bq://demo.d.t" } },
    outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } },
    params: { threshold: 0.5 },
  }],
  ["evaluated examples exported anywhere but BigQuery", "ExportEvaluatedExamplesRequest", { outputConfig: { gcsDestination: { outputUriPrefix: "gs://b/" } } }],
  ["a data type with two details", "DataType", { typeCode: "STRING", timeFormat: "%Y", structType: { fields: {} } }],
];

describe("request schemas of the methods that start operations", () => {
  it.each(ACCEPTED)("accept %s", (_what, schema, value) => {
    expect(schemaErrors(componentSchema(schema), value)).toEqual([]);
  });

  it.each(REJECTED)("reject %s", (_what, schema, value) => {
    expect(valid(schema, value)).toBe(false);
  });
});
