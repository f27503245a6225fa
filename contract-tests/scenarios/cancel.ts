/**
 * Cancel (AIP-151): best effort and asynchronous. After `{}` the operation may still run for a while,
 * then ends CANCELLED or completes despite the cancel; the kit polls up to its cancel timeout. Cancel of
 * a finished operation answers `{}` or FAILED_PRECONDITION and never changes its result. Each scenario
 * claims the operations it cancels.
 */
import type { OperationJson } from "../checks/operation.js";
import {
  answeredOneOf,
  answeredWith,
  cancelBodyAccepted,
  cancelEndedOperation,
  finishedOperationUnchanged,
  listAgreesWithGet,
  repeatedCancelHarmless,
} from "../checks/semantics.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { claimOperation, claimOperations, findListed, getUntilDone, isFinished, isRunning, LIST, operationIdOf, unimplementedAllowed } from "./pool.js";

const CANCEL = "cancelOperation";
const GET = "getOperation";
/** Google's Node client sends `{}` with a JSON content type on cancel (body: '*'). */
const EMPTY_JSON = { rawBody: "{}", headers: { "content-type": "application/json" } };

async function getOk(ctx: ScenarioContext, id: string): Promise<OperationJson | undefined> {
  const ex = await ctx.call(GET, { path: { operationsId: id } });
  return ctx.apply(answeredWith, ex, "OK") ? (ex.response.json as OperationJson) : undefined;
}

export const cancelScenarios: Scenario[] = [
  {
    id: "cancel-running-ends-cancelled",
    title: "cancel of a running operation ends it (CANCELLED, or completed despite it) within the cancel timeout; list agrees; a repeated cancel is harmless",
    kind: "semantic",
    operationIds: [LIST, CANCEL, GET],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      const id = operationIdOf(await claimOperation(ctx, isRunning, "running operation"));
      const cancelSentAt = Date.now();
      const first = await ctx.call(CANCEL, { path: { operationsId: id } });
      // FAILED_PRECONDITION: it finished between the list and the cancel.
      if (!ctx.apply(answeredOneOf, first, ["OK"], ["FAILED_PRECONDITION", ...unimplementedAllowed(ctx, CANCEL)])) return;
      if (first.response.status === 501) return;
      const boundMs = ctx.run.cancelTimeoutMs;
      const { op, afterMs } = await getUntilDone(ctx, id, boundMs);
      if (!op) return void (await getOk(ctx, id));
      if (!ctx.apply(cancelEndedOperation, op, cancelSentAt, { afterMs, boundMs })) return;
      ctx.apply(listAgreesWithGet, await findListed(ctx, id), op);
      const again = await ctx.call(CANCEL, { path: { operationsId: id }, ...EMPTY_JSON });
      ctx.apply(answeredOneOf, again, ["OK"], ["FAILED_PRECONDITION"]);
      const latest = await getOk(ctx, id);
      if (latest) ctx.apply(repeatedCancelHarmless, op, latest);
    },
  },
  {
    id: "cancel-of-finished-changes-nothing",
    title: "cancel of a finished operation answers {} or FAILED_PRECONDITION, and get and list show it exactly as before",
    kind: "semantic",
    operationIds: [LIST, CANCEL, GET],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      // A response is what a wrong cancel would lose: prefer an operation that has one.
      const hasResponse = (op: OperationJson) => isFinished(op) && op.response !== undefined;
      const [finished] = await claimOperations(ctx, hasResponse, "finished operation", 1, isFinished);
      const id = operationIdOf(finished!);
      const before = await getOk(ctx, id);
      if (!before) return;
      const cancel = await ctx.call(CANCEL, { path: { operationsId: id }, ...EMPTY_JSON });
      ctx.apply(answeredOneOf, cancel, ["OK"], ["FAILED_PRECONDITION", ...unimplementedAllowed(ctx, CANCEL)]);
      if (cancel.response.status === 501) return;
      const after = await getOk(ctx, id);
      if (after) ctx.apply(finishedOperationUnchanged, before, after, "get");
      ctx.apply(listAgreesWithGet, await findListed(ctx, id), before);
    },
  },
  {
    id: "cancel-accepts-empty-body-and-empty-object",
    title: "cancel accepts no body and the JSON {} alike",
    kind: "semantic",
    operationIds: [LIST, CANCEL],
    requires: ["destructive"],
    changesState: true,
    async run(ctx) {
      // Running operations first: on a finished one a server may answer FAILED_PRECONDITION before reading the body.
      const ops = await claimOperations(ctx, isRunning, "operations", ctx.target.capabilities.stateful ? 2 : 1, () => true);
      const [forObject, forNothing] = [ops[0]!, ops[1] ?? ops[0]!];
      ctx.apply(cancelBodyAccepted, await ctx.call(CANCEL, { path: { operationsId: operationIdOf(forObject) }, ...EMPTY_JSON }));
      ctx.apply(cancelBodyAccepted, await ctx.call(CANCEL, { path: { operationsId: operationIdOf(forNothing) } }));
    },
  },
];
