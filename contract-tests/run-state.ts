/**
 * What the scenarios of one run share. Scenarios run side by side, so those that change state claim the
 * operations they change: no other scenario lists them as candidates afterwards. The run also learns
 * things about the target as it goes: which methods it leaves UNIMPLEMENTED, and which project value
 * its operation names carry (the requested id or its canonical number).
 */

/** Default of `RunOptions.cancelTimeoutMs`: how long a cancel may take to show (AIP-151: asynchronous). */
export const DEFAULT_CANCEL_TIMEOUT_MS = 10_000;

export class RunState {
  /** Operation names a scenario has claimed to change; nobody else picks them. */
  readonly #claimed = new Set<string>();
  /** Spec operations the target answered 501 UNIMPLEMENTED. */
  readonly unimplemented = new Set<string>();
  /** Project values seen in the names the target answered with (one is legal; two is not). */
  readonly answeredProjects = new Set<string>();

  /** @param cancelTimeoutMs how long the kit polls for a cancel to take effect. */
  constructor(readonly cancelTimeoutMs: number = DEFAULT_CANCEL_TIMEOUT_MS) {}

  isClaimed(name: string): boolean {
    return this.#claimed.has(name);
  }

  /** Claims the first `count` names not claimed yet; returns them (fewer when fewer were free). */
  claim(names: string[], count: number): string[] {
    const free = names.filter((n) => !this.#claimed.has(n)).slice(0, count);
    for (const name of free) this.#claimed.add(name);
    return free;
  }
}
