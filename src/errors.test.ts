import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { ApiError, OperationError } from "./errors.js";
import { Code, type CodeName, httpStatusOf } from "./status.js";
import { FAILED_OP, OP_NAME } from "./test-support/fixtures.js";
import { envelope, scriptedFetch } from "./test-support/scripted-fetch.js";

const noRetry = (fetch: typeof globalThis.fetch) => createOperationsClient({ fetch, retry: false });

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error(`expected ApiError, got ${String(error)}`);
  return error;
}

describe("every google.rpc.Code is read from its envelope", () => {
  const codes = (Object.keys(Code) as CodeName[]).filter((name) => name !== "OK");
  it.each(codes)("%s", async (name) => {
    const http = httpStatusOf(Code[name]);
    const s = scriptedFetch(envelope(http, name, `server says ${name}`));
    const error = await errorOf(noRetry(s.fetch).get(OP_NAME));
    expect(error).toMatchObject({ httpStatus: http, code: Code[name], status: name, serverMessage: `server says ${name}` });
  });

  it("the status name decides the code where HTTP statuses are shared (400: FAILED_PRECONDITION)", async () => {
    const s = scriptedFetch(envelope(400, "FAILED_PRECONDITION"));
    const error = await errorOf(noRetry(s.fetch).cancel(OP_NAME));
    expect(error.code).toBe(Code.FAILED_PRECONDITION);
  });
});

describe("bodies that are not the envelope still become ApiError", () => {
  it.each([
    [502, new Response("<html><body>Bad Gateway</body></html>", { status: 502 }), Code.UNAVAILABLE],
    [502, new Response(null, { status: 502 }), Code.UNAVAILABLE],
    [404, new Response("Not Found", { status: 404 }), Code.NOT_FOUND],
    [500, new Response('{"unexpected": true}', { status: 500 }), Code.INTERNAL],
    [418, new Response("teapot", { status: 418 }), Code.FAILED_PRECONDITION],
  ])("HTTP %i maps to its code", async (http, response, code) => {
    const error = await errorOf(noRetry(scriptedFetch(response).fetch).get(OP_NAME));
    expect(error.httpStatus).toBe(http);
    expect(error.code).toBe(code);
    expect(error.details).toEqual([]);
  });
});

describe("details are kept whole", () => {
  const details = [
    { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RATE_LIMIT_EXCEEDED", domain: "googleapis.com", metadata: { service: "automl.googleapis.com" } },
    { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "2.500s" },
    { "@type": "type.googleapis.com/vendor.SomethingNew", x: 1 },
  ];

  it("ApiError keeps unknown detail types and reads ErrorInfo and RetryInfo", async () => {
    const s = scriptedFetch(envelope(429, "RESOURCE_EXHAUSTED", "quota", details));
    const error = await errorOf(noRetry(s.fetch).get(OP_NAME));
    expect(error.details).toEqual(details);
    expect(error.errorInfo()).toEqual({ reason: "RATE_LIMIT_EXCEEDED", domain: "googleapis.com", metadata: { service: "automl.googleapis.com" } });
    expect(error.retryDelayMs()).toBe(2500);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "ApiError", code: 8, status: "RESOURCE_EXHAUSTED", details });
  });

  it("OperationError keeps the operation's Status whole", () => {
    const error = new OperationError({ ...FAILED_OP, error: FAILED_OP.error! });
    expect(error).toMatchObject({ code: 7, status: "PERMISSION_DENIED", details: FAILED_OP.error!.details });
    expect(error.errorInfo()?.reason).toBe("GCS_PERMISSION_DENIED");
    expect(error.message).toContain(OP_NAME);
  });
});
