/**
 * How long the operations the fake starts run before they finish, per method: a few seconds unless
 * told otherwise, so an app polling with Google's backoff sees progress and then the result.
 */
import { parseDurationMs } from "../../duration.js";

/** Run time of a started operation when nothing else is set, in clock ms. */
export const DEFAULT_START_DURATION_MS = 3_000;

/** Run time by operationId, `*` for every method: ms or a Duration string such as "30s". */
export type StartDurations = Readonly<Record<string, number | string>>;

function toMs(key: string, value: number | string): number {
  const ms = typeof value === "number" ? value : parseDurationMs(value);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
    throw new Error(`start duration of ${key}: ${JSON.stringify(value)} is not a Duration such as "30s" or a number of ms >= 0`);
  }
  return ms;
}

/** The run time of each method's operations; throws on a key that names no starter or a bad value. */
export function resolveStartDurations(durations: StartDurations, starters: readonly string[]): (operationId: string) => number {
  const byId = new Map<string, number>();
  for (const [key, value] of Object.entries(durations)) {
    if (key !== "*" && !starters.includes(key)) {
      throw new Error(`start duration for ${key}: no method of the spec starts operations by that name (${starters.join(", ")})`);
    }
    byId.set(key, toMs(key, value));
  }
  const fallback = byId.get("*") ?? DEFAULT_START_DURATION_MS;
  return (operationId) => byId.get(operationId) ?? fallback;
}

/**
 * Parses a `--start-duration` argument: `DURATION` for every method, or `OPERATION_ID=DURATION`.
 * Returns the entry to add; throws an Error that says what is wrong.
 */
export function parseStartDuration(text: string): [key: string, duration: string] {
  const eq = text.indexOf("=");
  const [key, duration] = eq < 0 ? ["*", text] : [text.slice(0, eq), text.slice(eq + 1)];
  if (parseDurationMs(duration) === undefined) {
    throw new Error(`--start-duration ${JSON.stringify(text)}: expected [METHOD=]DURATION such as createModel=30s or 2.5s`);
  }
  return [key, duration];
}
