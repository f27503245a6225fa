/**
 * The history's rules on hand-made histories: each rule fails on the break it names, and passes the
 * freedoms next to it (answers in flight together, an operation finishing on its own, one change by
 * another client, a stateless mock).
 */
import { describe, expect, it } from "vitest";
import { checkContext, FAILED_OP, META, NOT_FOUND_BODY, PARENT, RUNNING_OP, SUCCEEDED_OP, INVALID_ARGUMENT_BODY } from "../checks/fixtures.js";
import type { OperationJson } from "../checks/operation.js";
import { ContractViolation, isNote, isSkip, type CheckOutcome } from "../checks/verdict.js";
import { cancelLeavesOthersAlone, deleteLeavesOthersAlone } from "./collateral.js";
import { largePageSizeAccepted, pageSizeZeroAccepted } from "./page-size.js";
import { History } from "./record.js";
import { createTimeNeverChanges, deletedNeverReturns, doneResultNeverChanges, listAndGetAgree, progressNeverGoesBack, updateTimeNeverGoesBack } from "./rules.js";

const BASE = `http://127.0.0.1:1/v1beta1/${PARENT}/operations`;
const ctx = checkContext();
const RUN2: OperationJson = { ...RUNNING_OP, name: `${PARENT}/operations/RUN2` };
const RUN3: OperationJson = { ...RUNNING_OP, name: `${PARENT}/operations/RUN3` };
const cancelled = (op: OperationJson): OperationJson => ({ ...op, done: true, error: { code: 1, message: "Operation was cancelled." } });

/** A history written by hand: each answer sent at `sent` and read at `received`, on the history's clock. */
function historyOf(...answers: Array<{ method?: string; path?: string; status?: number; body: unknown; sent: number; received: number }>): History {
  let now = 0;
  const history = new History(() => now);
  for (const a of [...answers].sort((x, y) => x.received - y.received)) {
    now = a.received;
    history.add({
      startedAt: 0,
      method: a.method ?? "GET",
      url: `${BASE}${a.path ?? ""}`,
      requestHeaders: [],
      status: a.status ?? 200,
      statusText: "",
      responseHeaders: [],
      responseBody: JSON.stringify(a.body),
      timeMs: a.received - a.sent,
    });
  }
  return history;
}
const get = (op: OperationJson, sent: number, received = sent + 1) => ({ path: `/${String(op.name).split("/").pop()}`, body: op, sent, received });
const list = (ops: OperationJson[], sent: number, received = sent + 1, query = "") => ({ path: query, body: { operations: ops }, sent, received });
const cancel = (op: OperationJson, sent: number, received = sent + 1) => ({ method: "POST", path: `/${String(op.name).split("/").pop()}:cancel`, body: {}, sent, received });
const del = (op: OperationJson, sent: number, received = sent + 1) => ({ method: "DELETE", path: `/${String(op.name).split("/").pop()}`, body: {}, sent, received });
const notFound = (op: OperationJson, sent: number) => ({ path: `/${String(op.name).split("/").pop()}`, status: 404, body: NOT_FOUND_BODY, sent, received: sent + 1 });

function verdict(outcome: () => CheckOutcome): string {
  try {
    const result = outcome();
    return isSkip(result) ? "skip" : isNote(result) ? "note" : "pass";
  } catch (error) {
    if (error instanceof ContractViolation) return "fail";
    throw error;
  }
}

describe("results, times and progress over the history", () => {
  it("a done operation whose response changes on a later get fails doneResultNeverChanges", () => {
    const changed = { ...SUCCEEDED_OP, response: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", name: "m" } };
    expect(verdict(() => doneResultNeverChanges(historyOf(get(SUCCEEDED_OP, 0), get(changed, 10)), ctx))).toBe("fail");
    expect(verdict(() => doneResultNeverChanges(historyOf(get(SUCCEEDED_OP, 0), get({ ...SUCCEEDED_OP }, 10)), ctx))).toBe("pass");
  });

  it("running again after done fails, but a running answer in flight with the done one does not", () => {
    const done = { ...RUNNING_OP, done: true, response: SUCCEEDED_OP.response };
    expect(verdict(() => doneResultNeverChanges(historyOf(get(done, 0, 5), get(RUNNING_OP, 6)), ctx))).toBe("fail");
    expect(verdict(() => doneResultNeverChanges(historyOf(get(done, 0, 5), get(RUNNING_OP, 4, 9)), ctx))).toBe("pass");
    expect(verdict(() => doneResultNeverChanges(historyOf(get(RUNNING_OP, 0), get(done, 5)), ctx))).toBe("pass");
  });

  it("members in another order are the same result", () => {
    const MODEL = "type.googleapis.com/google.cloud.automl.v1beta1.Model";
    const listed = { ...SUCCEEDED_OP, response: { "@type": MODEL, name: "m", displayName: "d" } };
    const got = { ...SUCCEEDED_OP, response: { displayName: "d", name: "m", "@type": MODEL } };
    expect(verdict(() => listAndGetAgree(historyOf(list([listed], 0), get(got, 5)), ctx))).toBe("pass");
  });

  it("a list that shows another result than get fails listAndGetAgree", () => {
    const listedFailed = { ...SUCCEEDED_OP, response: undefined, error: FAILED_OP.error };
    expect(verdict(() => listAndGetAgree(historyOf(get(SUCCEEDED_OP, 0), list([listedFailed], 5)), ctx))).toBe("fail");
  });

  it("createTime is compared as an instant: more digits pass, another time fails", () => {
    const precise = { ...RUNNING_OP, metadata: { ...META, createTime: "2026-11-20T10:00:00.000000000Z" } };
    const moved = { ...RUNNING_OP, metadata: { ...META, createTime: "2026-11-20T10:00:01Z" } };
    expect(verdict(() => createTimeNeverChanges(historyOf(get(RUNNING_OP, 0), get(precise, 5)), ctx))).toBe("pass");
    expect(verdict(() => createTimeNeverChanges(historyOf(get(RUNNING_OP, 0), get(moved, 5)), ctx))).toBe("fail");
  });

  it("progress and updateTime that go back fail; answers in flight together are not ordered", () => {
    const at = (progressPercent: number, updateTime: string): OperationJson => ({ ...RUNNING_OP, metadata: { ...META, progressPercent, updateTime } });
    const later = at(60, "2026-11-20T10:06:00Z");
    const earlier = at(40, "2026-11-20T10:05:00Z");
    expect(verdict(() => progressNeverGoesBack(historyOf(get(later, 0), get(earlier, 5)), ctx))).toBe("fail");
    expect(verdict(() => updateTimeNeverGoesBack(historyOf(get(later, 0), get(earlier, 5)), ctx))).toBe("fail");
    expect(verdict(() => progressNeverGoesBack(historyOf(get(later, 0, 10), get(earlier, 5, 12)), ctx))).toBe("pass");
    expect(verdict(() => progressNeverGoesBack(historyOf(get(earlier, 0), get(later, 5), get({ ...RUNNING_OP, metadata: META }, 9)), ctx))).toBe("pass");
  });

  it("a deleted operation listed again fails deletedNeverReturns; a NOT_FOUND before an id was ever seen does not", () => {
    expect(verdict(() => deletedNeverReturns(historyOf(get(SUCCEEDED_OP, 0), del(SUCCEEDED_OP, 5), list([SUCCEEDED_OP], 10)), ctx))).toBe("fail");
    expect(verdict(() => deletedNeverReturns(historyOf(notFound(SUCCEEDED_OP, 0), get(SUCCEEDED_OP, 10)), ctx))).toBe("pass");
  });

  it("a stateless target's answers are not judged", () => {
    const mock = checkContext({ stateful: false });
    expect(verdict(() => doneResultNeverChanges(historyOf(get(SUCCEEDED_OP, 0), get(FAILED_OP, 5)), mock))).toBe("skip");
  });
});

describe("cancel and delete touch only what they name", () => {
  it("one other operation cancelled around one kit cancel is noted, not failed (another client may have done it)", () => {
    const history = historyOf(list([RUNNING_OP, RUN2, RUN3], 0), cancel(RUNNING_OP, 5), list([cancelled(RUNNING_OP), cancelled(RUN2), RUN3], 10));
    expect(verdict(() => cancelLeavesOthersAlone(history, ctx))).toBe("note");
  });

  it("other operations cancelled around two kit cancels fail cancelLeavesOthersAlone", () => {
    const RUN4 = { ...RUNNING_OP, name: `${PARENT}/operations/RUN4` };
    const history = historyOf(
      list([RUNNING_OP, RUN2, RUN3, RUN4], 0),
      cancel(RUNNING_OP, 5),
      list([cancelled(RUNNING_OP), RUN2, RUN3, cancelled(RUN4)], 10),
      cancel(RUN2, 15),
      list([cancelled(RUNNING_OP), cancelled(RUN2), cancelled(RUN3), cancelled(RUN4)], 20),
    );
    expect(verdict(() => cancelLeavesOthersAlone(history, ctx))).toBe("fail");
  });

  it("two operations cancelled around one kit cancel are not a reproduction", () => {
    const history = historyOf(list([RUNNING_OP, RUN2, RUN3], 0), cancel(RUNNING_OP, 5), list([cancelled(RUNNING_OP), cancelled(RUN2), cancelled(RUN3)], 10));
    expect(verdict(() => cancelLeavesOthersAlone(history, ctx))).toBe("note");
  });

  it("operations the kit cancelled itself, or that finished on their own, are no damage", () => {
    const finished = { ...RUN3, done: true, response: SUCCEEDED_OP.response };
    const history = historyOf(list([RUNNING_OP, RUN2, RUN3], 0), cancel(RUNNING_OP, 5), cancel(RUN2, 6), list([cancelled(RUNNING_OP), cancelled(RUN2), finished], 10));
    expect(verdict(() => cancelLeavesOthersAlone(history, ctx))).toBe("pass");
  });

  it("other operations gone NOT_FOUND around two kit deletes fail deleteLeavesOthersAlone", () => {
    const ops = [SUCCEEDED_OP, FAILED_OP, RUN2, RUN3];
    const once = historyOf(list(ops, 0), del(SUCCEEDED_OP, 5), notFound(RUN2, 10));
    const twice = historyOf(list(ops, 0), del(SUCCEEDED_OP, 5), notFound(RUN2, 10), del(FAILED_OP, 15), notFound(RUN3, 20));
    expect(verdict(() => deleteLeavesOthersAlone(once, ctx))).toBe("note");
    expect(verdict(() => deleteLeavesOthersAlone(twice, ctx))).toBe("fail");
  });

  it("a run that cancelled nothing skips the rule", () => {
    expect(verdict(() => cancelLeavesOthersAlone(historyOf(list([RUNNING_OP], 0)), ctx))).toBe("skip");
  });
});

describe("AIP-158's pageSize edges", () => {
  const page = (size: string, status: number, body: unknown) => ({ path: `?pageSize=${size}`, status, body, sent: 0, received: 1 });
  it("pageSize=0 answered INVALID_ARGUMENT fails; a page passes; none sent skips", () => {
    expect(verdict(() => pageSizeZeroAccepted(historyOf(page("0", 400, INVALID_ARGUMENT_BODY)), ctx))).toBe("fail");
    expect(verdict(() => pageSizeZeroAccepted(historyOf(page("0", 200, { operations: [RUNNING_OP] })), ctx))).toBe("pass");
    expect(verdict(() => pageSizeZeroAccepted(historyOf(page("5", 400, INVALID_ARGUMENT_BODY)), ctx))).toBe("skip");
  });

  it("the largest pageSize answered with something other than a page fails", () => {
    expect(verdict(() => largePageSizeAccepted(historyOf(page("2147483647", 200, { operations: "all" })), ctx))).toBe("fail");
    expect(verdict(() => largePageSizeAccepted(historyOf(page("2147483647", 200, {})), ctx))).toBe("pass");
  });

  it("a list left UNIMPLEMENTED, which the spec allows, is noted", () => {
    const unimplemented = { error: { code: 501, message: "Not implemented.", status: "UNIMPLEMENTED" } };
    expect(verdict(() => pageSizeZeroAccepted(historyOf(page("0", 501, unimplemented)), ctx))).toBe("note");
  });
});
