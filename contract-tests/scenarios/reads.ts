/**
 * Read scenarios: what list, get and wait return must be well-formed operations of the parent, and wait
 * must respect its timeout (AIP-151).
 */
import { operationIsDone, operationIsNamed, operationNameUnderParent, OPERATION_INVARIANTS, type OperationJson } from "../checks/operation.js";
import { answeredOneOf, answeredWith, returnedWithin } from "../checks/semantics.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { findOperation, isFinished, isRunning, listAll, LIST, operationIdOf } from "./pool.js";

/** Slack added to wait's timeout for the network and a loaded machine. */
const WAIT_SLACK_MS = 2_000;

function applyInvariants(ctx: ScenarioContext, op: OperationJson): void {
  ctx.apply(operationNameUnderParent, op, ctx.target.parent);
  for (const invariant of OPERATION_INVARIANTS) ctx.apply(invariant, op);
}

/** Wait's answer: an Operation, or UNIMPLEMENTED (legal; then nothing more to check). */
async function waitFor(ctx: ScenarioContext, op: OperationJson, timeout: string) {
  const started = performance.now();
  const ex = await ctx.call("waitOperation", { path: { operationsId: operationIdOf(op) }, body: { timeout } });
  const elapsed = performance.now() - started;
  ctx.apply(answeredOneOf, ex, ["OK"], ["UNIMPLEMENTED"]);
  return { ex, elapsed, op: ex.response.status === 200 ? (ex.response.json as OperationJson) : undefined };
}

export const readScenarios: Scenario[] = [
  {
    id: "list-operations-are-well-formed",
    title: "every listed operation is a well-formed operation of the parent",
    kind: "semantic",
    operationIds: [LIST],
    async run(ctx) {
      const listing = await listAll(ctx, { maxPages: ctx.target.capabilities.stateful ? 20 : 1 });
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
      const { elapsed, op } = await waitFor(ctx, finished, "30s");
      if (!op) return;
      ctx.apply(returnedWithin, elapsed, WAIT_SLACK_MS, "wait on a finished operation");
      ctx.apply(operationIsDone, op);
      applyInvariants(ctx, op);
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, op, String(finished.name));
    },
  },
  {
    id: "wait-honours-its-timeout",
    title: "wait on a running operation returns by its timeout",
    kind: "semantic",
    operationIds: [LIST, "waitOperation"],
    async run(ctx) {
      const running = await findOperation(ctx, isRunning, "running operation");
      const timeoutMs = 500;
      const { elapsed, op } = await waitFor(ctx, running, `${timeoutMs / 1000}s`);
      if (!op) return;
      ctx.apply(returnedWithin, elapsed, timeoutMs + WAIT_SLACK_MS, "wait with a 0.5s timeout");
      applyInvariants(ctx, op);
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, op, String(running.name));
    },
  },
];
