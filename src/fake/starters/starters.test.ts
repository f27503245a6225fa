/**
 * The fake serves the spec's methods that start operations with no code per method: checked bodies,
 * known resources, operations under the parent's operations that progress on the clock and end with
 * the declared response, resources created and deleted as the operations succeed.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Code } from "../../status.js";
import { errors } from "../errors.js";
import { parseFaultSpec } from "../faults.js";
import type { FakeServerOptions } from "../types.js";
import { starterErrors } from "./start-errors.js";
import { DATASET, LOCATION, MODEL, startStarterFake, TABLES_MODEL, type StarterFake } from "./test-support/start-fake.js";

const OPERATION_NAME = new RegExp(`^${LOCATION}/operations/[0-9]{19}$`);
const METADATA_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata";

let fake: StarterFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
async function start(options: FakeServerOptions = {}): Promise<StarterFake> {
  fake = await startStarterFake(options);
  return fake;
}
const getOp = async (f: StarterFake, name: string) => (await f.call("GET", name)).body;

describe("createModel", () => {
  it("starts an operation under the parent's operations with the declared metadata", async () => {
    const f = await start();
    const { status, body } = await f.call("POST", `${LOCATION}/models`, TABLES_MODEL);
    expect(status).toBe(200);
    expect(body.name).toMatch(OPERATION_NAME);
    expect(body.done).toBeUndefined();
    expect(body.metadata).toEqual({
      "@type": METADATA_TYPE,
      createTime: "2026-11-20T12:00:00.000Z",
      updateTime: "2026-11-20T12:00:00.000Z",
      createModelDetails: {},
    });
    expect(await getOp(f, body.name)).toEqual(body);
    const listed = (await f.call("GET", `${LOCATION}/operations?pageSize=1000`)).body.operations.map((o: { name: string }) => o.name);
    expect(listed).toContain(body.name);
  });

  it("progresses on the clock and ends with the Model, named by the server", async () => {
    const f = await start();
    const request = { ...TABLES_MODEL, name: "projects/x/locations/y/models/mine", deploymentState: "DEPLOYED" };
    const { body: started } = await f.call("POST", `${LOCATION}/models`, request);
    f.clock.advance(1_500);
    expect((await getOp(f, started.name)).metadata.progressPercent).toBe(50);
    f.clock.advance(1_500);
    const done = await getOp(f, started.name);
    expect(done.done).toBe(true);
    expect(done.response).toEqual({
      "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model",
      ...TABLES_MODEL,
      name: expect.stringMatching(new RegExp(`^${LOCATION}/models/[0-9]{19}$`)),
      createTime: "2026-11-20T12:00:03.000Z",
      updateTime: "2026-11-20T12:00:03.000Z",
    });
    // The model exists once its operation succeeded: methods on it start operations.
    expect((await f.call("POST", `${done.response.name}:deploy`, {})).status).toBe(200);
  });

  it("has no model to work on before its operation succeeds", async () => {
    const f = await start();
    const { body: started } = await f.call("POST", `${LOCATION}/models`, TABLES_MODEL);
    f.clock.advance(2_999);
    const modelName = `${LOCATION}/models/${started.name.split("/").pop()!.slice(0, 13)}000001`;
    const early = await f.call("POST", `${modelName}:deploy`, {});
    expect(early.body).toEqual(starterErrors.resourceNotFound("models", modelName).toEnvelope());
    f.clock.advance(1);
    expect((await getOp(f, started.name)).response.name).toBe(modelName);
    expect((await f.call("POST", `${modelName}:deploy`, {})).status).toBe(200);
  });

  it("refuses a bad body with INVALID_ARGUMENT and starts nothing", async () => {
    const f = await start();
    const before = f.store.size;
    const { status, body } = await f.call("POST", `${LOCATION}/models`, { ...TABLES_MODEL, displayName: "churn-model", budget: 1 });
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(body.error.details[0].fieldViolations).toEqual([
      { field: "budget", description: 'Invalid JSON payload received. Unknown name "budget": Cannot find field.' },
      { field: "displayName", description: "Invalid value at 'displayName': must match pattern \"^[A-Za-z][A-Za-z0-9_]{0,31}$\"." },
    ]);
    expect(f.store.size).toBe(before);
  });

  it("says which oneof member is missing", async () => {
    const f = await start();
    const { body } = await f.call("POST", `${LOCATION}/models`, { displayName: "m", datasetId: "TBL5314616996136591360" });
    expect(body.error.message).toMatch(/^Invalid request to createModel: exactly one of translationModelMetadata, .*, textSentimentModelMetadata must be set\.$/);
  });

  it("answers NOT_FOUND for a dataset the fake does not know, and starts nothing", async () => {
    const f = await start();
    const before = f.store.size;
    const { status, body } = await f.call("POST", `${LOCATION}/models`, { ...TABLES_MODEL, datasetId: "TBL0000000000000000000" });
    expect(status).toBe(404);
    expect(body).toEqual(starterErrors.resourceNotFound("datasets", `${LOCATION}/datasets/TBL0000000000000000000`).toEnvelope());
    expect(f.store.size).toBe(before);
  });
});

describe("methods on a model or dataset", () => {
  it.each([
    ["deployModel", "POST", `${MODEL}:deploy`, {}, "deployModelDetails"],
    ["undeployModel", "POST", `${MODEL}:undeploy`, undefined, "undeployModelDetails"],
    ["exportModel", "POST", `${MODEL}:export`, { outputConfig: { gcsDestination: { outputUriPrefix: "gs://b/m/" } } }, "exportModelDetails"],
    ["exportEvaluatedExamples", "POST", `${MODEL}:exportEvaluatedExamples`, { outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } }, "exportEvaluatedExamplesDetails"],
    ["importData", "POST", `${DATASET}:importData`, { inputConfig: { gcsSource: { inputUris: ["gs://b/a.csv"] } } }, "importDataDetails"],
    ["exportData", "POST", `${DATASET}:exportData`, { outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } }, "exportDataDetails"],
    ["deleteDataset", "DELETE", DATASET, undefined, "deleteDetails"],
  ])("%s ends with google.protobuf.Empty and its detail member", async (_id, method, path, body, detail) => {
    const f = await start();
    const { status, body: started } = await f.call(method, path, body);
    expect(status).toBe(200);
    expect(started.metadata[detail]).toEqual({});
    f.clock.advance(3_000);
    expect(await getOp(f, started.name)).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
  });

  it("batchPredict carries its inputConfig in the detail and ends with a BatchPredictResult", async () => {
    const f = await start();
    const inputConfig = { bigquerySource: { inputUri: "bq://demo.churn.customers" } };
    const { body: started } = await f.call("POST", `${MODEL}:batchPredict`, { inputConfig, outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } });
    expect(started.metadata.batchPredictDetails).toEqual({ inputConfig });
    f.clock.advance(3_000);
    expect((await getOp(f, started.name)).response).toEqual({ "@type": "type.googleapis.com/google.cloud.automl.v1beta1.BatchPredictResult" });
  });

  it.each([
    ["a model", "POST", `${LOCATION}/models/TBL0000000000000000000:deploy`, {}, "models"],
    ["a dataset", "POST", `${LOCATION}/datasets/TBL0000000000000000000:importData`, { inputConfig: { bigquerySource: { inputUri: "bq://a.b.c" } } }, "datasets"],
    ["a model in another location", "DELETE", `projects/demo/locations/europe-west1/models/TBL2866487218853462016`, undefined, "models"],
  ])("answers NOT_FOUND for %s the fake does not know", async (_what, method, path, body, collection) => {
    const f = await start();
    const { status, body: answer } = await f.call(method, path, body);
    expect(status).toBe(404);
    expect(answer).toEqual(starterErrors.resourceNotFound(collection, path.split(":")[0]!).toEnvelope());
  });

  it("checks the body before the resource, as the front end parses it first", async () => {
    const f = await start();
    const { body } = await f.call("POST", `${LOCATION}/models/TBL0000000000000000000:deploy`, { force: true });
    expect(body.error.status).toBe("INVALID_ARGUMENT");
  });

  it("refuses a body on a method that takes none", async () => {
    const f = await start();
    const { body } = await f.call("DELETE", MODEL, {});
    expect(body).toEqual(errors.bodyNotAllowed("deleteModel").toEnvelope());
  });
});

describe("deleting", () => {
  it("deleteModel removes the model when its operation succeeds", async () => {
    const f = await start();
    const { body: started } = await f.call("DELETE", MODEL);
    f.clock.advance(2_000);
    expect((await f.call("POST", `${MODEL}:undeploy`, {})).status).toBe(200);
    f.clock.advance(1_000);
    expect((await getOp(f, started.name)).done).toBe(true);
    expect((await f.call("POST", `${MODEL}:undeploy`, {})).body).toEqual(starterErrors.resourceNotFound("models", MODEL).toEnvelope());
    expect((await f.call("DELETE", MODEL)).status).toBe(404);
  });

  it("a cancelled deleteModel leaves the model", async () => {
    const f = await start();
    const { body: started } = await f.call("DELETE", MODEL);
    expect((await f.call("POST", `${started.name}:cancel`, {})).status).toBe(200);
    f.clock.advance(10_000);
    expect((await getOp(f, started.name)).error.code).toBe(Code.CANCELLED);
    expect((await f.call("POST", `${MODEL}:undeploy`)).status).toBe(200);
  });

  it("deleting the operation's record does not stop the work", async () => {
    const f = await start();
    const { body: started } = await f.call("DELETE", DATASET);
    expect((await f.call("DELETE", started.name)).status).toBe(200);
    f.clock.advance(3_000);
    expect((await f.call("DELETE", DATASET)).status).toBe(404);
  });
});

describe("durations and failures on demand", () => {
  it("runs a few seconds by default and as long as asked per method", async () => {
    const f = await start({ startDurations: { "*": "10s", deployModel: 500 } });
    const { body: deploy } = await f.call("POST", `${MODEL}:deploy`, {});
    const { body: undeploy } = await f.call("POST", `${MODEL}:undeploy`, {});
    f.clock.advance(500);
    expect((await getOp(f, deploy.name)).done).toBe(true);
    expect((await getOp(f, undeploy.name)).done).toBeUndefined();
    f.clock.advance(9_500);
    expect((await getOp(f, undeploy.name)).done).toBe(true);
  });

  it("ends started operations with the code a fail rule names, and creates nothing", async () => {
    const f = await start({ faults: [parseFaultSpec("createModel:fail:1:RESOURCE_EXHAUSTED")] });
    const { body: started } = await f.call("POST", `${LOCATION}/models`, TABLES_MODEL);
    const { body: other } = await f.call("POST", `${MODEL}:deploy`, {});
    f.clock.advance(3_000);
    const failed = await getOp(f, started.name);
    expect(failed).toMatchObject({ done: true, error: { code: Code.RESOURCE_EXHAUSTED } });
    expect(failed.response).toBeUndefined();
    expect((await getOp(f, other.name)).response).toBeDefined();
    expect(f.resources.names().filter((n) => n.includes("/models/"))).toEqual([MODEL, `${LOCATION}/models/ICN7818209384715960320`]);
  });

  it("fails about the share of operations a probability asks, repeatably under a seed", async () => {
    const outcomes = async () => {
      const f = await start({ faults: [parseFaultSpec("*:fail:0.3")], faultSeed: 7 });
      const names: string[] = [];
      for (let i = 0; i < 200; i++) names.push((await f.call("POST", `${MODEL}:deploy`, {})).body.name);
      f.clock.advance(3_000);
      const codes = await Promise.all(names.map(async (n) => (await getOp(f, n)).error?.code ?? 0));
      await f.close();
      fake = undefined;
      return codes;
    };
    const first = await outcomes();
    expect(first.filter((c) => c === Code.INTERNAL).length).toBeGreaterThan(40);
    expect(first.filter((c) => c === Code.INTERNAL).length).toBeLessThan(80);
    expect(await outcomes()).toEqual(first);
  });

  it("applies request faults to a starter by its operationId", async () => {
    const f = await start({ faults: [parseFaultSpec("createModel:503:1")] });
    expect((await f.call("POST", `${LOCATION}/models`, TABLES_MODEL)).body.error.status).toBe("UNAVAILABLE");
    expect((await f.call("POST", `${MODEL}:deploy`, {})).status).toBe(200);
  });

  it("refuses fault rules and durations for methods the spec does not have", async () => {
    await expect(start({ faults: [{ method: "trainModel", kind: "fail", probability: 1, code: Code.INTERNAL }] })).rejects.toThrow(
      /fault rule for trainModel: the spec .* has no such method/,
    );
    await expect(start({ startDurations: { trainModel: "1s" } })).rejects.toThrow(/start duration for trainModel: no method of the spec/);
    expect(() => parseFaultSpec("get:fail:1")).toThrow(/fail applies to the operations a method starts; get starts none/);
    expect(() => parseFaultSpec("createModel:fail:1:OK")).toThrow(/google.rpc.Code other than OK/);
  });
});

describe("routing", () => {
  it.each([
    [`${LOCATION}/models/a%20b:deploy`, "model", "a b", "contains whitespace"],
    [`${LOCATION}/datasets/a%2Fb:exportData`, "dataset", "a/b", "must be letters, digits and -._~, starting with a letter or digit"],
  ])("refuses the malformed id in %s", async (path, field, value, reason) => {
    const f = await start();
    expect((await f.call("POST", path, {})).body).toEqual(errors.malformedName(field, value, reason).toEnvelope());
  });

  it.each([
    ["GET", `${MODEL}:deploy`],
    ["GET", MODEL],
    ["POST", `${MODEL}:train`],
    ["PATCH", `${LOCATION}/models`],
  ])("answers NOT_FOUND to %s %s, which no method binds", async (method, path) => {
    const f = await start();
    const { status, body } = await f.call(method, path);
    expect(status).toBe(404);
    expect(body).toEqual(errors.unknownPath(method, `/v1beta1/${path}`).toEnvelope());
  });

  it("asks for a token before anything else when auth is required", async () => {
    const f = await start({ requireAuth: true });
    const before = f.store.size;
    expect((await f.call("POST", `${LOCATION}/models`, TABLES_MODEL)).status).toBe(401);
    expect((await f.call("POST", `${LOCATION}/models`, TABLES_MODEL, { authorization: "Bearer t" })).status).toBe(200);
    expect(f.store.size).toBe(before + 1);
  });
});
