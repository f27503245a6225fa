/**
 * `--state FILE`: the fake's operations kept across runs, as Google's emulators import and export their
 * data. The file is a seed file (`{"operations": [...]}`) plus `now`, the clock when it was saved, so a
 * manual clock resumes where it stopped. Each operation is written in full (times as RFC 3339, defaults
 * filled in, `cancelTime` for a cancel), so what is loaded serves exactly what was saved.
 */
import { rename, stat, writeFile } from "node:fs/promises";
import { readOperationsFile } from "./seed.js";
import type { OperationStore } from "./store.js";
import { formatTimestamp, parseTimestamp } from "./timestamp.js";
import type { OperationInput } from "./types.js";

export interface SavedState {
  operations: OperationInput[];
  /** The clock when saved, in ms. */
  nowMs?: number;
}

/** The state saved at `path`, or undefined when there is no such file yet (a first run). */
export async function loadState(path: string): Promise<SavedState | undefined> {
  try {
    await stat(path);
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw thrown;
  }
  const { operations, now } = await readOperationsFile(path, "state file");
  if (now === undefined) return { operations };
  const nowMs = parseTimestamp(now);
  if (nowMs === undefined) throw new Error(`state file ${path}: "now" ${JSON.stringify(now)} is not an RFC 3339 timestamp`);
  return { operations, nowMs };
}

/** The state of `store` as the file holds it. */
export function stateOf(store: OperationStore): { now: string; operations: OperationInput[] } {
  return { now: formatTimestamp(store.clock.now()), operations: store.snapshot() };
}

/** Writes the state of `store` to `path`, whole or not at all (a temporary file renamed over it). */
export async function saveState(path: string, store: OperationStore): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(stateOf(store), null, 2)}\n`);
  await rename(temporary, path);
}
