import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadSpec } from "../spec-model.js";
import {
  contentTypeConformance,
  errorEnvelopeConformance,
  noProxyViolations,
  notAServerError,
  responseSchemaConformance,
  statusCodeConformance,
} from "./response.js";
import { checkContext, exchangeOf, INVALID_ARGUMENT_BODY, NOT_FOUND_BODY, RECEIVED_DOCUMENTED, RUNNING_OP } from "./fixtures.js";
import { isNote, isSkip, NOT_APPLICABLE } from "./verdict.js";

const ctx = checkContext();
const GOOD_GET = exchangeOf({ status: 200, body: RUNNING_OP });

describe("generic response checks", () => {
  it("notAServerError fails a 500 and a get answering 501, and notes a 501 from a method a server may leave out", () => {
    expect(() => notAServerError(exchangeOf({ status: 500, body: "boom", contentType: "text/plain" }), ctx)).toThrow(RECEIVED_DOCUMENTED);
    expect(isNote(notAServerError(exchangeOf({ operationId: "cancelOperation", status: 501, body: {} }), ctx))).toBe(true);
    expect(isNote(notAServerError(exchangeOf({ operationId: "listOperations", status: 501, body: {} }), ctx))).toBe(true);
    expect(() => notAServerError(exchangeOf({ operationId: "getOperation", status: 501, body: {} }), ctx)).toThrow(/Received: 501/);
  });

  it("notAServerError takes a method's freedom to answer 501 from the spec: without a documented 501, list answering 501 fails", () => {
    const spec = structuredClone(ctx.spec.document) as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> };
    delete spec.paths["/v1beta1/projects/{projectsId}/locations/{locationsId}/operations"]!.get!.responses["501"];
    const path = join(mkdtempSync(join(tmpdir(), "kit-501-")), "spec.yaml");
    writeFileSync(path, stringify(spec));
    const strict = { ...ctx, spec: loadSpec(path) };
    expect(() => notAServerError(exchangeOf({ operationId: "listOperations", status: 501, body: {} }), strict)).toThrow(/Received: 501/);
    expect(isNote(notAServerError(exchangeOf({ operationId: "waitOperation", status: 501, body: {} }), strict))).toBe(true);
  });

  it("notAServerError fails a 5xx the operation does not list", () => {
    expect(() => notAServerError(exchangeOf({ status: 502, body: {} }), ctx)).toThrow(/Received: 502/);
  });

  it("statusCodeConformance fails an undocumented status and accepts default for rpc error statuses", () => {
    expect(() => statusCodeConformance(exchangeOf({ status: 418, body: {} }), ctx)).toThrow(/Received: 418\n {2}Documented: 200, 400/);
    expect(statusCodeConformance(exchangeOf({ status: 409, body: {} }), ctx)).toBeUndefined();
    expect(statusCodeConformance(GOOD_GET, ctx)).toBeUndefined();
  });

  it("statusCodeConformance notes a 422 for malformed input only on a non-strict target", () => {
    const unprocessable = exchangeOf({ status: 422, body: {}, malformed: true });
    expect(isNote(statusCodeConformance(unprocessable, checkContext({ strictStatusCodes: false })))).toBe(true);
    expect(() => statusCodeConformance(unprocessable, ctx)).toThrow(RECEIVED_DOCUMENTED);
  });

  it("contentTypeConformance fails a body of another media type", () => {
    expect(() => contentTypeConformance(exchangeOf({ status: 404, body: "<html/>", contentType: "text/html" }), ctx)).toThrow(
      /Received: text\/html\n {2}Documented: application\/json/,
    );
    expect(contentTypeConformance(GOOD_GET, ctx)).toBeUndefined();
  });

  it("responseSchemaConformance reads a response as clients do: a member its closed schema does not name passes with a note (AIP-180)", () => {
    const emptyWithNews = exchangeOf({ operationId: "deleteOperation", method: "DELETE", status: 200, body: { addedLater: true } });
    const outcome = responseSchemaConformance(emptyWithNews, ctx);
    expect(isNote(outcome) && outcome.note).toMatch(/fields the spec does not name, ignored as AIP-180 allows: addedLater/);
  });

  it("responseSchemaConformance fails an operation whose name breaks the pattern", () => {
    const bad = exchangeOf({ status: 200, body: { ...RUNNING_OP, name: "operations/RUN1" } });
    expect(() => responseSchemaConformance(bad, ctx)).toThrow(/Received: .*\/name must match pattern/);
    expect(responseSchemaConformance(GOOD_GET, ctx)).toBeUndefined();
  });

  it("responseSchemaConformance fails a body that is not JSON", () => {
    expect(() => responseSchemaConformance(exchangeOf({ status: 200, body: "not json" }), ctx)).toThrow(/Received: not json/);
  });

  it("errorEnvelopeConformance fails an error whose code is the rpc code instead of the HTTP status", () => {
    const rpcCode = exchangeOf({ status: 404, body: { error: { code: 5, message: "x", status: "NOT_FOUND" } } });
    expect(() => errorEnvelopeConformance(rpcCode, ctx)).toThrow(/Received: error.code 5\n {2}Documented: error.code 404/);
    expect(errorEnvelopeConformance(exchangeOf({ status: 404, body: NOT_FOUND_BODY }), ctx)).toBeUndefined();
  });

  it("errorEnvelopeConformance fails a status name that belongs to another HTTP status", () => {
    const wrongName = exchangeOf({ status: 400, body: { error: { code: 400, message: "x", status: "NOT_FOUND" } } });
    expect(() => errorEnvelopeConformance(wrongName, ctx)).toThrow(/Received: error.status NOT_FOUND\n {2}Documented: .*INVALID_ARGUMENT \| FAILED_PRECONDITION \| OUT_OF_RANGE/);
    expect(errorEnvelopeConformance(exchangeOf({ status: 400, body: INVALID_ARGUMENT_BODY }), ctx)).toBeUndefined();
  });

  it("errorEnvelopeConformance fails a problem+json body and ignores successes", () => {
    const problem = exchangeOf({ status: 404, body: { title: "Not found", status: 404 }, contentType: "application/problem+json" });
    expect(() => errorEnvelopeConformance(problem, ctx)).toThrow(/without the AIP-193 envelope/);
    expect(errorEnvelopeConformance(GOOD_GET, ctx)).toBe(NOT_APPLICABLE);
    const tolerated = exchangeOf({ status: 422, body: { title: "x" }, malformed: true });
    expect(isSkip(errorEnvelopeConformance(tolerated, checkContext({ strictStatusCodes: false })))).toBe(true);
  });

  it("noProxyViolations fails on a response violation and tolerates request violations of malformed input", () => {
    const header = JSON.stringify([{ location: ["response", "body"], severity: "Error", message: "must have required property 'name'" }]);
    expect(() => noProxyViolations(exchangeOf({ status: 200, body: {}, headers: { "sl-violations": header } }))).toThrow(
      /Received: \[response.body\] must have required property 'name'/,
    );
    const requestSide = JSON.stringify([{ location: ["request", "query", "pagesize"], message: "must be >= 0" }]);
    expect(noProxyViolations(exchangeOf({ status: 400, body: INVALID_ARGUMENT_BODY, headers: { "sl-violations": requestSide }, malformed: true }))).toBeUndefined();
    expect(() => noProxyViolations(exchangeOf({ status: 400, body: INVALID_ARGUMENT_BODY, headers: { "sl-violations": requestSide } }))).toThrow(RECEIVED_DOCUMENTED);
  });

  it("notes what the spec allows beyond its letter: unknown fields, pretty-printing, gzip, charset, throttling", () => {
    const listing = { operations: [{ ...RUNNING_OP, metadata: { ...(RUNNING_OP.metadata as object), stateMessage: "x" } }], totalSize: 1 };
    const extra = exchangeOf({ operationId: "listOperations", status: 200, body: JSON.stringify(listing, null, 2) });
    expect(responseSchemaConformance(extra, ctx)).toEqual({ note: expect.stringMatching(/AIP-180 allows: operations\[\]\.metadata\.stateMessage, totalSize; pretty-printed JSON/) });
    const gzip = exchangeOf({ status: 200, body: RUNNING_OP, contentType: "application/json;charset=UTF-8", headers: { "content-encoding": "gzip" } });
    expect(contentTypeConformance(gzip, ctx)).toEqual({ note: expect.stringMatching(/charset=UTF-8, Content-Encoding gzip/) });
    const retried = { ...exchangeOf({ status: 200, body: RUNNING_OP }), throttled: [{ status: 429, delayMs: 1000, source: "Retry-After" as const }] };
    expect(statusCodeConformance(retried, ctx)).toEqual({ note: expect.stringMatching(/throttled \(429\) and retried after Retry-After/) });
    expect(responseSchemaConformance(exchangeOf({ status: 200, body: RUNNING_OP }), ctx)).toBeUndefined();
  });
});
