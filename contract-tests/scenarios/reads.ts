/**
 * Read scenarios: what list, get and wait return must be well-formed operations of the parent, and wait
 * must respect its timeout (AIP-151) — though it may return early, even at once and not done.
 */
import { namesKeepOneProject, operationIsDone, operationIsNamed, operationNameUnderParent, OPERATION_INVARIANTS, type OperationJson } from "../checks/operation.js";
import { answeredOneOf, answeredWith, returnedWithin } from "../checks/semantics.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { findOperation, findOperations, isFinished, isRunning, listAll, LIST, operationIdOf, unimplementedAllowed } from "./pool.js";

/** Slack added to wait's timeout for the network and a loaded machine. */
const WAIT_SLACK_MS = 2_000;
/** How long the kit lets a wait hold past its limit before it stops listening. */
const WAIT_GIVE_UP_MARGIN_MS = 1_500;
/** Running operations tried in turn: one that finishes during the wait proves nothing about the timeout. */
const WAIT_CANDIDATES = 3;

export function applyInvariants(ctx: ScenarioContext, op: OperationJson): void {
  ctx.apply(operationNameUnderParent, op, ctx.target.parent);
  ctx.apply(namesKeepOneProject, op, ctx.run.answeredProjects);
  for (const invariant of OPERATION_INVARIANTS) ctx.apply(invariant, op);
}

interface Waited {
  elapsed: number;
  /** The operation answered; undefined for UNIMPLEMENTED, or when the kit stopped listening. */
  op?: OperationJson | undefined;
  /** No answer came by `limitMs` plus the margin: the request was abandoned. */
  abandoned?: boolean;
}

/** One wait; its answer is an Operation or UNIMPLEMENTED (legal; then nothing more to check). */
async function waitFor(ctx: ScenarioContext, op: OperationJson, timeout: string, limitMs: number): Promise<Waited> {
  const giveUpMs = limitMs + WAIT_GIVE_UP_MARGIN_MS;
  try {
    const ex = await ctx.call("waitOperation", { path: { operationsId: operationIdOf(op) }, body: { timeout }, timeoutMs: giveUpMs });
    ctx.apply(answeredOneOf, ex, ["OK"], unimplementedAllowed(ctx, "waitOperation"));
    // The exchange's own time: a wait for throttling before it is the transport's, not the server's.
    return { elapsed: ex.durationMs, op: ex.response.status === 200 ? (ex.response.json as OperationJson) : undefined };
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    return { elapsed: giveUpMs, abandoned: true };
  }
}

export const readScenarios: Scenario[] = [
  {
    id: "list-operations-are-well-formed",
    title: "every listed operation is a well-formed operation of the parent",
    kind: "semantic",
    operationIds: [LIST],
    async run(ctx) {
      const listing = await listAll(ctx);
      if (listing.operations.length === 0) ctx.notExercised(`no operations under ${ctx.target.parent}`);
      for (const op of listing.operations) applyInvariants(ctx, op);
    },
  },
  {
    id: "get-returns-the-listed-operation",
    title: "get of a listed operation returns that operation, well-formed",
    kind: "semantic",
    operationIds: [LIST, "getOperation"],
    async run(ctx) {
      const listed = await findOperation(ctx, () => true, "operation of any kind");
      const ex = await ctx.call("getOperation", { path: { operationsId: operationIdOf(listed) } });
      if (!ctx.apply(answeredWith, ex, "OK")) return;
      const op = ex.response.json as OperationJson;
      applyInvariants(ctx, op);
      // A stateless mock answers every id with the same example, so identity is only checked on stateful targets.
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, op, String(listed.name));
    },
  },
  {
    id: "wait-returns-finished-operation-at-once",
    title: "wait on a finished operation returns it done at once",
    kind: "semantic",
    operationIds: [LIST, "waitOperation"],
    async run(ctx) {
      const finished = await findOperation(ctx, isFinished, "finished operation");
      const { elapsed, op, abandoned } = await waitFor(ctx, finished, "30s", WAIT_SLACK_MS);
      if (!op && !abandoned) return;
      ctx.apply(returnedWithin, elapsed, WAIT_SLACK_MS, "wait on a finished operation");
      if (!op) return;
      ctx.apply(operationIsDone, op);
      applyInvariants(ctx, op);
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, op, String(finished.name));
    },
  },
  {
    id: "wait-honours-its-timeout",
    title: "wait on a running operation returns by its timeout (early is allowed)",
    kind: "semantic",
    operationIds: [LIST, "waitOperation"],
    async run(ctx) {
      const timeoutMs = 1_000;
      const limitMs = timeoutMs + WAIT_SLACK_MS;
      const what = "wait with a 1s timeout";
      const candidates = await findOperations(ctx, isRunning, "running operation", 1, WAIT_CANDIDATES);
      for (const running of candidates) {
        const { elapsed, op, abandoned } = await waitFor(ctx, running, `${timeoutMs / 1000}s`, limitMs);
        if (!op && !abandoned) return;
        // An operation that finished while waited on says nothing of the timeout: try another.
        if (op?.done === true && elapsed <= limitMs && ctx.target.capabilities.stateful) continue;
        const early = op && op.done !== true && elapsed < timeoutMs ? `wait returned after ${Math.round(elapsed)} ms, not done, before its ${timeoutMs} ms timeout (allowed: it may return early)` : undefined;
        ctx.apply(returnedWithin, elapsed, limitMs, abandoned ? `${what} (no answer; the kit stopped listening)` : what, early);
        if (!op) return;
        applyInvariants(ctx, op);
        if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, op, String(running.name));
        return;
      }
      ctx.notExercised(`every running operation tried (${candidates.length}) finished while waited on; none to measure the timeout with`);
    },
  },
];
