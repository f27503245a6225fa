/**
 * Walking the list page by page (AIP-158). A server may return fewer operations than asked, pages of
 * none with a token, and tokens of any form, so a walk has no fixed page limit: it goes on while pages
 * bring operations it has not seen, and gives up on a token that comes back or on a long run of pages
 * with nothing new. A walk that only looks for something stops as soon as it has found it.
 */
import type { OperationJson } from "../checks/operation.js";
import { answeredOneOf, answeredWith, answerOf } from "../checks/semantics.js";
import { mayBeUnimplemented } from "../checks/unimplemented.js";
import type { ScenarioContext } from "../scenario.js";

export const LIST = "listOperations";

export interface Listing {
  operations: OperationJson[];
  /** Operations per page, in order. */
  pageSizes: number[];
  /** An empty nextPageToken was reached. */
  ended: boolean;
  /** Why the walk gave up before the end, when it did (not set when `until` stopped it). */
  stoppedBecause?: string;
}

export interface ListOptions {
  pageSize?: number;
  filter?: string;
  /** A non-200 answer fails the `answeredWith` check instead of ending the scenario as not exercised. @default false */
  strict?: boolean;
  /** Stop early once this holds of the operations so far. @default never */
  until?: (operations: OperationJson[]) => boolean;
  /** Give up once this many distinct operations were seen (a walk that invents operations). @default 50000 */
  maxOperations?: number;
}

/** Pages in a row without a new operation tolerated before the walk counts as endless: at least this many. */
const MIN_PAGES_WITHOUT_PROGRESS = 16;
const DEFAULT_MAX_OPERATIONS = 50_000;

/**
 * Lists the parent page by page. A non-200 answer ends the scenario as not exercised (or fails, when
 * `strict`); UNIMPLEMENTED ends it as skipped, since a server may leave list out. A stateless target's
 * pages never end (a static example token), so there only the first page is read.
 */
export async function listAll(ctx: ScenarioContext, options: ListOptions = {}): Promise<Listing> {
  const listing: Listing = { operations: [], pageSizes: [], ended: false };
  const seen = new Set<string>();
  const tokens = new Set<string>();
  const maxOperations = options.maxOperations ?? DEFAULT_MAX_OPERATIONS;
  let withoutProgress = 0;
  let pageToken: string | undefined;
  for (;;) {
    const query: Record<string, string | number> = {};
    if (options.pageSize !== undefined) query.pageSize = options.pageSize;
    if (options.filter !== undefined) query.filter = options.filter;
    if (pageToken) query.pageToken = pageToken;
    const ex = await ctx.call(LIST, { query });
    if (ex.response.status === 501 && mayBeUnimplemented(LIST, ctx.checks)) {
      ctx.apply(answeredOneOf, ex, ["OK"], ["UNIMPLEMENTED"]);
      ctx.unimplemented(LIST);
    }
    if (ex.response.status !== 200) {
      if (!options.strict) ctx.notExercised(`listing ${ctx.target.parent} answered ${answerOf(ex)}`);
      ctx.apply(answeredWith, ex, "OK");
      return listing;
    }
    const body = (ex.response.json ?? {}) as { operations?: unknown; nextPageToken?: unknown };
    const ops = Array.isArray(body.operations) ? (body.operations as OperationJson[]) : [];
    const before = seen.size;
    for (const op of ops) seen.add(String(op.name));
    listing.operations.push(...ops);
    listing.pageSizes.push(ops.length);
    withoutProgress = seen.size > before ? 0 : withoutProgress + 1;
    pageToken = typeof body.nextPageToken === "string" && body.nextPageToken !== "" ? body.nextPageToken : undefined;
    if (!pageToken) {
      listing.ended = true;
      return listing;
    }
    if (options.until?.(listing.operations) || !ctx.target.capabilities.stateful) return listing;
    if (tokens.has(pageToken)) listing.stoppedBecause = `the token ${JSON.stringify(pageToken.slice(0, 40))} came back`;
    else if (withoutProgress > Math.max(MIN_PAGES_WITHOUT_PROGRESS, seen.size)) listing.stoppedBecause = `${withoutProgress} pages in a row brought no new operation`;
    else if (seen.size > maxOperations) listing.stoppedBecause = `${seen.size} distinct operations, more than the ${maxOperations} the walk allows`;
    if (listing.stoppedBecause) return listing;
    tokens.add(pageToken);
  }
}

export const isRunning = (op: OperationJson): boolean => op.done !== true;
export const isFinished = (op: OperationJson): boolean => op.done === true;

/** The last segment of an operation name: the `operationsId` path parameter. */
export function operationIdOf(op: OperationJson): string {
  return String(op.name ?? "").split("/").pop() ?? "";
}

/** The listed operation with this id (names may carry the project's canonical number), or undefined. */
export async function findListed(ctx: ScenarioContext, id: string): Promise<OperationJson | undefined> {
  const listing = await listAll(ctx, { strict: true, until: (ops) => ops.some((op) => operationIdOf(op) === id) });
  return listing.operations.find((op) => operationIdOf(op) === id);
}
