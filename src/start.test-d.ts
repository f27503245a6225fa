import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../generated/schema.js";
import type { STARTERS } from "../generated/starters.js";
import { createOperationsClient, type Operation, type StartedOperation, type StarterId } from "./index.js";
import type { AutomlStarterId } from "./test-support/automl-methods.js";

type Model = components["schemas"]["Model"];
const ops = createOperationsClient();
const parent = "projects/demo/locations/us-central1";
const name = `${parent}/models/TBL2866487218853462016`;
const dataset = `${parent}/datasets/TBL5314616996136591360`;
const model = { displayName: "churn", datasetId: "TBL5314616996136591360", tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" } };

describe("types of starting operations", () => {
  it("knows the ten AutoML starters, and every other starter of the spec, by operationId", () => {
    // A superset check: a spec extended with methods of its own (README, "Extending the spec") passes.
    expectTypeOf<AutomlStarterId>().toMatchTypeOf<StarterId>();
    expectTypeOf<StarterId>().toEqualTypeOf<keyof typeof STARTERS>();
  });

  it("types createModel's result as the Model with its @type", async () => {
    const started = await ops.start("createModel", { parent, body: model });
    expectTypeOf(started.name).toBeString();
    expectTypeOf(started.operation).toEqualTypeOf<Operation>();
    const created = await started.result();
    expectTypeOf(created).toMatchTypeOf<Model>();
    expectTypeOf(created["@type"]).toEqualTypeOf<"type.googleapis.com/google.cloud.automl.v1beta1.Model">();
    expectTypeOf(created.displayName).toBeString();
    expectTypeOf(started.pollUntilDone()).resolves.toEqualTypeOf<Operation>();
    expectTypeOf(started.cancel()).resolves.toBeVoid();
  });

  it("types Empty results as their @type alone, and batchPredict's as BatchPredictResult", async () => {
    const deployed = await (await ops.start("deployModel", { name })).result();
    expectTypeOf(deployed).toEqualTypeOf<{ "@type": "type.googleapis.com/google.protobuf.Empty" }>();
    const predicted = await ops.start("batchPredict", {
      name,
      body: { inputConfig: { bigquerySource: { inputUri: "bq://demo.a.b" } }, outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } },
    });
    expectTypeOf(predicted).toEqualTypeOf<
      StartedOperation<components["schemas"]["BatchPredictResult"] & { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.BatchPredictResult" }>
    >();
  });

  it("takes the body each method's request schema describes", () => {
    void ops.start("importData", { name: dataset, body: { inputConfig: { gcsSource: { inputUris: ["gs://b/a.csv"] } } } });
    void ops.start("undeployModel", { name, signal: AbortSignal.timeout(1_000) });
    // @ts-expect-error trainBudgetMilliNodeHours is an int64: a string in proto3 JSON
    void ops.start("createModel", { parent, body: { ...model, tablesModelMetadata: { trainBudgetMilliNodeHours: 1000 } } });
    // @ts-expect-error createModel needs its body
    void ops.start("createModel", { parent });
    // @ts-expect-error createModel takes a parent, not a name
    void ops.start("createModel", { name, body: model });
    // @ts-expect-error deployModel takes a name, not a parent
    void ops.start("deployModel", { parent });
    // @ts-expect-error deleteModel takes no body
    void ops.start("deleteModel", { name, body: {} });
    // @ts-expect-error exportData's outputConfig is required
    void ops.start("exportData", { name: dataset, body: {} });
    // @ts-expect-error an unknown member of the body
    void ops.start("deployModel", { name, body: { force: true } });
  });

  it("does not compile an unknown operationId", () => {
    // @ts-expect-error trainModel starts no operation in the spec
    void ops.start("trainModel", { name });
    // @ts-expect-error getOperation reads an operation; it starts none
    void ops.start("getOperation", { name });
  });
});
