/**
 * Operations of the run's own. A scenario that cancels or deletes operations claims them from the
 * target's list; a long-lived server has only so many running ones, and each run used some of them up,
 * so the next run found none. With `startOperations` (--start-operations) a run that finds too few starts
 * operations itself, follows each until it is what the scenario wants (running, or finished), and claims
 * it: what a run changes is then what it made, and runs can follow one another against one server.
 */
import type { OperationJson } from "../checks/operation.js";
import type { ScenarioContext } from "../scenario.js";
import type { PlannedStart } from "../start-requests.js";
import { getUntilDone } from "./pool.js";
import { operationIdOf } from "./walk.js";

type Wanted = (op: OperationJson) => boolean;

/**
 * The method to start: one that neither creates nor deletes a resource (a deploy, an export, an import),
 * so starting it leaves the target's models and datasets as they were. Undefined when there is none.
 */
function ownStarter(ctx: ScenarioContext): PlannedStart | undefined {
  if (!ctx.target.capabilities.startOperations) return undefined;
  return [...ctx.run.starts.values()].find((plan) => plan.starter.standard === undefined);
}

/** Starts one operation and follows it until it satisfies `wanted`; undefined when it never does in time. */
async function startOne(ctx: ScenarioContext, plan: PlannedStart, wanted: Wanted): Promise<OperationJson | undefined> {
  const ex = await ctx.call(plan.starter.operationId, { path: plan.path, ...(plan.body !== undefined ? { body: plan.body } : {}) });
  if (ex.response.status !== 200) return undefined;
  const started = ex.response.json as OperationJson;
  if (typeof started.name !== "string" || started.name === "") return undefined;
  if (wanted(started)) return started;
  let fits: OperationJson | undefined;
  await getUntilDone(ctx, operationIdOf(started), ctx.run.operationTimeoutMs, {
    onPoll: (op) => {
      fits ??= wanted(op) ? op : undefined;
    },
  });
  return fits;
}

/**
 * Up to `count` operations the run starts itself, each satisfying `wanted` and claimed for the caller;
 * empty when the run may not start operations or the target refuses.
 */
export async function startOwnOperations(ctx: ScenarioContext, wanted: Wanted, count: number): Promise<OperationJson[]> {
  const plan = ownStarter(ctx);
  if (!plan) return [];
  const own: OperationJson[] = [];
  for (let i = 0; i < count; i++) {
    const op = await startOne(ctx, plan, wanted);
    if (!op) break;
    ctx.run.claim([String(op.name)], 1);
    own.push(op);
  }
  return own;
}
