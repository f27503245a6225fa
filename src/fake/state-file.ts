/**
 * `--state FILE`: the fake's operations kept across runs, as Google's emulators import and export their
 * data. The file is a seed file (`{"operations": [...]}`) plus `now`, the clock when it was saved, so a
 * manual clock resumes where it stopped. Each operation is written in full (times as RFC 3339, defaults
 * filled in, `cancelTime` for a cancel), so what is loaded serves exactly what was saved.
 *
 * Every problem is one line naming the file: a folder that cannot be written is found at start (not at
 * exit, when the run's changes would be lost), and a load that fails says what in the file is wrong.
 * A save never leaves a half-written file and never writes through a link planted beside it: the text
 * goes to a new temporary file in the same folder, created with O_EXCL (`wx`, which refuses any existing
 * path, a symbolic link included), flushed to disk, then renamed over FILE, and the folder is flushed
 * so the rename survives a crash too.
 */
import { constants } from "node:fs";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { createManualClock } from "./clock.js";
import { readOperationsFile } from "./seed.js";
import { OperationStore } from "./store.js";
import { formatTimestamp, parseTimestamp } from "./timestamp.js";
import type { OperationInput } from "./types.js";

export interface SavedState {
  operations: OperationInput[];
  /** The clock when saved, in ms. */
  nowMs?: number;
}

/** Temporary names tried before a save gives up (each taken name is skipped, never opened). */
const TEMPORARY_ATTEMPTS = 50;
let temporaries = 0;

/** The message of anything thrown, on one line. */
function oneLine(thrown: unknown): string {
  return (thrown instanceof Error ? thrown.message : String(thrown)).replace(/\s*\n\s*/g, "; ");
}

/**
 * Checks at start that the folder of `path` takes new files (by creating and removing one, which
 * permission bits alone cannot tell: root ignores them, a read-only mount does not); throws one line
 * naming the file otherwise.
 */
export async function checkStateFolder(path: string): Promise<void> {
  try {
    const probe = await createTemporary(path);
    await probe.handle.close();
    await unlink(probe.path);
  } catch (thrown) {
    throw new Error(`state file ${path}: its folder ${dirname(path)} cannot be written (${(thrown as NodeJS.ErrnoException).code ?? oneLine(thrown)})`);
  }
}

/**
 * The state saved at `path`, or undefined when there is no such file yet (a first run). Every operation
 * is checked as the fake will store it (`detailKinds`: the detail members the served spec's starters
 * add); any problem is thrown as one line naming the file.
 */
export async function loadState(path: string, detailKinds: Iterable<string> = []): Promise<SavedState | undefined> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`state file ${path} cannot be read: ${oneLine(thrown)}`);
  }
  if (!isFile) throw new Error(`state file ${path} is not a file (a directory?)`);
  let file: { operations: OperationInput[]; now?: string };
  try {
    file = await readOperationsFile(path, "state file");
  } catch (thrown) {
    const message = oneLine(thrown);
    throw new Error(message.includes(path) ? message : `state file ${path} cannot be read: ${message}`);
  }
  const nowMs = file.now === undefined ? undefined : parseTimestamp(file.now);
  if (file.now !== undefined && nowMs === undefined) throw new Error(`state file ${path}: "now" ${JSON.stringify(file.now)} is not an RFC 3339 timestamp`);
  // Checked here, with the store's own checks, so a bad operation is reported naming the file and itself.
  const store = new OperationStore(createManualClock(nowMs ?? Date.now()));
  store.acceptDetailKinds(detailKinds);
  file.operations.forEach((input, i) => {
    try {
      store.create(input);
    } catch (thrown) {
      const name = typeof input?.name === "string" ? ` (${JSON.stringify(input.name.slice(0, 200))})` : "";
      const reason = oneLine(thrown).replace(/^Invalid control request: /, "");
      throw new Error(`state file ${path}: operation ${i + 1}${name}: ${reason}`);
    }
  });
  return nowMs === undefined ? { operations: file.operations } : { operations: file.operations, nowMs };
}

/** The state of `store` as the file holds it. */
export function stateOf(store: OperationStore): { now: string; operations: OperationInput[] } {
  return { now: formatTimestamp(store.clock.now()), operations: store.snapshot() };
}

/** A new file beside `path`, created with O_EXCL: an existing name (a planted link too) is skipped. */
async function createTemporary(path: string): Promise<{ path: string; handle: Awaited<ReturnType<typeof open>> }> {
  const folder = dirname(path);
  for (let attempt = 0; attempt < TEMPORARY_ATTEMPTS; attempt++) {
    const candidate = join(folder, `.${basename(path)}.${process.pid}.${temporaries++}.tmp`);
    try {
      return { path: candidate, handle: await open(candidate, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644) };
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== "EEXIST") throw thrown;
    }
  }
  throw Object.assign(new Error(`${TEMPORARY_ATTEMPTS} temporary names beside it are taken`), { code: "EEXIST" });
}

/** Writes the state of `store` to `path`, whole or not at all; throws one line naming the file. */
export async function saveState(path: string, store: OperationStore): Promise<void> {
  const text = `${JSON.stringify(stateOf(store), null, 2)}\n`;
  let temporary: string | undefined;
  try {
    const created = await createTemporary(path);
    temporary = created.path;
    try {
      await created.handle.writeFile(text);
      await created.handle.sync();
    } finally {
      await created.handle.close();
    }
    await rename(temporary, path);
    temporary = undefined;
    await syncFolder(dirname(path));
  } catch (thrown) {
    if (temporary !== undefined) await unlink(temporary).catch(() => undefined);
    throw new Error(`state file ${path} cannot be saved: ${oneLine(thrown)}`);
  }
}

/** Flushes a folder's entries (the rename) to disk; a platform that cannot open folders skips it. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, constants.O_RDONLY);
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a folder; the rename is still atomic.
  } finally {
    await handle.close();
  }
}
