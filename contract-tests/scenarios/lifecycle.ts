/**
 * The lifecycle of every method that starts an operation (x-operation-info, AIP-151), generically: the
 * answer is an Operation named under the parent's operations, get returns it, its metadata is the
 * declared message with the declared detail member, it progresses, and it ends done with a response of
 * the declared message within the kit's bound (--operation-timeout); or, cancelled, it ends CANCELLED
 * within the cancel bound — or completes despite the cancel, which AIP-151 allows. Either way the list
 * then shows it as get does. Built from the spec alone: no code per method.
 *
 * Starting operations creates resources and can cost money, so these run only on a target with the
 * `startOperations` capability (--start-operations). Scenarios on the same resource take turns, in run
 * order; standard deletes run after everything else, and remove what the run created where they can.
 */
import type { OpenApiDocument } from "../../src/spec/document.js";
import { readStarters, type StarterMethod } from "../../src/spec/operation-info.js";
import {
  metadataHasDeclaredDetail,
  metadataHasDeclaredType,
  operationFinishedWithin,
  progressNeverDecreases,
  responseHasDeclaredType,
  responseMatchesDeclaredSchema,
} from "../checks/lifecycle.js";
import { namesKeepOneProject, OPERATION_INVARIANTS, operationIsNamed, operationNameUnderParent, type OperationJson } from "../checks/operation.js";
import { answeredOneOf, answeredWith, answerOf, cancelEndedOperation, listAgreesWithGet } from "../checks/semantics.js";
import { MethodUnimplemented, type Scenario, type ScenarioContext } from "../scenario.js";
import type { SpecModel } from "../spec-model.js";
import { findListed, getUntilDone, LIST, operationIdOf, unimplementedAllowed } from "./pool.js";
import { ensureServed } from "./served.js";
import { resolveStartTarget, resourcesOf, type StartTarget } from "./start-target.js";

const GET = "getOperation";
const CANCEL = "cancelOperation";
type Variant = "cancel" | "complete";

/** The checks every view of a started operation gets: where it is named, AIP-151's invariants, its declared metadata. */
function applyStartedChecks(ctx: ScenarioContext, starter: StarterMethod, op: OperationJson, operationsParent: string): void {
  ctx.apply(operationNameUnderParent, op, operationsParent);
  ctx.apply(namesKeepOneProject, op, ctx.run.answeredProjects);
  for (const invariant of OPERATION_INVARIANTS) ctx.apply(invariant, op);
  ctx.apply(metadataHasDeclaredType, op, starter.info);
  ctx.apply(metadataHasDeclaredDetail, op, starter.info);
}

/** The response checks of a finished operation that has one. */
function applyResponseChecks(ctx: ScenarioContext, starter: StarterMethod, op: OperationJson): void {
  if (op.response === undefined) return;
  if (ctx.apply(responseHasDeclaredType, op, starter.info)) ctx.apply(responseMatchesDeclaredSchema, op, starter.responseSchema, ctx.checks);
}

/** The list shows the finished operation as get does; a server may leave list out (UNIMPLEMENTED), then this is not judged. */
async function listShows(ctx: ScenarioContext, id: string, op: OperationJson): Promise<void> {
  try {
    ctx.apply(listAgreesWithGet, await findListed(ctx, id), op);
  } catch (error) {
    if (!(error instanceof MethodUnimplemented)) throw error;
  }
}

/** Starts the method; the started operation as answered, or the scenario ends not exercised. */
async function start(ctx: ScenarioContext, starter: StarterMethod, target: StartTarget, source: string, body: unknown): Promise<OperationJson | undefined> {
  const ex = await ctx.call(starter.operationId, { path: target.path, ...(body !== undefined ? { body } : {}) });
  if (ex.response.status >= 400 && ex.response.status < 500) {
    const message = (ex.response.json as { error?: { message?: unknown } } | undefined)?.error?.message;
    ctx.notExercised(
      `${starter.operationId} on ${target.resource} answered ${answerOf(ex)}${typeof message === "string" ? ` (${message})` : ""} to the request of ${source}: ` +
        "the target lacks or refuses what it names; point it at resources of yours with --start-requests " +
        "(against the kit's fake: POST /__control/reset, served with --control, or a restart brings its models and datasets back)",
    );
  }
  if (ex.response.status !== 200) return undefined;
  const op = ex.response.json as OperationJson;
  // Its own: no cancel or delete scenario picks it from a listing (a list in any order may show it first).
  if (typeof op.name === "string") ctx.run.claim([op.name], 1);
  return op;
}

/** How a followed operation ended: its last state seen, and whether cancel turned out to be left out. */
interface Followed {
  final?: OperationJson | undefined;
  cancelLeftOut?: boolean;
}

/** Cancels the started operation and judges how it ends. */
async function cancelAndWait(ctx: ScenarioContext, id: string, seen: OperationJson[]): Promise<Followed> {
  const cancelSentAt = Date.now();
  const cancel = await ctx.call(CANCEL, { path: { operationsId: id }, rawBody: "{}", headers: { "content-type": "application/json" } });
  // FAILED_PRECONDITION: it finished before the cancel arrived.
  if (!ctx.apply(answeredOneOf, cancel, ["OK"], ["FAILED_PRECONDITION", ...unimplementedAllowed(ctx, CANCEL)])) return {};
  if (cancel.response.status === 501) {
    // A server may leave cancel out: nothing to judge of it, but the operation is followed to its end
    // before the resource is handed on.
    return { final: (await getUntilDone(ctx, id, ctx.run.operationTimeoutMs, { onPoll: (o) => seen.push(o) })).op, cancelLeftOut: true };
  }
  const boundMs = ctx.run.cancelTimeoutMs;
  const { op, afterMs } = await getUntilDone(ctx, id, boundMs, { onPoll: (o) => seen.push(o) });
  if (op) ctx.apply(cancelEndedOperation, op, cancelSentAt, { afterMs, boundMs });
  return { final: op };
}

/** Polls the started operation to its end within the kit's bound, and judges that it ended. */
async function waitForEnd(ctx: ScenarioContext, id: string, seen: OperationJson[]): Promise<Followed> {
  const boundMs = ctx.run.operationTimeoutMs;
  // Long bounds are for long operations (training takes hours): poll less often there.
  const maxDelayMs = Math.min(10_000, Math.max(500, boundMs / 60));
  const { op, afterMs } = await getUntilDone(ctx, id, boundMs, { onPoll: (o) => seen.push(o), maxDelayMs });
  if (!op) return {};
  return ctx.apply(operationFinishedWithin, op, { afterMs, boundMs }) ? { final: op } : {};
}

async function runLifecycle(ctx: ScenarioContext, starter: StarterMethod, variant: Variant): Promise<void> {
  const plan = ctx.run.starts.get(starter.operationId);
  if (!plan) return ctx.notExercised(`no request planned for ${starter.operationId}`);
  // A server of the operations resource alone routes none of these methods: skipped, and listed (served.ts).
  if (!(await ensureServed(ctx, [starter.operationId]))) return;
  const target = resolveStartTarget(ctx, plan);
  // Taken before anything is awaited, so scenarios on one resource take their turns in run order.
  const leave = await ctx.run.takeTurns(resourcesOf(plan, target));
  let followed: Followed;
  try {
    followed = await startAndFollow(ctx, starter, variant, plan.source, plan.body, target);
  } finally {
    leave();
  }
  if (followed.cancelLeftOut) ctx.unimplemented(CANCEL);
}

/** Starts, follows and judges one operation. */
async function startAndFollow(ctx: ScenarioContext, starter: StarterMethod, variant: Variant, source: string, body: unknown, target: StartTarget): Promise<Followed> {
  const started = await start(ctx, starter, target, source, body);
  if (!started) return {};
  applyStartedChecks(ctx, starter, started, target.operationsParent);
  if (typeof started.name !== "string" || started.name === "") return {};
  const id = operationIdOf(started);
  const got = await ctx.call(GET, { path: { operationsId: id } });
  if (!ctx.apply(answeredWith, got, "OK")) return {};
  const gotOp = got.response.json as OperationJson;
  ctx.apply(operationIsNamed, gotOp, started.name);
  applyStartedChecks(ctx, starter, gotOp, target.operationsParent);
  const seen = [started, gotOp];
  const followed = variant === "cancel" ? await cancelAndWait(ctx, id, seen) : await waitForEnd(ctx, id, seen);
  const final = followed.final;
  if (!final) return followed;
  applyStartedChecks(ctx, starter, final, target.operationsParent);
  ctx.apply(progressNeverDecreases, seen);
  applyResponseChecks(ctx, starter, final);
  await listShows(ctx, id, final);
  const created = (final.response as { name?: unknown } | undefined)?.name;
  if (target.createsIn !== undefined && typeof created === "string") ctx.run.addCreated(target.createsIn, created);
  if (variant === "complete" && final.error !== undefined) {
    const error = final.error as { code?: unknown; message?: unknown };
    ctx.notExercised(`${starter.operationId}'s operation ${started.name} ended with error ${preview(error.code)} ${preview(error.message)}, which the contract allows; its response was not seen`);
  }
  return followed;
}

function preview(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function lifecycleOf(starter: StarterMethod, variant: Variant): Scenario {
  const id = starter.operationId;
  const deletes = starter.standard === "delete";
  return {
    id: `${id}-lifecycle-${variant}`,
    title:
      variant === "complete"
        ? `${id} starts an operation under the parent that get and list show, with its declared metadata, and that ends with its declared response within --operation-timeout`
        : `${id} starts an operation that, cancelled, ends CANCELLED within --cancel-timeout (or completes despite it), as get and list show`,
    kind: "semantic",
    operationIds: [id, GET, LIST, ...(variant === "cancel" ? [CANCEL] : [])],
    requires: ["stateful", "startOperations"],
    changesState: true,
    ...(deletes ? { removesResources: true } : {}),
    run: (ctx) => runLifecycle(ctx, starter, variant),
  };
}

/**
 * The lifecycle scenarios of every method of the spec that starts operations: one cancelled, then one
 * run to its end. A standard delete (AIP-135) is only run to its end: cancelled, it may still complete
 * (AIP-151), and then the resource is gone, whichever scenario meant to remove it.
 */
export function lifecycleScenarios(spec: SpecModel): Scenario[] {
  return readStarters(spec.document as OpenApiDocument).flatMap((starter) =>
    starter.standard === "delete" ? [lifecycleOf(starter, "complete")] : [lifecycleOf(starter, "cancel"), lifecycleOf(starter, "complete")],
  );
}
