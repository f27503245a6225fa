/**
 * Finding operations to test with: scenarios list the target's parent and pick what they need (a running
 * operation for cancel, a finished one for wait). When nothing fits, the scenario is not exercised.
 */
import type { OperationJson } from "../checks/operation.js";
import { answeredWith, answerOf } from "../checks/semantics.js";
import type { ScenarioContext } from "../scenario.js";

export const LIST = "listOperations";

export interface Listing {
  operations: OperationJson[];
  /** Operations per page, in order. */
  pageSizes: number[];
  /** An empty nextPageToken was reached. */
  ended: boolean;
}

export interface ListOptions {
  pageSize?: number;
  filter?: string;
  /** Stop after this many pages. @default 100 */
  maxPages?: number;
  /** A non-200 answer fails the `answeredWith` check instead of ending the scenario as not exercised. @default false */
  strict?: boolean;
}

/** Lists the parent page by page (bounded); a non-200 answer ends the scenario as not exercised. */
export async function listAll(ctx: ScenarioContext, options: ListOptions = {}): Promise<Listing> {
  const listing: Listing = { operations: [], pageSizes: [], ended: false };
  let pageToken: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 100); page++) {
    const query: Record<string, string | number> = {};
    if (options.pageSize !== undefined) query.pageSize = options.pageSize;
    if (options.filter !== undefined) query.filter = options.filter;
    if (pageToken) query.pageToken = pageToken;
    const ex = await ctx.call(LIST, { query });
    if (ex.response.status !== 200) {
      if (!options.strict) ctx.notExercised(`listing ${ctx.target.parent} answered ${answerOf(ex)}`);
      ctx.apply(answeredWith, ex, "OK");
      return listing;
    }
    const body = (ex.response.json ?? {}) as { operations?: unknown; nextPageToken?: unknown };
    const ops = Array.isArray(body.operations) ? (body.operations as OperationJson[]) : [];
    listing.operations.push(...ops);
    listing.pageSizes.push(ops.length);
    pageToken = typeof body.nextPageToken === "string" && body.nextPageToken !== "" ? body.nextPageToken : undefined;
    if (!pageToken) {
      listing.ended = true;
      break;
    }
  }
  return listing;
}

export const isRunning = (op: OperationJson): boolean => op.done !== true;
export const isFinished = (op: OperationJson): boolean => op.done === true;

/** The last segment of an operation name: the `operationsId` path parameter. */
export function operationIdOf(op: OperationJson): string {
  return String(op.name ?? "").split("/").pop() ?? "";
}

/** Operations under the parent that satisfy `wanted`, in list order; not exercised when fewer than `count`. */
export async function findOperations(
  ctx: ScenarioContext,
  wanted: (op: OperationJson) => boolean,
  description: string,
  count = 1,
): Promise<OperationJson[]> {
  // A stateless target's pages may never end (a static nextPageToken); the first page is enough to pick from.
  const listing = await listAll(ctx, { maxPages: ctx.target.capabilities.stateful ? 20 : 1 });
  const found = listing.operations.filter((op) => typeof op.name === "string" && wanted(op));
  if (found.length < count) {
    ctx.notExercised(`needs ${count} ${description} under ${ctx.target.parent}; found ${found.length}`);
  }
  return found.slice(0, count);
}

export async function findOperation(
  ctx: ScenarioContext,
  wanted: (op: OperationJson) => boolean,
  description: string,
): Promise<OperationJson> {
  return (await findOperations(ctx, wanted, description, 1))[0]!;
}

/** An id no target holds, for NOT_FOUND scenarios. */
export function missingOperationId(): string {
  return `contract-test-missing-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Polls get until the operation is done or `timeoutMs` passes (cancel is asynchronous, AIP-151). */
export async function getUntilDone(ctx: ScenarioContext, id: string, timeoutMs = 3_000): Promise<OperationJson | undefined> {
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (;;) {
    const ex = await ctx.call("getOperation", { path: { operationsId: id } });
    if (ex.response.status !== 200) return undefined;
    const op = ex.response.json as OperationJson;
    if (op.done === true || Date.now() + delay > deadline) return op;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 500);
  }
}
