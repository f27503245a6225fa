/**
 * Checks of what the operations resource must do (AIP-151, AIP-158, AIP-193), beyond any one schema.
 */
import { codeName, codeNumber, httpStatusOf } from "../../src/status.js";
import { describeExchange, type Exchange } from "../exchange.js";
import { isToleratedUnprocessable } from "./response.js";
import { isLegalUnimplemented, unimplementedNote } from "./unimplemented.js";
import type { OperationJson } from "./operation.js";
import { note, preview, skip, violation, type CheckContext, type CheckOutcome } from "./verdict.js";

/** `200 OK` or `404 NOT_FOUND`: the HTTP status with the envelope's status name, for messages. */
export function answerOf(ex: Exchange): string {
  const name = (ex.response.json as { error?: { status?: unknown } } | undefined)?.error?.status;
  return `${ex.response.status} ${typeof name === "string" ? name : ex.response.status < 300 ? "OK" : "(no status)"}`;
}

function rpcName(ex: Exchange): string | undefined {
  if (ex.response.status >= 200 && ex.response.status < 300) return "OK";
  const name = (ex.response.json as { error?: { status?: unknown } } | undefined)?.error?.status;
  return typeof name === "string" ? name : undefined;
}

/** The answer is the given google.rpc.Code, by HTTP status and envelope alike. */
export function answeredWith(ex: Exchange, expected: string): CheckOutcome {
  const code = codeNumber(expected);
  if (code === undefined) throw new Error(`unknown google.rpc.Code ${expected}`);
  if (ex.response.status === httpStatusOf(code) && rpcName(ex) === expected) return;
  violation(`Wrong answer: ${describeExchange(ex)}`, answerOf(ex), `${httpStatusOf(code)} ${expected}`);
}

/** One of several legal answers; `tolerated` ones pass with a note saying which was seen. */
export function answeredOneOf(ex: Exchange, expected: string[], tolerated: string[] = []): CheckOutcome {
  const got = rpcName(ex);
  const matches = (name: string) => got === name && ex.response.status === httpStatusOf(codeNumber(name)!);
  if (expected.some(matches)) return;
  const legal = tolerated.find(matches);
  if (legal) return note(`${describeExchange(ex)}: ${legal}, which the spec allows`);
  const documented = [...expected, ...tolerated].map((n) => `${httpStatusOf(codeNumber(n)!)} ${n}`).join(" or ");
  violation(`Wrong answer: ${describeExchange(ex)}`, answerOf(ex), documented);
}

/** Malformed input is refused with a 4xx (a 422 from a non-strict target counts, with a note). */
export function malformedInputRejected(ex: Exchange, ctx: CheckContext): CheckOutcome {
  if (isToleratedUnprocessable(ex, ctx)) return note(`${describeExchange(ex)}: rejected with 422 (strictStatusCodes false)`);
  if (isLegalUnimplemented(ex, ctx)) return note(unimplementedNote(ex));
  if (ex.response.status >= 400 && ex.response.status < 500) return;
  violation(`Malformed input accepted: ${describeExchange(ex)} ${preview(ex.request.body ?? "")}`, answerOf(ex), "a 4xx error envelope");
}

/**
 * Malformed input is INVALID_ARGUMENT; a 422 from a non-strict target does not pass this check. Sent to
 * a resource that may not exist (`mayBeMissing`), NOT_FOUND is legal too: no AIP orders INVALID_ARGUMENT
 * before NOT_FOUND (AIP-193 leaves the order of checks to the service).
 */
export function invalidArgumentAnswered(ex: Exchange, ctx: CheckContext, mayBeMissing = false): CheckOutcome {
  if (isToleratedUnprocessable(ex, ctx)) return skip("the target answers 422 for bad input (strictStatusCodes false); 400 not verified");
  if (isLegalUnimplemented(ex, ctx)) return note(unimplementedNote(ex));
  if (mayBeMissing && ex.response.status === 404 && rpcName(ex) === "NOT_FOUND") {
    return note(`${describeExchange(ex)}: NOT_FOUND for malformed input to a resource that may not exist (no AIP orders INVALID_ARGUMENT before NOT_FOUND)`);
  }
  return answeredWith(ex, "INVALID_ARGUMENT");
}

/**
 * Without a token, a target that requires one answers UNAUTHENTICATED (or PERMISSION_DENIED, noted). A
 * server that serves callers without a token by design is run with --auth-not-enforced (capability
 * `auth: false`), which skips this check: the failure says so.
 */
export function missingTokenRefused(ex: Exchange, ctx?: CheckContext): CheckOutcome {
  if (ctx && isLegalUnimplemented(ex, ctx)) return note(unimplementedNote(ex));
  const got = rpcName(ex);
  if (got === "UNAUTHENTICATED" && ex.response.status === 401) return;
  if (got === "PERMISSION_DENIED" && ex.response.status === 403) return note(`${describeExchange(ex)}: PERMISSION_DENIED, which the spec allows`);
  violation(
    `A request without a token was not refused: ${describeExchange(ex)}`,
    answerOf(ex),
    "401 UNAUTHENTICATED or 403 PERMISSION_DENIED (a server that does not enforce auth by design: run with --auth-not-enforced)",
  );
}

/** cancel's body is an empty message: no body and `{}` are both accepted (AIP-151, Google's client sends `{}`). */
export function cancelBodyAccepted(ex: Exchange): CheckOutcome {
  return answeredOneOf(ex, ["OK"], ["FAILED_PRECONDITION", "UNIMPLEMENTED"]);
}

/** Slack for the server's clock against ours when telling "finished before the cancel" from "after". */
const CLOCK_SKEW_MS = 2_000;

/** How the kit waited for a cancel to show: polled for `afterMs` (0: done at the first look), up to `boundMs`. */
export interface CancelWait {
  afterMs: number;
  boundMs: number;
}

/**
 * After an accepted cancel the operation ends done with CANCELLED — or it finished on its own meanwhile
 * (cancel is best effort and asynchronous, AIP-151: "the operation completed despite cancellation"). A
 * response is always such a race. An error other than CANCELLED is one only when the operation's
 * `updateTime` shows it ended before the cancel was sent; otherwise it is the cancel's own outcome, with
 * the wrong code. Still running once the kit's bound (--cancel-timeout) has passed fails.
 */
export function cancelEndedOperation(op: OperationJson, cancelSentAtMs?: number, waited?: CancelWait): CheckOutcome {
  if (op.done !== true) {
    const after = waited ? ` ${Math.round(waited.afterMs)} ms after the cancel` : "";
    const bound = waited ? ` within ${waited.boundMs} ms (the kit's --cancel-timeout)` : "";
    violation(`Cancelled operation ${preview(op.name)} is still running${after}`, `done ${preview(op.done ?? "absent")}`, `done true with error.code 1 (CANCELLED)${bound}`);
  }
  const late = waited && waited.afterMs > 0 ? `; the cancel showed after ${Math.round(waited.afterMs)} ms (asynchronous, allowed)` : "";
  if (op.error?.code === 1) return late ? note(`${preview(op.name)} ended CANCELLED${late}`) : undefined;
  const how = op.error ? `error ${codeName(Number(op.error.code)) ?? preview(op.error.code)}` : "a response";
  if (op.error && cancelSentAtMs !== undefined) {
    const updated = Date.parse(String((op.metadata as { updateTime?: unknown } | undefined)?.updateTime ?? ""));
    if (!(updated < cancelSentAtMs - CLOCK_SKEW_MS)) {
      violation(`Cancelled operation ${preview(op.name)} ended with the wrong code`, `${how} (updateTime ${Number.isNaN(updated) ? "absent" : new Date(updated).toISOString()}, after the cancel)`, "error.code 1 (CANCELLED)");
    }
  }
  return note(`${preview(op.name)} completed despite cancellation, with ${how} (cancel is best effort)${late}`);
}

/** A second cancel changes nothing: the operation's outcome is the same as after the first. */
export function repeatedCancelHarmless(before: OperationJson, after: OperationJson): CheckOutcome {
  const outcome = (op: OperationJson) => JSON.stringify({ done: op.done ?? false, error: op.error ?? null, response: op.response ?? null });
  if (outcome(before) === outcome(after)) return;
  violation(`A repeated cancel changed ${preview(before.name)}`, preview(outcome(after)), preview(outcome(before)));
}

/** A page holds at most pageSize operations; fewer, even none, with a nextPageToken is AIP-158's freedom. */
export function pageWithinPageSize(count: number, pageSize: number, last = true): CheckOutcome {
  if (count > pageSize) violation("A page holds more than pageSize operations", `${count} operations`, `at most ${pageSize} (AIP-158)`);
  if (last || count === pageSize) return;
  return note(count === 0 ? "pages of zero operations with a nextPageToken (AIP-158 allows them)" : `pages shorter than pageSize ${pageSize} with a nextPageToken (AIP-158 allows them)`);
}

/**
 * A walk over an unchanged collection ends (AIP-158). It is bounded by what it sees, not by a page count:
 * `stoppedBecause` says why the kit gave up (a token came back, pages stopped bringing new operations).
 */
export function paginationTerminates(pages: number, ended: boolean, stoppedBecause: string): CheckOutcome {
  if (ended) return;
  violation("Pagination does not end", `still a nextPageToken after ${pages} pages: ${stoppedBecause}`, "an empty nextPageToken once every operation was listed (AIP-158)");
}

export function noOperationRepeated(names: string[]): CheckOutcome {
  const seen = new Set<string>();
  const repeated = names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
  if (repeated.length === 0) return;
  violation("Pages repeat operations", preview(repeated), "each operation on exactly one page");
}

/**
 * The pages together are the whole list: nothing lost, nothing invented. With `noteOrder`, pages that
 * list them in another order than the whole list pass with a note (any order is legal, AIP-132).
 */
export function pagesEqualWhole(paged: string[], whole: string[], noteOrder = false): CheckOutcome {
  const pagedSet = new Set(paged);
  const wholeSet = new Set(whole);
  const lost = whole.filter((n) => !pagedSet.has(n));
  const extra = paged.filter((n) => !wholeSet.has(n));
  if (lost.length === 0 && extra.length === 0) {
    const reordered = noteOrder && paged.some((n, i) => whole[i] !== n);
    return reordered ? note("pages list the operations in another order than the whole listing (no order is promised, AIP-132)") : undefined;
  }
  violation("The pages differ from the whole list", `lost ${preview(lost)}, extra ${preview(extra)}`, `the same ${whole.length} operations`);
}

/** Every operation a filter returned matches it. */
export function filterMatches(filter: string, ops: OperationJson[], matches: (op: OperationJson) => boolean): CheckOutcome {
  const wrong = ops.filter((op) => !matches(op)).map((op) => op.name);
  if (wrong.length === 0) return;
  violation(`filter ${JSON.stringify(filter)} returned operations that do not match`, preview(wrong), "only matching operations");
}

/** wait returns by its timeout (plus slack for the network); it may return earlier, noted by `early`. */
export function returnedWithin(elapsedMs: number, limitMs: number, what: string, early?: string): CheckOutcome {
  if (elapsedMs <= limitMs) return early === undefined ? undefined : note(early);
  violation(`${what} took too long`, `${Math.round(elapsedMs)} ms`, `at most ${limitMs} ms`);
}

/** What list and get must agree on: whether the operation is done, and its result. */
function outcomeOf(op: OperationJson): string {
  return JSON.stringify({ done: op.done === true, error: op.error ?? null, response: op.response ?? null });
}

/** The list shows the operation as get does: listed, with the same done, error and response. */
export function listAgreesWithGet(listed: OperationJson | undefined, got: OperationJson): CheckOutcome {
  if (listed === undefined) violation(`${preview(got.name)} is missing from the list`, "not listed", "listed, as get shows it");
  if (outcomeOf(listed) === outcomeOf(got)) return;
  violation(`The list disagrees with get about ${preview(got.name)}`, `list: ${preview(outcomeOf(listed))}`, `as get: ${preview(outcomeOf(got))}`);
}

/**
 * Cancelling a finished operation changes nothing (`{}` or FAILED_PRECONDITION are both legal): its
 * result is the one it had. Replacing a response with a CANCELLED error loses the result for good.
 */
export function finishedOperationUnchanged(before: OperationJson, after: OperationJson, where: string): CheckOutcome {
  if (outcomeOf(before) === outcomeOf(after)) return;
  violation(`Cancelling finished ${preview(before.name)} changed it (${where})`, preview(outcomeOf(after)), `unchanged: ${preview(outcomeOf(before))}`);
}

/** A deleted operation no longer appears in the list. */
export function operationAbsent(names: string[], name: string): CheckOutcome {
  if (!names.includes(name)) return;
  violation(`Deleted operation ${name} is still listed`, `listed among ${names.length} operations`, "absent after delete (AIP-151)");
}

/** A method the spec does not document on a path is refused, not served by a neighbouring route (pitfalls #8). */
export function undocumentedMethodRefused(ex: Exchange): CheckOutcome {
  if (ex.response.status >= 400 && ex.response.status < 500) return;
  violation(`Undocumented method served: ${describeExchange(ex)}`, answerOf(ex), "a 4xx (404 NOT_FOUND or 405): the path documents other methods");
}
