// GENERATED FILE: do not edit. Made by `npm run generate` (x-operation-info) from spec/automl-v1beta1-operations.yaml.
import type { components, operations } from "./schema.js";

/**
 * The methods that start long-running operations, from their x-operation-info (AIP-151): how to call
 * each (path parameters come from the resource name or parent, segment by segment) and what its
 * operation ends with.
 */
export const STARTERS = {
  createModel: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models",
    target: "parent",
    segments: [["projects","projectsId"],["locations","locationsId"]],
    body: "required",
    responseType: "google.cloud.automl.v1beta1.Model",
    responseSchema: "Model",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "createModelDetails",
  },
  deleteModel: {
    method: "DELETE",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "none",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "deleteDetails",
  },
  deployModel: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:deploy",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "optional",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "deployModelDetails",
  },
  undeployModel: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:undeploy",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "optional",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "undeployModelDetails",
  },
  exportModel: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:export",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "required",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "exportModelDetails",
  },
  exportEvaluatedExamples: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:exportEvaluatedExamples",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "required",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "exportEvaluatedExamplesDetails",
  },
  batchPredict: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:batchPredict",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["models","modelsId"]],
    body: "required",
    responseType: "google.cloud.automl.v1beta1.BatchPredictResult",
    responseSchema: "BatchPredictResult",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "batchPredictDetails",
  },
  deleteDataset: {
    method: "DELETE",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["datasets","datasetsId"]],
    body: "none",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "deleteDetails",
  },
  importData: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:importData",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["datasets","datasetsId"]],
    body: "required",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "importDataDetails",
  },
  exportData: {
    method: "POST",
    path: "/v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:exportData",
    target: "name",
    segments: [["projects","projectsId"],["locations","locationsId"],["datasets","datasetsId"]],
    body: "required",
    responseType: "google.protobuf.Empty",
    responseSchema: "Empty",
    metadataType: "google.cloud.automl.v1beta1.OperationMetadata",
    metadataDetail: "exportDataDetails",
  },
} as const;

/** Per starter: the resource it takes (name or parent), its request body, and its operation's response. */
export interface StarterTypes {
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models: its operation ends with google.cloud.automl.v1beta1.Model. */
  createModel: {
    target: "parent";
    body: NonNullable<operations["createModel"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["Model"];
    responseType: "google.cloud.automl.v1beta1.Model";
  };
  /** DELETE /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}: its operation ends with google.protobuf.Empty. */
  deleteModel: {
    target: "name";
    body: never;
    bodyRequired: false;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:deploy: its operation ends with google.protobuf.Empty. */
  deployModel: {
    target: "name";
    body: NonNullable<operations["deployModel"]["requestBody"]>["content"]["application/json"];
    bodyRequired: false;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:undeploy: its operation ends with google.protobuf.Empty. */
  undeployModel: {
    target: "name";
    body: NonNullable<operations["undeployModel"]["requestBody"]>["content"]["application/json"];
    bodyRequired: false;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:export: its operation ends with google.protobuf.Empty. */
  exportModel: {
    target: "name";
    body: NonNullable<operations["exportModel"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:exportEvaluatedExamples: its operation ends with google.protobuf.Empty. */
  exportEvaluatedExamples: {
    target: "name";
    body: NonNullable<operations["exportEvaluatedExamples"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:batchPredict: its operation ends with google.cloud.automl.v1beta1.BatchPredictResult. */
  batchPredict: {
    target: "name";
    body: NonNullable<operations["batchPredict"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["BatchPredictResult"];
    responseType: "google.cloud.automl.v1beta1.BatchPredictResult";
  };
  /** DELETE /v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}: its operation ends with google.protobuf.Empty. */
  deleteDataset: {
    target: "name";
    body: never;
    bodyRequired: false;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:importData: its operation ends with google.protobuf.Empty. */
  importData: {
    target: "name";
    body: NonNullable<operations["importData"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
  /** POST /v1beta1/projects/{projectsId}/locations/{locationsId}/datasets/{datasetsId}:exportData: its operation ends with google.protobuf.Empty. */
  exportData: {
    target: "name";
    body: NonNullable<operations["exportData"]["requestBody"]>["content"]["application/json"];
    bodyRequired: true;
    response: components["schemas"]["Empty"];
    responseType: "google.protobuf.Empty";
  };
}
