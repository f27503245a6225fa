/**
 * google.longrunning's rules over the whole history of a run, each a named check (style lesson 8). What
 * must hold whatever freedoms a server uses (api-facts, "What must hold whatever the freedoms"): a done
 * operation's result never changes, `createTime` never changes, `updateTime` and `progressPercent` never
 * go back, a deleted operation never comes back, and list and get agree. Two answers are compared as
 * earlier and later only when the first was read before the second was sent (record.ts: `before`);
 * answers in flight at the same time may show the same operation a moment apart, which is no break.
 *
 * A stateless target (Prism's mock) answers every request from the spec's examples, so its answers
 * are no history of anything: these rules are skipped there.
 */
import type { OperationJson } from "../checks/operation.js";
import { note, preview, skip, violation, type CheckContext, type CheckOutcome } from "../checks/verdict.js";
import { before, describe, type History, type Observation } from "./record.js";

type Sighted = { obs: Observation; op: OperationJson };

/** Why the state rules do not judge this target, or undefined when they do. */
export function unjudged(ctx: Pick<CheckContext, "capabilities">): string | undefined {
  return ctx.capabilities.stateful ? undefined : "the target is stateless (capability stateful false): its answers come from examples, not from a history of operations";
}

/** JSON with object keys sorted: a server may write members in any order (list and get alike). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What a done operation's result is: `done`, `error`, `response` (google.longrunning.Operation). */
export function resultOf(op: OperationJson): string {
  return canonical({ done: op.done === true, error: op.error ?? null, response: op.response ?? null });
}

const metadataOf = (op: OperationJson) => (typeof op.metadata === "object" && op.metadata !== null ? (op.metadata as Record<string, unknown>) : {});

/** A Timestamp as a sortable key (RFC 3339, up to nine fractional digits); undefined when absent or unreadable. */
export function instantOf(value: unknown): { ms: number; key: string } | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(.+T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/i.exec(value);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return undefined;
  const nanos = (match[2] ?? "").padEnd(9, "0");
  return { ms: seconds + Number(nanos.slice(0, 3)), key: `${String(seconds).padStart(16, "0")}.${nanos}` };
}

/** Where an operation was seen: a list page, or an answer about that one operation (get, wait, a start). */
const isListed = (s: Sighted) => s.obs.kind === "list";

const where = (s: Sighted) => describe(s.obs);

/** Every sighting of every operation the history holds, by id. */
function sightings(history: History): Array<[string, Sighted[]]> {
  return [...history.sightingsById().entries()];
}

const resultKeys = new WeakMap<OperationJson, string>();
/** resultOf, once per answer: a run's history holds thousands of sightings. */
function resultKey(op: OperationJson): string {
  let key = resultKeys.get(op);
  if (key === undefined) resultKeys.set(op, (key = resultOf(op)));
  return key;
}

/**
 * The first pair (earlier, later) where a result seen in `from` is contradicted in `to`: another result
 * once both are done (whatever the order), or running again in an answer asked for after the done one came.
 */
function contradiction(from: Sighted[], to: Sighted[]): [Sighted, Sighted] | undefined {
  const done = from.filter((s) => s.op.done === true);
  if (done.length === 0) return undefined;
  const first = done[0]!;
  const other = to.find((b) => b.op.done === true && resultKey(b.op) !== resultKey(first.op));
  if (other) return [first, other];
  const earliest = done.reduce((a, b) => (b.obs.receivedAt < a.obs.receivedAt ? b : a));
  const running = to.find((b) => b.op.done !== true && before(earliest.obs, b.obs));
  return running ? [earliest, running] : undefined;
}

/** Within list answers and within get/wait answers (`sameSource`), or between the two. */
function resultChanges(seen: Sighted[], sameSource: boolean): Array<[Sighted, Sighted]> {
  const listed = seen.filter(isListed);
  const others = seen.filter((s) => !isListed(s));
  const comparisons: Array<[Sighted[], Sighted[]]> = sameSource ? [[listed, listed], [others, others]] : [[listed, others], [others, listed]];
  for (const [from, to] of comparisons) {
    const pair = contradiction(from, to);
    if (pair) return [pair];
  }
  return [];
}

function reportChanges(pairs: Array<[string, Sighted, Sighted]>, what: string, documented: string): CheckOutcome {
  if (pairs.length === 0) return;
  const [id, a, b] = pairs[0]!;
  const more = pairs.length > 1 ? ` (and ${pairs.length - 1} more)` : "";
  violation(
    `${what} ${id}${more}`,
    `${preview(resultOf(a.op), 200)} (${where(a)}), then ${preview(resultOf(b.op), 200)} (${where(b)})`,
    documented,
  );
}

/** Once seen done, an operation's `done`, `error` and `response` never change (compared within list answers, and within get/wait answers). */
export function doneResultNeverChanges(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  const pairs = sightings(history).flatMap(([id, seen]) => resultChanges(seen, true).map(([a, b]) => [id, a, b] as [string, Sighted, Sighted]));
  return reportChanges(pairs, "A done operation's result changed:", "once done, the same done, error and response in every later answer (google.longrunning.Operation)");
}

/** A list page and a get (or wait) never contradict each other about an operation's result. */
export function listAndGetAgree(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  const pairs = sightings(history).flatMap(([id, seen]) => resultChanges(seen, false).map(([a, b]) => [id, a, b] as [string, Sighted, Sighted]));
  return reportChanges(pairs, "List and get disagree about", "list and get show a done operation with the same result, and never running after either showed it done");
}

/** An operation's `createTime` is the same in every answer. */
export function createTimeNeverChanges(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  for (const [id, seen] of sightings(history)) {
    const timed = seen.map((s) => ({ s, t: instantOf(metadataOf(s.op).createTime) })).filter((x) => x.t !== undefined);
    const first = timed[0];
    const other = timed.find((x) => x.t!.key !== first!.t!.key);
    if (first && other) {
      violation(
        `The createTime of ${id} changed`,
        `${String(metadataOf(first.s.op).createTime)} (${where(first.s)}), then ${String(metadataOf(other.s.op).createTime)} (${where(other.s)})`,
        "one createTime for the operation's whole life",
      );
    }
  }
}

/** The first pair (earlier, later) of sightings where `valueOf` went down. */
function wentBack(seen: Sighted[], valueOf: (op: OperationJson) => { n: number | string; text: string } | undefined): [Sighted, Sighted] | undefined {
  const valued = seen.map((s) => ({ s, v: valueOf(s.op) })).filter((x): x is { s: Sighted; v: { n: number | string; text: string } } => x.v !== undefined);
  const byReceipt = [...valued].sort((a, b) => a.s.obs.receivedAt - b.s.obs.receivedAt);
  const bySending = [...valued].sort((a, b) => a.s.obs.sentAt - b.s.obs.sentAt);
  let highest: (typeof valued)[number] | undefined;
  let i = 0;
  for (const later of bySending) {
    while (i < byReceipt.length && before(byReceipt[i]!.s.obs, later.s.obs)) {
      const candidate = byReceipt[i++]!;
      if (!highest || candidate.v.n > highest.v.n) highest = candidate;
    }
    if (highest && later.v.n < highest.v.n) return [highest.s, later.s];
  }
  return undefined;
}

function neverGoesBack(history: History, ctx: Pick<CheckContext, "capabilities">, field: string, valueOf: (op: OperationJson) => { n: number | string; text: string } | undefined): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  for (const [id, seen] of sightings(history)) {
    const pair = wentBack(seen, valueOf);
    if (!pair) continue;
    const [a, b] = pair;
    violation(`The ${field} of ${id} went back`, `${valueOf(a.op)!.text} (${where(a)}), then ${valueOf(b.op)!.text} (${where(b)}), asked after the first answer came`, `${field} never lower than in an earlier answer`);
  }
}

/** `updateTime` never goes back between an answer and one asked for after it came. */
export function updateTimeNeverGoesBack(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  return neverGoesBack(history, ctx, "updateTime", (op) => {
    const value = metadataOf(op).updateTime;
    const t = instantOf(value);
    return t ? { n: t.key, text: String(value) } : undefined;
  });
}

/**
 * `progressPercent` never goes back. An answer without it is not judged: proto3 JSON leaves a 0 out, and
 * a server may stop reporting progress once the operation is done.
 */
export function progressNeverGoesBack(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  return neverGoesBack(history, ctx, "progressPercent", (op) => {
    const value = metadataOf(op).progressPercent;
    return typeof value === "number" ? { n: value, text: String(value) } : undefined;
  });
}

/** Where an operation was seen gone: a kit delete the target accepted, or a get or wait answering NOT_FOUND. */
export function goneEvidence(history: History): Array<{ id: string; obs: Observation }> {
  return history.observations
    .filter((o) => o.named !== undefined && ((o.kind === "delete" && o.status === 200) || ((o.kind === "get" || o.kind === "wait") && o.status === 404 && o.rpcStatus === "NOT_FOUND")))
    .map((obs) => ({ id: obs.named!, obs }));
}

/** An operation deleted (or answered NOT_FOUND after it was seen) never shows again in a later answer. */
export function deletedNeverReturns(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  const byId = history.sightingsById();
  const gone = goneEvidence(history);
  for (const { id, obs } of gone) {
    const seen = byId.get(id) ?? [];
    // A NOT_FOUND for an id never seen before is an unknown id, not a deletion.
    if (obs.kind !== "delete" && !seen.some((s) => before(s.obs, obs))) continue;
    const back = seen.find((s) => before(obs, s.obs));
    if (back) violation(`Operation ${id} came back after it was gone`, `${describe(obs)}, then ${where(back)} shows it`, "NOT_FOUND and unlisted for good after a delete (AIP-151)");
  }
  if (gone.length === 0) return note("no operation was seen deleted in this run");
}
