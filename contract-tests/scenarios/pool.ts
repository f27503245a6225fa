/**
 * Finding operations to test with: scenarios list the target's parent and pick what they need (a running
 * operation for cancel, a finished one for wait). Scenarios that change state claim what they pick, so
 * scenarios running side by side never change the same operation. When nothing fits, the scenario is
 * not exercised.
 */
import type { OperationJson } from "../checks/operation.js";
import { mayBeUnimplemented } from "../checks/unimplemented.js";
import type { ScenarioContext } from "../scenario.js";
import { startOwnOperations } from "./own-operations.js";
import { listAll } from "./walk.js";

export { findListed, isFinished, isRunning, LIST, listAll, operationIdOf, type Listing, type ListOptions } from "./walk.js";

type Wanted = (op: OperationJson) => boolean;
const named = (op: OperationJson) => typeof op.name === "string" && op.name !== "";

/** The answers a server may give instead of the documented one for this method: UNIMPLEMENTED where it may leave it out. */
export function unimplementedAllowed(ctx: ScenarioContext, operationId: string): string[] {
  return mayBeUnimplemented(operationId, ctx.checks) ? ["UNIMPLEMENTED"] : [];
}

/**
 * Operations under the parent that satisfy `wanted` and nobody claimed, in list order: `count` of them,
 * or up to `upTo` when more would help. Not exercised when fewer than `count`.
 */
export async function findOperations(ctx: ScenarioContext, wanted: Wanted, description: string, count = 1, upTo = count): Promise<OperationJson[]> {
  const fits = (ops: OperationJson[]) => ops.filter((op) => named(op) && wanted(op) && !ctx.run.isClaimed(String(op.name)));
  const listing = await listAll(ctx, { until: (ops) => fits(ops).length >= upTo });
  const found = fits(listing.operations);
  if (found.length < count) ctx.notExercised(`needs ${count} ${description} under ${ctx.target.parent}; found ${found.length}`);
  return found.slice(0, upTo);
}

export async function findOperation(ctx: ScenarioContext, wanted: Wanted, description: string): Promise<OperationJson> {
  return (await findOperations(ctx, wanted, description, 1))[0]!;
}

/**
 * Claims `count` operations to change: those that satisfy `wanted`, else (when `fallback` allows) any
 * others, else (with --start-operations) operations the run starts itself. Claimed operations are never
 * offered to another scenario of the run. A stateless target keeps nothing a scenario changes, so there
 * nothing is reserved.
 */
export async function claimOperations(
  ctx: ScenarioContext,
  wanted: Wanted,
  description: string,
  count = 1,
  fallback?: Wanted,
): Promise<OperationJson[]> {
  const exclusive = ctx.target.capabilities.stateful;
  const free = (ops: OperationJson[], test: Wanted) => ops.filter((op) => named(op) && test(op) && !(exclusive && ctx.run.isClaimed(String(op.name))));
  // Twice at most: a scenario running alongside may claim what this walk found before it could.
  for (let round = 0; round < 2; round++) {
    const listing = await listAll(ctx, { until: (ops) => free(ops, wanted).length >= count });
    const preferred = free(listing.operations, wanted);
    const others = fallback ? free(listing.operations, (op) => !wanted(op) && fallback(op)) : [];
    const candidates = [...preferred, ...others];
    if (candidates.length < count && (listing.ended || round === 1)) break;
    if (!exclusive && candidates.length >= count) return candidates.slice(0, count);
    const claimed = new Set(ctx.run.claim(candidates.map((op) => String(op.name)), count));
    if (claimed.size === count) return candidates.filter((op) => claimed.has(String(op.name)));
  }
  // What the target holds is used up or claimed: operations of the run's own, when it may start them.
  const own = exclusive ? await startOwnOperations(ctx, wanted, count) : [];
  if (own.length === count) return own;
  return ctx.notExercised(`needs ${count} ${description} under ${ctx.target.parent} that no other scenario changes; found fewer`);
}

export async function claimOperation(ctx: ScenarioContext, wanted: Wanted, description: string): Promise<OperationJson> {
  return (await claimOperations(ctx, wanted, description, 1))[0]!;
}

/** An id no target holds, for NOT_FOUND scenarios. */
export function missingOperationId(): string {
  return `contract-test-missing-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export interface Polled {
  /** The last state seen (done, or still running when the bound passed); undefined when get failed. */
  op: OperationJson | undefined;
  /** From the first poll to the one that saw it done (0: done at the first look). */
  afterMs: number;
}

export interface PollOptions {
  /** Called with every state get answered, in order. @default none */
  onPoll?: (op: OperationJson) => void;
  /** The longest pause between polls; it grows from 50 ms. @default 500 */
  maxDelayMs?: number;
}

/** Polls get until the operation is done or `timeoutMs` passes (cancel is asynchronous, AIP-151). */
export async function getUntilDone(ctx: ScenarioContext, id: string, timeoutMs: number, options: PollOptions = {}): Promise<Polled> {
  const started = Date.now();
  const maxDelayMs = options.maxDelayMs ?? 500;
  let delay = 50;
  for (let poll = 0; ; poll++) {
    const ex = await ctx.call("getOperation", { path: { operationsId: id } });
    const afterMs = poll === 0 ? 0 : Date.now() - started;
    if (ex.response.status !== 200) return { op: undefined, afterMs };
    const op = ex.response.json as OperationJson;
    options.onPoll?.(op);
    if (op.done === true || Date.now() + delay > started + timeoutMs) return { op, afterMs: op.done === true ? afterMs : Date.now() - started };
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, maxDelayMs);
  }
}
