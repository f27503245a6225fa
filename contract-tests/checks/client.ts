/**
 * Checks of the SDK's view of a target: a call through createOperationsClient (with `validateResponses`)
 * must give what the spec promises, so a drift between the client and the spec fails too.
 */
import { ApiError, ResponseValidationError } from "../../src/index.js";
import { note, preview, violation, type CheckOutcome } from "./verdict.js";

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs an SDK call and keeps its outcome as data, for the checks below. */
export async function settle<T>(call: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof ResponseValidationError) return `ResponseValidationError: ${error.problems.slice(0, 5).join("; ")}`;
  if (error instanceof ApiError) return `ApiError ${error.httpStatus} ${error.status}: ${error.serverMessage}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : preview(error);
}

/** A rejection with one of the `tolerated` code names (UNIMPLEMENTED where a server may leave the method out). */
function toleratedRejection(what: string, outcome: Settled<unknown>, tolerated: readonly string[]): CheckOutcome {
  if (outcome.ok || !(outcome.error instanceof ApiError) || !tolerated.includes(outcome.error.status)) return undefined;
  return note(`the client's ${what} rejected with ${outcome.error.status}, which the spec allows`);
}

/** The SDK call resolved: the target answered with success and the body passed the SDK's validation. */
export function clientCallSucceeded(what: string, outcome: Settled<unknown>, tolerated: readonly string[] = []): CheckOutcome {
  if (outcome.ok) return;
  const legal = toleratedRejection(what, outcome, tolerated);
  if (legal) return legal;
  violation(`The client's ${what} failed`, describeError(outcome.error), `${what} resolves with a body valid against the spec`);
}

/** The SDK call rejected with an ApiError of the given google.rpc.Code name (and its number). */
export function clientRejectedWith(what: string, outcome: Settled<unknown>, status: string, code: number, tolerated: readonly string[] = []): CheckOutcome {
  if (!outcome.ok && outcome.error instanceof ApiError && outcome.error.status === status && outcome.error.code === code) return;
  const legal = toleratedRejection(what, outcome, tolerated);
  if (legal) return legal;
  const received = outcome.ok ? `resolved with ${preview(outcome.value, 200)}` : describeError(outcome.error);
  violation(`The client's ${what} did not reject as documented`, received, `ApiError ${status} (code ${code})`);
}
