/**
 * Starting operations with the SDK against the fake, as an app would: create a model and wait for it,
 * work on it, fail on demand, cancel. The fake runs on its system clock with short durations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperationsClient, type OperationsClient } from "./client.js";
import { ApiError, OperationError } from "./errors.js";
import { createFakeServer, DEFAULT_PARENT, parseFaultSpec, type FakeServer } from "./fake/index.js";

const MODEL = `${DEFAULT_PARENT}/models/TBL2866487218853462016`;
const BODY = { displayName: "churn_sdk", datasetId: "TBL5314616996136591360", tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" } };
const POLL = { initialDelayMs: 20, multiplier: 1.5, totalTimeoutMs: 10_000 };

let fake: FakeServer;
let ops: OperationsClient;
beforeAll(async () => {
  fake = await createFakeServer({
    // importData runs long enough that its first poll always sees it running, even on a loaded machine.
    startDurations: { "*": 200, importData: "2s", undeployModel: "60s" },
    faults: [parseFaultSpec("exportModel:fail:1:FAILED_PRECONDITION")],
    selfCheck: true,
  });
  ops = createOperationsClient({ baseUrl: fake.url, token: "local-token", validateResponses: true });
});
afterAll(() => fake.close());

describe("the SDK starts operations on the fake", () => {
  it("creates a model, waits for it, and works on the model it got", async () => {
    const started = await ops.start("createModel", { parent: DEFAULT_PARENT, body: BODY });
    expect(started.name.startsWith(`${DEFAULT_PARENT}/operations/`)).toBe(true);
    const model = await started.result(POLL);
    expect(model).toMatchObject({ "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", displayName: "churn_sdk" });
    expect(model.name).toMatch(new RegExp(`^${DEFAULT_PARENT}/models/[0-9]+$`));
    const deployed = await ops.start("deployModel", { name: model.name! });
    expect(await deployed.result(POLL)).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
  });

  it("reports progress while polling", async () => {
    const started = await ops.start("importData", { name: `${DEFAULT_PARENT}/datasets/TBL5314616996136591360`, body: { inputConfig: { bigquerySource: { inputUri: "bq://demo.a.b" } } } });
    const seen: number[] = [];
    const done = await started.pollUntilDone({ ...POLL, initialDelayMs: 50, multiplier: 1, onProgress: (o) => seen.push(o.metadata?.progressPercent ?? 0) });
    expect(done.done).toBe(true);
    expect(done.metadata?.importDataDetails).toEqual({});
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(100);
  });

  it("deletes a model, which is then gone", async () => {
    const model = await (await ops.start("createModel", { parent: DEFAULT_PARENT, body: BODY })).result(POLL);
    await (await ops.start("deleteModel", { name: model.name! })).result(POLL);
    const error = await ops.start("deployModel", { name: model.name! }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe("NOT_FOUND");
  });

  it("throws OperationError with the code a fail rule chose", async () => {
    const started = await ops.start("exportModel", { name: MODEL, body: { outputConfig: { gcsDestination: { outputUriPrefix: "gs://demo-bucket/m/" } } } });
    const error = await started.result(POLL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).status).toBe("FAILED_PRECONDITION");
  });

  it("cancels a started operation, whose result then throws CANCELLED", async () => {
    const started = await ops.start("undeployModel", { name: MODEL });
    await started.cancel();
    const error = await started.result(POLL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe(1);
  });

  it("gets the fake's INVALID_ARGUMENT for a body the types cannot catch", async () => {
    const error = await ops.start("createModel", { parent: DEFAULT_PARENT, body: { ...BODY, displayName: "churn model" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe("INVALID_ARGUMENT");
  });
});
