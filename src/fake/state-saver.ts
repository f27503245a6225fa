/**
 * Saves `--state` shortly after each change, so a fake killed without warning (`kill -9`, a crash, a
 * closed terminal) loses at most the last `intervalMs` of changes instead of the whole run.
 *
 * A change (an operation created, cancelled or deleted, a reset, a manual clock moved) schedules one
 * save `intervalMs` later; changes until then ride along with it, so a burst costs one write. The delay
 * is counted from the first change, not the last, so a steady stream of changes still saves every
 * `intervalMs`. A change made while a save is writing schedules the next one. Failed saves are
 * reported (one line naming the file) and retried with the next change or at close.
 */
import type { OperationStore } from "./store.js";
import { saveState } from "./state-file.js";

/** How long after a change the state is saved, in ms: the most a `kill -9` can lose. */
export const STATE_SAVE_INTERVAL_MS = 200;

export interface StateSaverOptions {
  /** Delay from the first unsaved change to its save. @default STATE_SAVE_INTERVAL_MS (200) */
  intervalMs?: number;
  /** Told of each save that failed (the message names the file). @default ignored */
  onError?: (error: Error) => void;
  /** Told after each save that succeeded; for tests and logs. @default nothing */
  onSaved?: () => void;
}

export class StateSaver {
  readonly #path: string;
  readonly #store: OperationStore;
  readonly #intervalMs: number;
  readonly #options: StateSaverOptions;
  readonly #unsubscribe: Array<() => void> = [];
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> | undefined;
  #dirty = false;
  #closed = false;

  constructor(path: string, store: OperationStore, options: StateSaverOptions = {}) {
    this.#path = path;
    this.#store = store;
    this.#intervalMs = options.intervalMs ?? STATE_SAVE_INTERVAL_MS;
    this.#options = options;
    const changed = () => this.#changed();
    this.#unsubscribe.push(store.onChange(changed));
    // A manual clock's "now" is part of the state; the wall clock's is not worth a write.
    if (store.clock.subscribe) this.#unsubscribe.push(store.clock.subscribe(changed));
  }

  #changed(): void {
    if (this.#closed) return;
    this.#dirty = true;
    if (this.#timer || this.#writing) return; // the scheduled (or the next) save takes it
    this.#timer = setTimeout(() => void this.#flush(), this.#intervalMs);
    this.#timer.unref();
  }

  async #flush(): Promise<void> {
    this.#timer = undefined;
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#writing = saveState(this.#path, this.#store).then(
      () => this.#options.onSaved?.(),
      (error: Error) => {
        this.#dirty = true;
        this.#options.onError?.(error);
      },
    );
    await this.#writing;
    this.#writing = undefined;
    // Changes made while writing: saved one interval later, as any other.
    if (this.#dirty && !this.#closed && !this.#timer) {
      this.#timer = setTimeout(() => void this.#flush(), this.#intervalMs);
      this.#timer.unref();
    }
  }

  /** Stops watching, waits for a save under way, then saves the final state; throws when that fails. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#writing;
    // Always written at the end, as before the periodic saves: the file then holds the clock's last now.
    await saveState(this.#path, this.#store);
    this.#options.onSaved?.();
  }
}
