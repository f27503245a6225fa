/**
 * Checks of what the operations resource must do (AIP-151, AIP-158, AIP-193), beyond any one schema.
 */
import { codeName, codeNumber, httpStatusOf } from "../../src/status.js";
import { describeExchange, type Exchange } from "../exchange.js";
import { isToleratedUnprocessable } from "./response.js";
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
  if (ex.response.status >= 400 && ex.response.status < 500) return;
  violation(`Malformed input accepted: ${describeExchange(ex)} ${preview(ex.request.body ?? "")}`, answerOf(ex), "a 4xx error envelope");
}

/** Malformed input is INVALID_ARGUMENT; a 422 from a non-strict target does not pass this check. */
export function invalidArgumentAnswered(ex: Exchange, ctx: CheckContext): CheckOutcome {
  if (isToleratedUnprocessable(ex, ctx)) return skip("the target answers 422 for bad input (strictStatusCodes false); 400 not verified");
  return answeredWith(ex, "INVALID_ARGUMENT");
}

/** Without a token, a target that requires one answers UNAUTHENTICATED. */
export function missingTokenRefused(ex: Exchange): CheckOutcome {
  return answeredOneOf(ex, ["UNAUTHENTICATED"], ["PERMISSION_DENIED"]);
}

/** cancel's body is an empty message: no body and `{}` are both accepted (AIP-151, Google's client sends `{}`). */
export function cancelBodyAccepted(ex: Exchange): CheckOutcome {
  return answeredOneOf(ex, ["OK"], ["FAILED_PRECONDITION", "UNIMPLEMENTED"]);
}

/** Slack for the server's clock against ours when telling "finished before the cancel" from "after". */
const CLOCK_SKEW_MS = 2_000;

/**
 * After an accepted cancel the operation ends done with CANCELLED — or it finished on its own meanwhile
 * (cancel is best effort, AIP-151). A response is always such a race. An error other than CANCELLED is
 * one only when the operation's `updateTime` shows it ended before the cancel was sent; otherwise it is
 * the cancel's own outcome, with the wrong code.
 */
export function cancelEndedOperation(op: OperationJson, cancelSentAtMs?: number): CheckOutcome {
  if (op.done !== true) violation(`Cancelled operation ${preview(op.name)} is still running`, `done ${preview(op.done ?? "absent")}`, "done true with error.code 1 (CANCELLED)");
  if (op.error?.code === 1) return;
  const how = op.error ? `error ${codeName(Number(op.error.code)) ?? preview(op.error.code)}` : "a response";
  if (op.error && cancelSentAtMs !== undefined) {
    const updated = Date.parse(String((op.metadata as { updateTime?: unknown } | undefined)?.updateTime ?? ""));
    if (!(updated < cancelSentAtMs - CLOCK_SKEW_MS)) {
      violation(`Cancelled operation ${preview(op.name)} ended with the wrong code`, `${how} (updateTime ${Number.isNaN(updated) ? "absent" : new Date(updated).toISOString()}, after the cancel)`, "error.code 1 (CANCELLED)");
    }
  }
  return note(`${preview(op.name)} finished with ${how} before the cancel took effect`);
}

/** A second cancel changes nothing: the operation's outcome is the same as after the first. */
export function repeatedCancelHarmless(before: OperationJson, after: OperationJson): CheckOutcome {
  const outcome = (op: OperationJson) => JSON.stringify({ done: op.done ?? false, error: op.error ?? null, response: op.response ?? null });
  if (outcome(before) === outcome(after)) return;
  violation(`A repeated cancel changed ${preview(before.name)}`, preview(outcome(after)), preview(outcome(before)));
}

export function pageWithinPageSize(count: number, pageSize: number): CheckOutcome {
  if (count <= pageSize) return;
  violation("A page holds more than pageSize operations", `${count} operations`, `at most ${pageSize} (AIP-158)`);
}

export function paginationTerminates(pages: number, ended: boolean, limit: number): CheckOutcome {
  if (ended) return;
  violation("Pagination does not end", `still a nextPageToken after ${pages} pages`, `an empty nextPageToken within ${limit} pages (AIP-158)`);
}

export function noOperationRepeated(names: string[]): CheckOutcome {
  const seen = new Set<string>();
  const repeated = names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
  if (repeated.length === 0) return;
  violation("Pages repeat operations", preview(repeated), "each operation on exactly one page");
}

/** The pages together are the whole list: nothing lost, nothing invented. */
export function pagesEqualWhole(paged: string[], whole: string[]): CheckOutcome {
  const pagedSet = new Set(paged);
  const wholeSet = new Set(whole);
  const lost = whole.filter((n) => !pagedSet.has(n));
  const extra = paged.filter((n) => !wholeSet.has(n));
  if (lost.length === 0 && extra.length === 0) return;
  violation("The pages differ from the whole list", `lost ${preview(lost)}, extra ${preview(extra)}`, `the same ${whole.length} operations`);
}

/** Every operation a filter returned matches it. */
export function filterMatches(filter: string, ops: OperationJson[], matches: (op: OperationJson) => boolean): CheckOutcome {
  const wrong = ops.filter((op) => !matches(op)).map((op) => op.name);
  if (wrong.length === 0) return;
  violation(`filter ${JSON.stringify(filter)} returned operations that do not match`, preview(wrong), "only matching operations");
}

/** wait returns by its timeout (plus slack for the network); it may return earlier. */
export function returnedWithin(elapsedMs: number, limitMs: number, what: string): CheckOutcome {
  if (elapsedMs <= limitMs) return;
  violation(`${what} took too long`, `${Math.round(elapsedMs)} ms`, `at most ${limitMs} ms`);
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
