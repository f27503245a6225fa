/**
 * Scenarios that change state: cancel (AIP-151: best effort, the operation stays and ends CANCELLED),
 * delete (the record goes; get is NOT_FOUND) and the NOT_FOUND answers for an unknown operation.
 */
import type { OperationJson } from "../checks/operation.js";
import {
  answeredOneOf,
  answeredWith,
  cancelBodyAccepted,
  cancelEndedOperation,
  operationAbsent,
  repeatedCancelHarmless,
} from "../checks/semantics.js";
import type { Scenario } from "../scenario.js";
import { findOperation, findOperations, getUntilDone, isFinished, isRunning, listAll, LIST, missingOperationId, operationIdOf } from "./pool.js";

const CANCEL = "cancelOperation";
/** Google's Node client sends `{}` with a JSON content type on cancel (body: '*'). */
const EMPTY_JSON = { rawBody: "{}", headers: { "content-type": "application/json" } };

export const changeScenarios: Scenario[] = [
  {
    id: "cancel-running-ends-cancelled",
    title: "cancel of a running operation ends it done with CANCELLED, and a repeated cancel is harmless",
    kind: "semantic",
    operationIds: [LIST, CANCEL, "getOperation"],
    requires: ["stateful", "destructive"],
    async run(ctx) {
      const running = await findOperation(ctx, isRunning, "running operation");
      const id = operationIdOf(running);
      const cancelSentAt = Date.now();
      const first = await ctx.call(CANCEL, { path: { operationsId: id } });
      // FAILED_PRECONDITION: it finished between the list and the cancel; UNIMPLEMENTED: no cancel here.
      ctx.apply(answeredOneOf, first, ["OK"], ["FAILED_PRECONDITION", "UNIMPLEMENTED"]);
      if (first.response.status === 501) return;
      const after = await getUntilDone(ctx, id);
      if (!after) return void ctx.apply(answeredWith, await ctx.call("getOperation", { path: { operationsId: id } }), "OK");
      ctx.apply(cancelEndedOperation, after, cancelSentAt);
      const again = await ctx.call(CANCEL, { path: { operationsId: id }, ...EMPTY_JSON });
      ctx.apply(answeredOneOf, again, ["OK"], ["FAILED_PRECONDITION"]);
      const latest = await ctx.call("getOperation", { path: { operationsId: id } });
      if (ctx.apply(answeredWith, latest, "OK")) ctx.apply(repeatedCancelHarmless, after, latest.response.json as OperationJson);
    },
  },
  {
    id: "cancel-accepts-empty-body-and-empty-object",
    title: "cancel accepts no body and the JSON {} alike",
    kind: "semantic",
    operationIds: [LIST, CANCEL],
    requires: ["destructive"],
    async run(ctx) {
      // Running operations first: on a finished one a server may answer FAILED_PRECONDITION before reading the body.
      const ops = [...(await findOperations(ctx, () => true, "operation of any kind"))];
      const running = (await listAll(ctx, { maxPages: 1 })).operations.filter(isRunning);
      const [forObject, forNothing] = [running[0] ?? ops[0]!, running[1] ?? running[0] ?? ops[0]!];
      ctx.apply(cancelBodyAccepted, await ctx.call(CANCEL, { path: { operationsId: operationIdOf(forObject) }, ...EMPTY_JSON }));
      ctx.apply(cancelBodyAccepted, await ctx.call(CANCEL, { path: { operationsId: operationIdOf(forNothing) } }));
    },
  },
  {
    id: "delete-then-get-is-not-found",
    title: "after delete, get is NOT_FOUND and list no longer shows the operation",
    kind: "semantic",
    operationIds: [LIST, "deleteOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    async run(ctx) {
      const victim = await findOperation(ctx, isFinished, "finished operation");
      const id = operationIdOf(victim);
      const deleted = await ctx.call("deleteOperation", { path: { operationsId: id } });
      ctx.apply(answeredOneOf, deleted, ["OK"], ["UNIMPLEMENTED"]);
      if (deleted.response.status !== 200) return;
      ctx.apply(answeredWith, await ctx.call("getOperation", { path: { operationsId: id } }), "NOT_FOUND");
      const names = (await listAll(ctx, { maxPages: 20 })).operations.map((op) => String(op.name));
      ctx.apply(operationAbsent, names, String(victim.name));
    },
  },
  {
    id: "unknown-operation-is-not-found",
    title: "get, cancel, delete and wait of an unknown operation answer NOT_FOUND",
    kind: "semantic",
    operationIds: ["getOperation", CANCEL, "deleteOperation", "waitOperation"],
    requires: ["stateful"],
    async run(ctx) {
      const path = { operationsId: missingOperationId() };
      ctx.apply(answeredWith, await ctx.call("getOperation", { path }), "NOT_FOUND");
      ctx.apply(answeredWith, await ctx.call(CANCEL, { path }), "NOT_FOUND");
      ctx.apply(answeredWith, await ctx.call("deleteOperation", { path }), "NOT_FOUND");
      ctx.apply(answeredOneOf, await ctx.call("waitOperation", { path, body: { timeout: "1s" } }), ["NOT_FOUND"], ["UNIMPLEMENTED"]);
    },
  },
];
