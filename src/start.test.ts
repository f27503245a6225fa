/**
 * Starting operations through an injected fetch: the request each starter sends, the errors raised
 * before anything is sent, and how answers and results are read.
 */
import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { ApiError, InvalidNameError, InvalidOptionError, OperationError, ResponseValidationError } from "./errors.js";
import { envelope, json, scriptedFetch } from "./test-support/scripted-fetch.js";

const BASE = "https://automl.example.test";
const PARENT = "projects/demo/locations/us-central1";
const MODEL = `${PARENT}/models/TBL2866487218853462016`;
const OP = `${PARENT}/operations/1795176000000000002`;
const METADATA = { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata", createModelDetails: {} };
const RUNNING = { name: OP, metadata: METADATA };
const BODY = { displayName: "churn", datasetId: "TBL5314616996136591360", tablesModelMetadata: {} };

function clientWith(...steps: Parameters<typeof scriptedFetch>) {
  const scripted = scriptedFetch(...steps);
  return { ops: createOperationsClient({ baseUrl: BASE, token: "t", fetch: scripted.fetch, retry: false }), requests: scripted.requests };
}

describe("start", () => {
  it("sends createModel as POST on the parent's models with the Model as body", async () => {
    const { ops, requests } = clientWith(json(RUNNING));
    const started = await ops.start("createModel", { parent: PARENT, body: BODY });
    expect(started.name).toBe(OP);
    expect(started.operation).toEqual(RUNNING);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "POST", url: `${BASE}/v1beta1/${PARENT}/models`, body: JSON.stringify(BODY) });
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer t");
  });

  it.each([
    ["deployModel", { name: MODEL }, "POST", `${MODEL}:deploy`, ""],
    ["deleteModel", { name: MODEL }, "DELETE", MODEL, ""],
    ["exportData", { name: `${PARENT}/datasets/TBL1`, body: { outputConfig: { bigqueryDestination: { outputUri: "bq://d" } } } }, "POST", `${PARENT}/datasets/TBL1:exportData`, '{"outputConfig":{"bigqueryDestination":{"outputUri":"bq://d"}}}'],
  ] as const)("sends %s to its path", async (id, request, method, path, body) => {
    const { ops, requests } = clientWith(json(RUNNING));
    await ops.start(id, request as never);
    expect(requests[0]).toMatchObject({ method, url: `${BASE}/v1beta1/${path}`, body });
  });

  it("percent-encodes ids, so none can reach another path", async () => {
    const { ops, requests } = clientWith(json(RUNNING));
    await ops.start("deployModel", { name: `${PARENT}/models/a?b#c` });
    expect(requests[0]!.url).toBe(`${BASE}/v1beta1/${PARENT}/models/a%3Fb%23c:deploy`);
  });

  it.each([
    ["a name of another collection", () => ({ name: `${PARENT}/datasets/TBL1` }), "deployModel", InvalidNameError, /expected projects\/\{project\}\/locations\/\{location\}\/models\/\{model\}/],
    ["a parent with a model in it", () => ({ parent: MODEL, body: BODY }), "createModel", InvalidNameError, /expected projects\/\{project\}\/locations\/\{location\}/],
    ["a dot segment", () => ({ name: `${PARENT}/models/..` }), "deployModel", InvalidNameError, /dot segment/],
    ["a name that is not a string", () => ({ name: 42 }), "deployModel", InvalidNameError, /must be a string/],
    ["an unknown operationId", () => ({ name: MODEL }), "trainModel", InvalidOptionError, /invalid operationId: "trainModel" \(expected a method that starts operations: createModel, deleteModel/],
    ["an operationId of a method that starts nothing", () => ({ name: MODEL }), "getOperation", InvalidOptionError, /invalid operationId/],
    ["a missing required body", () => ({ parent: PARENT }), "createModel", InvalidOptionError, /invalid body: undefined \(expected the request body of createModel\)/],
    ["a body for a method that takes none", () => ({ name: MODEL, body: {} }), "deleteModel", InvalidOptionError, /no body: deleteModel takes none/],
    ["a body that is not an object", () => ({ name: MODEL, body: [] }), "deployModel", InvalidOptionError, /a JSON object/],
    ["no request at all", () => undefined, "deployModel", InvalidOptionError, /invalid request/],
  ])("refuses %s before anything is sent", async (_what, request, id, type, message) => {
    const { ops, requests } = clientWith(json(RUNNING));
    const error = await ops.start(id as "deployModel", request() as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
    expect(requests).toHaveLength(0);
  });

  it("throws ApiError with the server's Status when the start is refused", async () => {
    const { ops } = clientWith(envelope(404, "NOT_FOUND", `Model ${MODEL} not found.`));
    const error = await ops.start("deployModel", { name: MODEL }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 5, status: "NOT_FOUND", method: "POST", url: `${BASE}/v1beta1/${MODEL}:deploy` });
  });

  it("retries a 503 of deleteModel but not of createModel, as google-gax (a second create would start a second model)", async () => {
    const retrying = (steps: Parameters<typeof scriptedFetch>) => {
      const scripted = scriptedFetch(...steps);
      const ops = createOperationsClient({ baseUrl: BASE, token: "t", fetch: scripted.fetch, retry: { initialDelayMs: 1, random: () => 0 } });
      return { ops, requests: scripted.requests };
    };
    const create = retrying([envelope(503, "UNAVAILABLE"), json(RUNNING)]);
    await expect(create.ops.start("createModel", { parent: PARENT, body: BODY })).rejects.toThrow(ApiError);
    expect(create.requests).toHaveLength(1);
    const remove = retrying([envelope(503, "UNAVAILABLE"), json(RUNNING)]);
    expect((await remove.ops.start("deleteModel", { name: MODEL })).name).toBe(OP);
    expect(remove.requests).toHaveLength(2);
  });

  it("throws ResponseValidationError when the answer is not an Operation", async () => {
    const { ops } = clientWith(json({ name: MODEL, displayName: "churn" }));
    await expect(ops.start("deployModel", { name: MODEL })).rejects.toThrow(ResponseValidationError);
  });
});

describe("the started operation", () => {
  const done = (response: unknown) => json({ ...RUNNING, done: true, response });

  it("resolves result with the declared response after polling", async () => {
    const model = { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", name: MODEL, ...BODY };
    const { ops, requests } = clientWith(json(RUNNING), json(RUNNING), done(model));
    const started = await ops.start("createModel", { parent: PARENT, body: BODY });
    expect(await started.result({ initialDelayMs: 1 })).toEqual(model);
    expect(requests.slice(1).map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${BASE}/v1beta1/${OP}`, `GET ${BASE}/v1beta1/${OP}`]);
  });

  it("rejects result when the operation ended with another type than declared", async () => {
    const { ops } = clientWith(json(RUNNING), done({ "@type": "type.googleapis.com/google.protobuf.Empty" }));
    const started = await ops.start("createModel", { parent: PARENT, body: BODY });
    const error = await started.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).problems[0]).toMatch(/createModel on projects\/demo\/locations\/us-central1 ended with a response of type type\.googleapis\.com\/google\.protobuf\.Empty; declared type\.googleapis\.com\/google\.cloud\.automl\.v1beta1\.Model/);
  });

  it("reads a done operation without a response as Empty where Empty is declared, and as an error elsewhere", async () => {
    const empty = clientWith(json(RUNNING), json({ ...RUNNING, done: true }));
    expect(await (await empty.ops.start("deployModel", { name: MODEL })).result()).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
    const model = clientWith(json(RUNNING), json({ ...RUNNING, done: true }));
    await expect((await model.ops.start("createModel", { parent: PARENT, body: BODY })).result()).rejects.toThrow(/ended with no response/);
  });

  it("cancels by name, and result then throws OperationError with code 1", async () => {
    const { ops, requests } = clientWith(json(RUNNING), json({}), json({ ...RUNNING, done: true, error: { code: 1, message: "Operation was cancelled." } }));
    const started = await ops.start("deployModel", { name: MODEL });
    await started.cancel();
    expect(requests[1]).toMatchObject({ method: "POST", url: `${BASE}/v1beta1/${OP}:cancel`, body: "{}" });
    const error = await started.result().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe(1);
  });
});
