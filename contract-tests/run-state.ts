/**
 * What the scenarios of one run share. Scenarios run side by side, so those that change state claim the
 * operations they change: no other scenario lists them as candidates afterwards. Scenarios that start
 * operations take turns on each resource they work on (a real service may refuse a deploy while an
 * undeploy of the same model runs), and hand on what they created (the model a create trained is the
 * one a delete removes). The run also learns things about the target as it goes: which methods it
 * leaves UNIMPLEMENTED, and which project value its operation names carry (the requested id or its
 * canonical number).
 */
import { History } from "./history/record.js";
import type { PlannedStart } from "./start-requests.js";

/** Default of `RunOptions.cancelTimeoutMs`: how long a cancel may take to show (AIP-151: asynchronous). */
export const DEFAULT_CANCEL_TIMEOUT_MS = 10_000;

/** Default of `RunOptions.operationTimeoutMs`: how long a started operation may run before it counts as never finishing. */
export const DEFAULT_OPERATION_TIMEOUT_MS = 60_000;

export interface RunSettings {
  /** How long the kit polls for a cancel to take effect. @default DEFAULT_CANCEL_TIMEOUT_MS */
  cancelTimeoutMs?: number;
  /** How long a started operation may run. @default DEFAULT_OPERATION_TIMEOUT_MS */
  operationTimeoutMs?: number;
  /** What each method that starts operations is sent, by operationId. @default none planned */
  starts?: ReadonlyMap<string, PlannedStart>;
  /** The `--only` entries the user gave: a method they name is tested even where the target does not serve it. @default none */
  only?: readonly string[];
}

export class RunState {
  /** Operation names a scenario has claimed to change; nobody else picks them. */
  readonly #claimed = new Set<string>();
  /** Per resource name, the end of the queue of scenarios working on it. */
  readonly #turns = new Map<string, Promise<void>>();
  /** Resources the run created, by the collection they were created in (`projects/p/locations/l/models`). */
  readonly #created = new Map<string, string[]>();
  /** Spec operations the target answered 501 UNIMPLEMENTED. */
  readonly unimplemented = new Set<string>();
  /** Methods that start operations the target does not route at all (scenarios/served.ts). */
  readonly notServed = new Set<string>();
  /** Project values seen in the names the target answered with (one is legal; two is not). */
  readonly answeredProjects = new Set<string>();
  /** Every answer of the run, fed by the transport; judged after every other scenario (history/). */
  readonly history = new History();
  readonly cancelTimeoutMs: number;
  readonly operationTimeoutMs: number;
  readonly starts: ReadonlyMap<string, PlannedStart>;
  readonly only: readonly string[];

  constructor(settings: RunSettings = {}) {
    this.cancelTimeoutMs = settings.cancelTimeoutMs ?? DEFAULT_CANCEL_TIMEOUT_MS;
    this.operationTimeoutMs = settings.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
    this.starts = settings.starts ?? new Map();
    this.only = settings.only ?? [];
  }

  isClaimed(name: string): boolean {
    return this.#claimed.has(name);
  }

  /** Claims the first `count` names not claimed yet; returns them (fewer when fewer were free). */
  claim(names: string[], count: number): string[] {
    const free = names.filter((n) => !this.#claimed.has(n)).slice(0, count);
    for (const name of free) this.#claimed.add(name);
    return free;
  }

  /**
   * Waits for the turn on every one of `resources` (first come, first served, so scenarios take them in
   * run order); resolves with the function that hands them on. Taken all at once, in one order, so two
   * scenarios never wait on each other.
   */
  async takeTurns(resources: readonly string[]): Promise<() => void> {
    const names = [...new Set(resources)].sort();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = names.map((name) => this.#turns.get(name) ?? Promise.resolve());
    for (const name of names) this.#turns.set(name, mine);
    await Promise.all(before);
    return () => {
      for (const name of names) if (this.#turns.get(name) === mine) this.#turns.delete(name);
      release();
    };
  }

  /** Records a resource the run created in `collection`, for a later delete of that collection. */
  addCreated(collection: string, name: string): void {
    this.#created.set(collection, [...(this.#created.get(collection) ?? []), name]);
  }

  /** Takes the first resource the run created in `collection` (undefined when none is left). */
  takeCreated(collection: string): string | undefined {
    const names = this.#created.get(collection);
    return names?.shift();
  }
}
