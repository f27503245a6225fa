/**
 * Prism's mock, started on the spec, answers every operation with bodies that the generated validators
 * accept: the spec's examples are what Google's clients would parse (pitfall 12: `@type` on every Any).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  validateEmpty,
  validateErrorResponse,
  validateListOperationsResponse,
  validateOperation,
} from "../../generated/validators.js";
import { startPrism, type PrismProcess } from "../../scripts/prism.js";
import { deref } from "../../src/spec/document.js";
import { nameOf, readStarters } from "../../src/spec/operation-info.js";
import { readSpecFile } from "../../src/spec/read-spec.js";

const LOCATION = "/v1beta1/projects/demo/locations/us-central1";
const OPERATION = `${LOCATION}/operations/TRN1234567890`;
const AUTH = { Authorization: "Bearer test-token" };
const JSON_BODY = { ...AUTH, "Content-Type": "application/json" };

type Validator = ((v: unknown) => boolean) & { errors?: unknown };
const CALLS: [operationId: string, method: string, path: string, init: RequestInit, validate: Validator][] = [
  ["getOperation", "GET", OPERATION, { headers: AUTH }, validateOperation],
  ["listOperations", "GET", `${LOCATION}/operations?pageSize=2`, { headers: AUTH }, validateListOperationsResponse],
  ["cancelOperation", "POST", `${OPERATION}:cancel`, { headers: JSON_BODY, body: "{}" }, validateEmpty],
  ["deleteOperation", "DELETE", OPERATION, { headers: AUTH }, validateEmpty],
  ["waitOperation", "POST", `${OPERATION}:wait`, { headers: JSON_BODY, body: '{"timeout":"1s"}' }, validateOperation],
];

/** Each method that starts an operation, called on the spec's example ids with its first body example. */
const SPEC = readSpecFile();
const STARTER_CALLS: [operationId: string, method: string, path: string, init: RequestInit][] = readStarters(SPEC).map((s) => {
  const values = { projectsId: "demo", locationsId: "us-central1", modelsId: "TBL2866487218853462016", datasetsId: "TBL5314616996136591360" };
  const path = `/v1beta1/${nameOf(s.segments, values)}${s.collection ? `/${s.collection}` : ""}${s.verb ? `:${s.verb}` : ""}`;
  const op = deref<Record<string, any>>(SPEC, SPEC.paths![s.path])[s.method.toLowerCase()];
  const examples = op.requestBody ? deref<Record<string, any>>(SPEC, op.requestBody).content["application/json"].examples : undefined;
  const body = examples ? JSON.stringify(Object.values<{ value: unknown }>(examples)[0]!.value) : undefined;
  return [s.operationId, s.method, path, body === undefined ? { headers: AUTH } : { headers: JSON_BODY, body }];
});

let prism: PrismProcess;
beforeAll(async () => {
  prism = await startPrism({ mode: "mock" });
});
afterAll(() => prism?.close());

async function call(method: string, path: string, init: RequestInit) {
  const response = await fetch(prism.url + path, { ...init, method });
  return { response, body: (await response.json()) as unknown };
}

describe("Prism mock on the spec", () => {
  it.each(CALLS)("%s answers 200 with a body the validators accept", async (_id, method, path, init, validate) => {
    const { response, body } = await call(method, path, init);
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(CALLS)("%s answers Prefer code=404 with a NOT_FOUND envelope", async (_id, method, path, init) => {
    const headers = { ...(init.headers as Record<string, string>), Prefer: "code=404" };
    const { response, body } = await call(method, path, { ...init, headers });
    expect(response.status).toBe(404);
    expect(validateErrorResponse(body)).toBe(true);
    expect(body).toMatchObject({ error: { code: 404, status: "NOT_FOUND" } });
  });

  it.each(STARTER_CALLS)("%s answers 200 with an Operation from its example", async (_id, method, path, init) => {
    const { response, body } = await call(method, path, init);
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(validateOperation(body), JSON.stringify(validateOperation.errors)).toBe(true);
  });

  it("refuses createModel with an unknown member (its body schema is checked)", async () => {
    const body = JSON.stringify({ displayName: "churn", datasetId: "TBL5314616996136591360", tablesModelMetadata: {}, budget: 1 });
    const { response } = await call("POST", `${LOCATION}/models`, { headers: JSON_BODY, body });
    expect([400, 422]).toContain(response.status);
  });

  it("refuses a request without a token with an UNAUTHENTICATED envelope", async () => {
    const { response, body } = await call("GET", OPERATION, {});
    expect(response.status).toBe(401);
    expect(body).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
  });

  it("accepts cancel with no body at all", async () => {
    const { response } = await call("POST", `${OPERATION}:cancel`, { headers: AUTH });
    expect(response.status).toBe(200);
  });
});
