/**
 * Delete (AIP-151: the record goes; get is NOT_FOUND and the list no longer shows it) and the NOT_FOUND
 * answers for an unknown operation. Cancel has its own file (cancel.ts).
 */
import { answeredOneOf, answeredWith, operationAbsent } from "../checks/semantics.js";
import type { Scenario } from "../scenario.js";
import { cancelScenarios } from "./cancel.js";
import { claimOperation, isFinished, LIST, listAll, missingOperationId, operationIdOf, unimplementedAllowed } from "./pool.js";

const deleteScenarios: Scenario[] = [
  {
    id: "delete-then-get-is-not-found",
    title: "after delete, get is NOT_FOUND and list no longer shows the operation",
    kind: "semantic",
    operationIds: [LIST, "deleteOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      const victim = await claimOperation(ctx, isFinished, "finished operation");
      const id = operationIdOf(victim);
      const deleted = await ctx.call("deleteOperation", { path: { operationsId: id } });
      ctx.apply(answeredOneOf, deleted, ["OK"], unimplementedAllowed(ctx, "deleteOperation"));
      if (deleted.response.status !== 200) return;
      ctx.apply(answeredWith, await ctx.call("getOperation", { path: { operationsId: id } }), "NOT_FOUND");
      const names = (await listAll(ctx, { strict: true })).operations.map(operationIdOf);
      ctx.apply(operationAbsent, names, id);
    },
  },
  {
    id: "unknown-operation-is-not-found",
    title: "get, cancel, delete and wait of an unknown operation answer NOT_FOUND",
    kind: "semantic",
    operationIds: ["getOperation", "cancelOperation", "deleteOperation", "waitOperation"],
    requires: ["stateful"],
    async run(ctx) {
      const path = { operationsId: missingOperationId() };
      ctx.apply(answeredWith, await ctx.call("getOperation", { path }), "NOT_FOUND");
      for (const [operationId, body] of [["cancelOperation", undefined], ["deleteOperation", undefined], ["waitOperation", { timeout: "1s" }]] as const) {
        ctx.apply(answeredOneOf, await ctx.call(operationId, { path, body }), ["NOT_FOUND"], unimplementedAllowed(ctx, operationId));
      }
    },
  },
];

/** Every scenario that changes state or addresses operations by id alone. */
export const changeScenarios: Scenario[] = [...cancelScenarios, ...deleteScenarios];
