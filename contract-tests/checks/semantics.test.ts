import { describe, expect, it } from "vitest";
import {
  answeredOneOf,
  answeredWith,
  cancelBodyAccepted,
  cancelEndedOperation,
  filterMatches,
  finishedOperationUnchanged,
  invalidArgumentAnswered,
  listAgreesWithGet,
  malformedInputRejected,
  missingTokenRefused,
  noOperationRepeated,
  operationAbsent,
  pagesEqualWhole,
  pageWithinPageSize,
  paginationTerminates,
  repeatedCancelHarmless,
  returnedWithin,
  undocumentedMethodRefused,
} from "./semantics.js";
import { CANCELLED_OP, checkContext, exchangeOf, FAILED_OP, INVALID_ARGUMENT_BODY, META, NOT_FOUND_BODY, RECEIVED_DOCUMENTED, RUNNING_OP, SUCCEEDED_OP } from "./fixtures.js";
import { isNote, isSkip } from "./verdict.js";

const ctx = checkContext();
const lenient = checkContext({ strictStatusCodes: false });
const FAILED_PRECONDITION = exchangeOf({ operationId: "cancelOperation", status: 400, body: { error: { code: 400, message: "done", status: "FAILED_PRECONDITION" } } });

describe("semantic checks", () => {
  it("answeredWith fails a 200 where NOT_FOUND is due", () => {
    expect(() => answeredWith(exchangeOf({ status: 200, body: RUNNING_OP }), "NOT_FOUND")).toThrow(/Received: 200 OK\n {2}Documented: 404 NOT_FOUND/);
    expect(answeredWith(exchangeOf({ status: 404, body: NOT_FOUND_BODY }), "NOT_FOUND")).toBeUndefined();
  });

  it("answeredOneOf notes a tolerated answer and fails anything else", () => {
    expect(isNote(answeredOneOf(FAILED_PRECONDITION, ["OK"], ["FAILED_PRECONDITION"]))).toBe(true);
    expect(() => answeredOneOf(FAILED_PRECONDITION, ["OK"], ["UNIMPLEMENTED"])).toThrow(/Documented: 200 OK or 501 UNIMPLEMENTED/);
  });

  it("malformedInputRejected fails acceptance and notes a 422 from a non-strict target", () => {
    const accepted = exchangeOf({ operationId: "listOperations", status: 200, body: { operations: [] }, malformed: true });
    expect(() => malformedInputRejected(accepted, ctx)).toThrow(/Received: 200 OK\n {2}Documented: a 4xx error envelope/);
    const unprocessable = exchangeOf({ operationId: "listOperations", status: 422, body: {}, malformed: true });
    expect(isNote(malformedInputRejected(unprocessable, lenient))).toBe(true);
  });

  it("invalidArgumentAnswered does not pass a 422 even from a non-strict target", () => {
    const unprocessable = exchangeOf({ operationId: "listOperations", status: 422, body: {}, malformed: true });
    expect(isSkip(invalidArgumentAnswered(unprocessable, lenient))).toBe(true);
    expect(() => invalidArgumentAnswered(unprocessable, ctx)).toThrow(RECEIVED_DOCUMENTED);
    expect(invalidArgumentAnswered(exchangeOf({ status: 400, body: INVALID_ARGUMENT_BODY, malformed: true }), ctx)).toBeUndefined();
  });

  it("missingTokenRefused fails a request served without a token", () => {
    expect(() => missingTokenRefused(exchangeOf({ status: 200, body: RUNNING_OP }))).toThrow(/Documented: 401 UNAUTHENTICATED/);
  });

  it("cancelBodyAccepted fails an INVALID_ARGUMENT or 415 for an empty body", () => {
    expect(() => cancelBodyAccepted(exchangeOf({ operationId: "cancelOperation", status: 400, body: INVALID_ARGUMENT_BODY }))).toThrow(RECEIVED_DOCUMENTED);
    expect(() => cancelBodyAccepted(exchangeOf({ operationId: "cancelOperation", status: 415, body: "" }))).toThrow(/Received: 415/);
    expect(isNote(cancelBodyAccepted(FAILED_PRECONDITION))).toBe(true);
  });

  it("cancelEndedOperation fails an operation still running and notes one that finished on its own", () => {
    expect(() => cancelEndedOperation(RUNNING_OP)).toThrow(/still running/);
    expect(cancelEndedOperation(CANCELLED_OP)).toBeUndefined();
    expect(isNote(cancelEndedOperation(SUCCEEDED_OP))).toBe(true);
  });

  it("cancelEndedOperation fails a cancel that ends the operation with another error code", () => {
    const sentAt = Date.parse("2026-11-20T10:30:00Z");
    const unknownAfterCancel = { ...RUNNING_OP, done: true, error: { code: 2, message: "stopped" }, metadata: { ...META, updateTime: "2026-11-20T10:30:01Z" } };
    expect(() => cancelEndedOperation(unknownAfterCancel, sentAt)).toThrow(/Received: error UNKNOWN[\s\S]*Documented: error.code 1 \(CANCELLED\)/);
    const failedBeforeCancel = { ...unknownAfterCancel, metadata: { ...META, updateTime: "2026-11-20T10:00:00Z" } };
    expect(isNote(cancelEndedOperation(failedBeforeCancel, sentAt))).toBe(true);
  });

  it("repeatedCancelHarmless fails when a second cancel rewrites the outcome", () => {
    expect(() => repeatedCancelHarmless(CANCELLED_OP, { ...CANCELLED_OP, error: { code: 1, message: "cancelled again" } })).toThrow(RECEIVED_DOCUMENTED);
    expect(repeatedCancelHarmless(FAILED_OP, { ...FAILED_OP })).toBeUndefined();
  });

  it("pagination checks fail an oversized page, an endless listing, repeats, losses and inventions", () => {
    expect(() => pageWithinPageSize(3, 2)).toThrow(/Received: 3 operations\n {2}Documented: at most 2/);
    expect(() => paginationTerminates(12, false, "the token came back")).toThrow(/after 12 pages: the token came back/);
    expect(paginationTerminates(12, true, "")).toBeUndefined();
    expect(isNote(pageWithinPageSize(0, 2, false))).toBe(true);
    expect(pageWithinPageSize(1, 2, true)).toBeUndefined();
    expect(() => noOperationRepeated(["a", "b", "a"])).toThrow(/Received: \["a"\]/);
    expect(() => pagesEqualWhole(["a", "x"], ["a", "b"])).toThrow(/Received: lost \["b"\], extra \["x"\]/);
    expect(pagesEqualWhole(["b", "a"], ["a", "b"])).toBeUndefined();
    expect(isNote(pagesEqualWhole(["b", "a"], ["a", "b"], true))).toBe(true);
  });

  it("filterMatches, operationAbsent and returnedWithin fail what they guard against", () => {
    expect(() => filterMatches("done=true", [RUNNING_OP, FAILED_OP], (op) => op.done === true)).toThrow(/RUN1/);
    expect(() => operationAbsent(["a", "b"], "b")).toThrow(/still listed/);
    expect(() => returnedWithin(3000, 2500, "wait")).toThrow(/Received: 3000 ms\n {2}Documented: at most 2500 ms/);
    expect(returnedWithin(10, 2500, "wait")).toBeUndefined();
  });

  it("undocumentedMethodRefused fails a GET on the cancel path served like a get", () => {
    const servedAsGet = exchangeOf({ operationId: "cancelOperation", status: 200, body: RUNNING_OP, malformed: true });
    expect(() => undocumentedMethodRefused(servedAsGet)).toThrow(/Received: 200 OK\n {2}Documented: a 4xx/);
    expect(undocumentedMethodRefused(exchangeOf({ status: 404, body: NOT_FOUND_BODY }))).toBeUndefined();
  });

  it("missingTokenRefused fails a served request naming --auth-not-enforced, and notes a legal UNIMPLEMENTED", () => {
    expect(() => missingTokenRefused(exchangeOf({ status: 200, body: RUNNING_OP }), ctx)).toThrow(/Received: 200 OK[\s\S]*--auth-not-enforced/);
    const unimplemented = exchangeOf({ operationId: "waitOperation", status: 501, body: { error: { code: 501, message: "no", status: "UNIMPLEMENTED" } } });
    expect(isNote(missingTokenRefused(unimplemented, ctx))).toBe(true);
  });

  it("cancelEndedOperation says how long it waited, and notes a cancel that showed late", () => {
    expect(() => cancelEndedOperation(RUNNING_OP, undefined, { afterMs: 3012, boundMs: 3000 })).toThrow(/still running 3012 ms after the cancel[\s\S]*within 3000 ms \(the kit's --cancel-timeout\)/);
    expect(cancelEndedOperation(CANCELLED_OP, undefined, { afterMs: 0, boundMs: 3000 })).toBeUndefined();
    expect(cancelEndedOperation(CANCELLED_OP, undefined, { afterMs: 1200, boundMs: 3000 })).toEqual({ note: expect.stringMatching(/showed after 1200 ms \(asynchronous, allowed\)/) });
    expect(cancelEndedOperation(SUCCEEDED_OP)).toEqual({ note: expect.stringMatching(/completed despite cancellation/) });
  });

  it("listAgreesWithGet fails an operation missing from the list or listed in another state", () => {
    expect(() => listAgreesWithGet(undefined, CANCELLED_OP)).toThrow(/missing from the list/);
    expect(() => listAgreesWithGet(RUNNING_OP, CANCELLED_OP)).toThrow(/Received: list: .*"done":false/);
    expect(listAgreesWithGet({ ...CANCELLED_OP, metadata: { ...META, progressPercent: 3 } }, CANCELLED_OP)).toBeUndefined();
  });

  it("finishedOperationUnchanged fails a cancel that replaced a response with CANCELLED", () => {
    const lost = { ...SUCCEEDED_OP, response: undefined, error: { code: 1, message: "Operation was cancelled." } };
    expect(() => finishedOperationUnchanged(SUCCEEDED_OP, lost, "get")).toThrow(/changed it \(get\)\n {2}Received: .*"code":1/);
    expect(finishedOperationUnchanged(SUCCEEDED_OP, { ...SUCCEEDED_OP }, "list")).toBeUndefined();
  });
});
