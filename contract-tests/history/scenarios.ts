/**
 * The scenarios of the history: two that drive (the edges of pageSize; a cancel and a delete watched
 * from both sides) and one that judges, after every other scenario, the whole run's history against
 * google.longrunning's rules. The drivers check nothing beyond the generic checks of each exchange:
 * what they make the target show is judged with everything else the run saw.
 */
import { answeredOneOf } from "../checks/semantics.js";
import type { OperationJson } from "../checks/operation.js";
import type { CheckContext, CheckOutcome } from "../checks/verdict.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { isFinished, isRunning, LIST, listAll, operationIdOf, unimplementedAllowed } from "../scenarios/pool.js";
import type { History } from "./record.js";
import { cancelLeavesOthersAlone, damagesOf, deleteLeavesOthersAlone, type ChangeKind } from "./collateral.js";
import { LARGEST_PAGE_SIZE, largePageSizeAccepted, pageSizeZeroAccepted } from "./page-size.js";
import {
  createTimeNeverChanges,
  deletedNeverReturns,
  doneResultNeverChanges,
  listAndGetAgree,
  progressNeverGoesBack,
  updateTimeNeverGoesBack,
} from "./rules.js";

/** Every rule of the history, each a named check. */
export const HISTORY_RULES: ReadonlyArray<(history: History, ctx: CheckContext) => CheckOutcome> = [
  doneResultNeverChanges,
  listAndGetAgree,
  createTimeNeverChanges,
  updateTimeNeverGoesBack,
  progressNeverGoesBack,
  deletedNeverReturns,
  cancelLeavesOthersAlone,
  deleteLeavesOthersAlone,
  pageSizeZeroAccepted,
  largePageSizeAccepted,
];

/** Id of the scenario that judges the history. */
export const HISTORY_JUDGE = "history-keeps-longrunning-rules";

/** When an operation was created, in ms (unknown: last). */
function createdAt(op: OperationJson): number {
  const value = Date.parse(String((op.metadata as { createTime?: unknown } | undefined)?.createTime));
  return Number.isNaN(value) ? Number.MAX_SAFE_INTEGER : value;
}

/** The most operations looked up one by one when they went missing from a listing. */
const MAX_LOOKUPS = 8;

/**
 * Lists, cancels (or deletes) one operation of its own, lists again, and gets every operation the
 * second listing lacks: the answers around the request, for the history to judge.
 */
async function watchOnce(ctx: ScenarioContext, kind: ChangeKind): Promise<boolean> {
  const method = kind === "cancel" ? "cancelOperation" : "deleteOperation";
  const wanted = kind === "cancel" ? isRunning : isFinished;
  const beforeListing = await listAll(ctx, { strict: true });
  // The oldest first: a list may come in any order, and the newest may be one a scenario is starting.
  const fits = beforeListing.operations.filter((op) => typeof op.name === "string" && wanted(op)).sort((a, b) => createdAt(a) - createdAt(b));
  const [claimed] = ctx.run.claim(fits.map((op) => String(op.name)), 1);
  if (claimed === undefined) return false;
  const id = operationIdOf({ name: claimed });
  const ex = await ctx.call(method, { path: { operationsId: id }, ...(kind === "cancel" ? { rawBody: "{}", headers: { "content-type": "application/json" } } : {}) });
  ctx.apply(answeredOneOf, ex, ["OK"], [...(kind === "cancel" ? ["FAILED_PRECONDITION"] : []), ...unimplementedAllowed(ctx, method)]);
  if (ex.response.status !== 200) return false;
  const after = new Set((await listAll(ctx, { strict: true })).operations.map(operationIdOf));
  // What went missing and was not deleted by the kit (the history knows its deletes): is it gone, or only unlisted?
  const deletedByKit = new Set(ctx.run.history.of("delete").map((o) => o.named));
  const missing = beforeListing.operations.map(operationIdOf).filter((other) => other !== id && !after.has(other) && !deletedByKit.has(other));
  await Promise.all(missing.slice(0, MAX_LOOKUPS).map((other) => ctx.call("getOperation", { path: { operationsId: other } })));
  return true;
}

/** One watched request; a second only when the first left another operation harmed, to see whether it happens again. */
async function watch(ctx: ScenarioContext, kind: ChangeKind): Promise<void> {
  const harmedBefore = new Set(damagesOf(ctx.run.history, kind).map((d) => d.id));
  if (!(await watchOnce(ctx, kind))) return;
  const harmed = damagesOf(ctx.run.history, kind).filter((d) => !harmedBefore.has(d.id) && d.suspects.length > 0);
  if (harmed.length > 0) await watchOnce(ctx, kind);
}

export const historyScenarios: Scenario[] = [
  {
    id: "page-size-edges-are-accepted",
    title: "a list with pageSize 0 (the server's default) and one with the largest pageSize are sent, for the history to judge",
    kind: "semantic",
    operationIds: [LIST],
    async run(ctx) {
      await Promise.all([ctx.call(LIST, { query: { pageSize: 0 } }), ctx.call(LIST, { query: { pageSize: LARGEST_PAGE_SIZE } })]);
    },
  },
  {
    id: "changes-touch-only-the-named-operation",
    title: "a cancel and a delete, each with the whole list read before and after, for the history to judge what else changed",
    kind: "semantic",
    operationIds: [LIST, "cancelOperation", "deleteOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      await Promise.all([watch(ctx, "cancel"), watch(ctx, "delete")]);
    },
  },
  {
    id: HISTORY_JUDGE,
    title: "the whole run's answers keep google.longrunning's rules: results final, times and progress forward, deletes for good, list and get agree, requests touch only what they name",
    kind: "semantic",
    operationIds: [LIST, "getOperation", "waitOperation", "cancelOperation", "deleteOperation"],
    judgesHistory: true,
    async run(ctx) {
      for (const rule of HISTORY_RULES) ctx.apply(rule, ctx.run.history, ctx.checks);
    },
  },
];
