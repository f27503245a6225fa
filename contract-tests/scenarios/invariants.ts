/**
 * What every operation a read scenario sees must hold: it is named under the target's parent, its
 * names keep to one project value, and AIP-151's invariants (done consistency, typed Any…).
 */
import { namesKeepOneProject, operationNameUnderParent, OPERATION_INVARIANTS, type OperationJson } from "../checks/operation.js";
import type { ScenarioContext } from "../scenario.js";

export function applyInvariants(ctx: ScenarioContext, op: OperationJson): void {
  ctx.apply(operationNameUnderParent, op, ctx.target.parent);
  ctx.apply(namesKeepOneProject, op, ctx.run.answeredProjects);
  for (const invariant of OPERATION_INVARIANTS) ctx.apply(invariant, op);
}
