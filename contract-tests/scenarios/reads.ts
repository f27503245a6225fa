/**
 * Read scenarios: what list, get and wait return must be well-formed operations of the parent, and wait
 * must respect its timeout (AIP-151) — though it may return early, even at once and not done (wait.ts).
 */
import { operationIsNamed, type OperationJson } from "../checks/operation.js";
import { answeredWith } from "../checks/semantics.js";
import type { Scenario } from "../scenario.js";
import { applyInvariants } from "./invariants.js";
import { findOperation, listAll, LIST, operationIdOf } from "./pool.js";
import { waitScenarios } from "./wait.js";

export { applyInvariants };

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
  ...waitScenarios,
];
