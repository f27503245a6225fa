/**
 * Time for the fake. Operations derive `done` and `progressPercent` from the clock at read time, so a
 * test moves time by advancing a manual clock instead of sleeping, and nothing needs timers.
 */

/** A source of time, in milliseconds since the Unix epoch. */
export interface Clock {
  now(): number;
  /**
   * Calls `listener` whenever time jumps (a manual clock advanced). Waiters use it to re-check an
   * operation at once instead of at their next real-time tick. Returns the unsubscribe function.
   * A real clock has no jumps and may leave this out.
   */
  subscribe?(listener: () => void): () => void;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to; for tests. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` (negative values are refused: time does not run backwards). */
  advance(ms: number): void;
  /** Jumps to `ms` since the epoch, which must not be earlier than now. */
  set(ms: number): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A manual clock starting at `startMs`.
 * @param startMs @default Date.parse("2026-11-20T12:00:00Z")
 */
export function createManualClock(startMs = Date.parse("2026-11-20T12:00:00Z")): ManualClock {
  let now = startMs;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const set = (ms: number) => {
    if (!Number.isFinite(ms) || ms < now) throw new RangeError(`clock cannot move back from ${now} to ${ms}`);
    now = ms;
    notify();
  };
  return {
    now: () => now,
    advance: (ms: number) => set(now + ms),
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when the clock can jump (and so can be advanced by the control route). */
export function isManualClock(clock: Clock): clock is ManualClock {
  return typeof (clock as Partial<ManualClock>).advance === "function";
}
