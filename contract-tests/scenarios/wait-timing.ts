/**
 * Timing one wait so the verdict holds on a busy machine: the slack over its timeout comes from round
 * trips measured in the run (gets of the same operation just before it, and beside it while it is in
 * flight), never a fixed figure (issue 17, part 3).
 */
import type { OperationJson } from "../checks/operation.js";
import { answeredOneOf } from "../checks/semantics.js";
import type { ScenarioContext } from "../scenario.js";
import { operationIdOf, unimplementedAllowed } from "./pool.js";

/** The least slack over a wait's timeout, whatever the round trips measured. */
const SLACK_FLOOR_MS = 300;
/**
 * The slack is this many typical round trips (the median of those measured): one for the wait's own
 * trip, one for jitter. The median, not the slowest: on a loaded machine one trip in a few is slow, and
 * slack sized to it would hide a server that answers seconds late; one slow wait is measured again.
 */
const SLACK_ROUND_TRIPS = 2;
/** Gets of the operation measured before each wait. */
const ROUND_TRIP_SAMPLES = 3;
/** How long the kit listens for a wait's answer past its timeout: this plus three times the slack. */
const GIVE_UP_MARGIN_MS = 3_000;
/** The pause between the gets the kit sends while a wait is in flight, to see how loaded the path is then. */
const PROBE_PAUSE_MS = 100;

export interface Waited {
  elapsed: number;
  /** What the wait may take: its timeout, the slack measured before it, and the worst delay gets met while it was in flight. */
  limitMs: number;
  /** The operation answered; undefined for UNIMPLEMENTED, or when the kit stopped listening. */
  op?: OperationJson | undefined;
  /** No answer came in time: the kit stopped listening. */
  abandoned?: boolean;
}

/**
 * One wait, `holdMs` being what it may hold by its timeout (0 on a finished operation). While it is in
 * flight the kit gets the operation again and again: a get slowed by load (here or on the server's
 * side) adds its delay to the limit, since the wait met the same load. A server that holds the wait
 * sleeps, so the gets beside it stay quick. Its answer is an Operation or UNIMPLEMENTED (legal; then
 * nothing more to check).
 */
export async function waitFor(ctx: ScenarioContext, op: OperationJson, timeout: string, holdMs: number, slackMs: number): Promise<Waited> {
  const giveUpMs = holdMs + 3 * slackMs + GIVE_UP_MARGIN_MS;
  const id = operationIdOf(op);
  let settled = false;
  let loadMs = 0;
  const probing = (async () => {
    while (!settled) {
      const started = performance.now();
      await ctx.call("getOperation", { path: { operationsId: id } });
      await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
      loadMs = Math.max(loadMs, performance.now() - started - PROBE_PAUSE_MS);
    }
  })().catch(() => undefined);
  const limit = () => Math.round(holdMs + slackMs + loadMs);
  try {
    const ex = await ctx.call("waitOperation", { path: { operationsId: id }, body: { timeout }, timeoutMs: giveUpMs });
    settled = true;
    await probing;
    ctx.apply(answeredOneOf, ex, ["OK"], unimplementedAllowed(ctx, "waitOperation"));
    // The exchange's own time: a wait for throttling before it is the transport's, not the server's.
    return { elapsed: ex.durationMs, limitMs: limit(), op: ex.response.status === 200 ? (ex.response.json as OperationJson) : undefined };
  } catch (error) {
    settled = true;
    await probing;
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    return { elapsed: giveUpMs, limitMs: limit(), abandoned: true };
  }
}

export interface Calibrated {
  slackMs: number;
  /** The operation as the last get showed it; undefined when get did not answer 200. */
  latest?: OperationJson;
}

/** Gets of the operation: the slack from their round trips, and its latest state. */
export async function calibrate(ctx: ScenarioContext, op: OperationJson): Promise<Calibrated> {
  const trips: number[] = [];
  let latest: OperationJson | undefined;
  for (let i = 0; i < ROUND_TRIP_SAMPLES; i++) {
    const ex = await ctx.call("getOperation", { path: { operationsId: operationIdOf(op) } });
    trips.push(ex.durationMs);
    latest = ex.response.status === 200 ? (ex.response.json as OperationJson) : undefined;
  }
  const median = [...trips].sort((a, b) => a - b)[Math.floor(trips.length / 2)]!;
  return { slackMs: Math.round(SLACK_FLOOR_MS + SLACK_ROUND_TRIPS * median), ...(latest ? { latest } : {}) };
}

