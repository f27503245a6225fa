/**
 * List semantics (AIP-158 pagination, AIP-160-style filters as AutoML documents them). A stateless mock
 * answers from one static example whose nextPageToken never ends, so these need a stateful target.
 */
import type { OperationJson } from "../checks/operation.js";
import {
  filterMatches,
  noOperationRepeated,
  pagesEqualWhole,
  pageWithinPageSize,
  paginationTerminates,
} from "../checks/semantics.js";
import type { Scenario } from "../scenario.js";
import { listAll, LIST, operationIdOf } from "./pool.js";

const MIN_OPERATIONS = 3;
const names = (ops: OperationJson[]) => ops.map((op) => String(op.name));

export const listingScenarios: Scenario[] = [
  {
    id: "pagination-covers-the-list-exactly-once",
    title: "pages honour pageSize, end, and together hold every operation exactly once",
    kind: "semantic",
    operationIds: [LIST],
    requires: ["stateful"],
    async run(ctx) {
      const whole = await listAll(ctx, { strict: true });
      ctx.apply(paginationTerminates, whole.pageSizes.length, whole.ended, whole.stoppedBecause ?? "");
      if (whole.operations.length < MIN_OPERATIONS) {
        ctx.notExercised(`pagination needs ${MIN_OPERATIONS} operations under ${ctx.target.parent}; found ${whole.operations.length}`);
      }
      const pageSize = Math.max(1, Math.floor(whole.operations.length / MIN_OPERATIONS));
      // Bounded by what the whole listing showed: a paged walk that finds more has invented operations.
      const paged = await listAll(ctx, { pageSize, strict: true, maxOperations: new Set(names(whole.operations)).size + pageSize });
      const last = paged.pageSizes.length - 1;
      paged.pageSizes.forEach((count, i) => ctx.apply(pageWithinPageSize, count, pageSize, i === last && paged.ended));
      ctx.apply(paginationTerminates, paged.pageSizes.length, paged.ended, paged.stoppedBecause ?? "");
      ctx.apply(noOperationRepeated, names(paged.operations));
      ctx.apply(pagesEqualWhole, names(paged.operations), names(whole.operations), true);
    },
  },
  {
    id: "filters-return-only-matching-operations",
    title: "done and operation_id filters return only matching operations, and done=true/false split the list",
    kind: "semantic",
    operationIds: [LIST],
    requires: ["stateful"],
    async run(ctx) {
      const whole = await listAll(ctx, { strict: true });
      if (whole.operations.length === 0) ctx.notExercised(`no operations under ${ctx.target.parent}`);
      // done=false first: an operation finishing in between then shows in both lists, never in neither.
      const notDone = await listAll(ctx, { filter: "done=false", strict: true });
      ctx.apply(filterMatches, "done=false", notDone.operations, (op) => op.done !== true);
      const done = await listAll(ctx, { filter: "done=true", strict: true });
      ctx.apply(filterMatches, "done=true", done.operations, (op) => op.done === true);
      ctx.apply(pagesEqualWhole, [...names(done.operations), ...names(notDone.operations)], names(whole.operations));
      const chosen = whole.operations[whole.operations.length - 1]!;
      const filter = `operation_id=${operationIdOf(chosen)}`;
      const byId = await listAll(ctx, { filter, strict: true });
      ctx.apply(filterMatches, filter, byId.operations, (op) => op.name === chosen.name);
      ctx.apply(pagesEqualWhole, names(byId.operations), [String(chosen.name)]);
    },
  },
];
