/**
 * The methods of Cloud AutoML v1beta1 the spec must hold, as Google defines them (the `google.api.http`
 * bindings and `google.longrunning.operation_info` of google/cloud/automl/v1beta1/service.proto and
 * prediction_service.proto, and google/longrunning/operations.proto with AutoML's HTTP rules).
 * Tests of fidelity to AutoML check that the spec has these, a superset check: a spec extended with
 * methods of its own (README, "Extending the spec") still passes them. Tests that need every method of
 * the spec read the spec instead.
 */

/** The operations collection's own methods (google.longrunning.Operations, AutoML's binding). */
export const AUTOML_OPERATIONS_METHODS = ["listOperations", "getOperation", "deleteOperation", "cancelOperation", "waitOperation"] as const;

/** The ten AutoML methods that start operations, in the order the spec documents them. */
export const AUTOML_STARTERS = [
  "createModel",
  "deleteModel",
  "deployModel",
  "undeployModel",
  "exportModel",
  "exportEvaluatedExamples",
  "batchPredict",
  "deleteDataset",
  "importData",
  "exportData",
] as const;

export type AutomlStarterId = (typeof AUTOML_STARTERS)[number];

/** `ids` with only the AutoML starters kept, in their order: what fidelity tests compare. */
export const automlStartersIn = (ids: readonly string[]): string[] => ids.filter((id) => (AUTOML_STARTERS as readonly string[]).includes(id));
