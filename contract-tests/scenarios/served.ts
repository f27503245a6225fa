/**
 * Whether the target routes a method that starts operations at all. A server of the operations resource
 * alone answers 404 (or 501) on the paths of models and datasets (api-facts, "Methods it does not
 * serve"): that is a fact of the server, not a break of the contract, so the scenarios of such a method
 * are skipped and the report lists it (`notServed`), as it lists the methods answered UNIMPLEMENTED.
 *
 * The kit asks once per method and run, with requests that cannot start anything on a server that does
 * route the method: the resource the start requests or the spec's examples name, and an unknown one,
 * each with a body no schema of a message accepts (`[]`). A routed method answers 400 (or starts
 * nothing and says 404 for both, when the example's resource does not exist here: then nothing of it
 * could be tested anyway). A method without a body (a standard delete, AIP-135) cannot be asked that
 * way without removing the resource, so it counts as not served when an unknown id gets 404 or 501 and
 * every method with a body on its collection is not served, or when the 404 is not Google's error
 * envelope.
 *
 * A method the user named (with `--only`, or in `--start-requests`) is never set aside: the user asked
 * for it, so its scenarios fail with the evidence instead (check `methodServed`).
 */
import { send, type Exchange } from "../exchange.js";
import { readStarters, type StarterMethod } from "../../src/spec/operation-info.js";
import type { OpenApiDocument } from "../../src/spec/document.js";
import type { RunState } from "../run-state.js";
import type { ScenarioContext } from "../scenario.js";
import { answerOf } from "../checks/semantics.js";
import { methodServed } from "../checks/unimplemented.js";
import { missingOperationId } from "./pool.js";

/** Thrown when the target does not route a method the scenario needs: the scenario is skipped, the report lists it. */
export class MethodNotServed extends Error {
  override readonly name = "MethodNotServed";
  constructor(
    readonly operationId: string,
    readonly evidence: string,
  ) {
    super(`needs ${operationId}, which the target does not serve (${evidence}); a server of the operations resource alone may leave it out`);
  }
}

/** Why a method counts as not served, or undefined when it is served. */
type Verdict = string | undefined;

const probes = new WeakMap<RunState, Map<string, Promise<Verdict>>>();

const NOT_ROUTED = [404, 501];

/** The collection a starter works in, such as `projects/locations/models` for createModel and deployModel alike. */
function collectionOf(starter: StarterMethod): string {
  const names = starter.segments.map((s) => s.collection);
  if (starter.target === "name") return names.join("/");
  return [...names, starter.collection ?? ""].join("/");
}

function isGoogleNotFound(ex: Exchange): boolean {
  return ex.response.status === 404 && (ex.response.json as { error?: { status?: unknown } } | undefined)?.error?.status === "NOT_FOUND";
}

/** Whether the user named this method: an `--only` entry for it, or an entry of the start requests. */
export function namedByUser(run: RunState, operationId: string): boolean {
  return run.only.some((entry) => entry === operationId || entry.startsWith(`${operationId}-`)) || run.starts.get(operationId)?.source === "the start requests";
}

/** Unknown values for the starter's own path parameters (never an operation's id). */
function unknownPath(ctx: ScenarioContext, operationId: string): Record<string, string> {
  const planned = ctx.run.starts.get(operationId)?.path ?? {};
  return Object.fromEntries(Object.keys(planned).map((name) => [name, missingOperationId()]));
}

async function probe(ctx: ScenarioContext, starter: StarterMethod, starters: readonly StarterMethod[]): Promise<Verdict> {
  const op = ctx.checks.spec.operation(starter.operationId);
  const planned = ctx.run.starts.get(starter.operationId)?.path ?? {};
  const ask = (path: Record<string, string>) =>
    send(ctx.target, op, { path, ...(starter.body ? { rawBody: "[]", headers: { "content-type": "application/json" } } : {}), malformed: true });
  if (starter.body) {
    const answers = await Promise.all([ask(planned), ...(Object.keys(planned).length > 0 ? [ask(unknownPath(ctx, starter.operationId))] : [])]);
    if (!answers.every((ex) => NOT_ROUTED.includes(ex.response.status))) return undefined;
    return `${answers.map(answerOf).join(" and ")} to ${Object.keys(planned).length > 0 ? "the resource the spec's examples name and to an unknown one" : "the parent"}, whatever the body`;
  }
  const ex = await ask(unknownPath(ctx, starter.operationId));
  if (!NOT_ROUTED.includes(ex.response.status)) return undefined;
  const siblings = starters.filter((s) => s.body && collectionOf(s) === collectionOf(starter));
  const verdicts = await Promise.all(siblings.map((s) => servedVerdict(ctx, s.operationId)));
  if (siblings.length > 0 && verdicts.every((v) => v !== undefined)) {
    return `${answerOf(ex)} to an unknown resource, and no method of its collection is served`;
  }
  return isGoogleNotFound(ex) ? undefined : `${answerOf(ex)} to an unknown resource, without Google's error envelope`;
}

/** The memoized verdict for one method (undefined when it is served, or is no method that starts operations). */
function servedVerdict(ctx: ScenarioContext, operationId: string): Promise<Verdict> {
  let memo = probes.get(ctx.run);
  if (!memo) probes.set(ctx.run, (memo = new Map()));
  let verdict = memo.get(operationId);
  if (!verdict) {
    const starters = readStarters(ctx.checks.spec.document as OpenApiDocument);
    const starter = starters.find((s) => s.operationId === operationId);
    verdict = starter ? probe(ctx, starter, starters) : Promise.resolve(undefined);
    memo.set(operationId, verdict);
  }
  return verdict;
}

/**
 * Ends the scenario when the target does not serve one of `operationIds` (MethodNotServed, or a failed
 * `methodServed` check when the user named the method); returns when every one is served.
 */
export async function ensureServed(ctx: ScenarioContext, operationIds: readonly string[]): Promise<boolean> {
  for (const operationId of operationIds) {
    const evidence = await servedVerdict(ctx, operationId);
    if (evidence === undefined) continue;
    if (namedByUser(ctx.run, operationId)) {
      ctx.check(methodServed.name, [operationId], () => methodServed(operationId, evidence));
      return false;
    }
    ctx.run.notServed.add(operationId);
    throw new MethodNotServed(operationId, evidence);
  }
  return true;
}
