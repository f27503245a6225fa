/**
 * Deadlines through AbortSignal: one per attempt and one over all attempts, each merged with the
 * signal above it (the caller's, then the total). Timers are cleared when a call ends: a plain `AbortSignal.timeout(600_000)` per call would keep
 * a timer alive for ten minutes after every request.
 */

/** A deadline that can be merged into a fetch and must be disposed when the work ends. */
export interface Deadline {
  /** Aborts when the time is up (reason: a "TimeoutError" DOMException) or any merged signal aborts. */
  readonly signal: AbortSignal;
  /** Milliseconds left; Infinity without a limit. */
  remainingMs(): number;
  /** Whether this deadline's own timer (not a caller's signal) fired. */
  timedOut(): boolean;
  /** Clears the timer. */
  dispose(): void;
}

function timeoutReason(ms: number): DOMException {
  return new DOMException(`timed out after ${ms} ms`, "TimeoutError");
}

/** Starts a deadline of `ms` (undefined: none), merged with `parent` (the caller's signal). */
export function startDeadline(ms: number | undefined, parent?: AbortSignal): Deadline {
  const start = Date.now();
  if (ms === undefined || !Number.isFinite(ms)) {
    const signal = parent ?? new AbortController().signal;
    return { signal, remainingMs: () => Infinity, timedOut: () => false, dispose: () => {} };
  }
  const own = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    own.abort(timeoutReason(ms));
  }, ms);
  // A listener, removed on dispose, links the parent: unlike AbortSignal.any the link is cut as soon
  // as the call ends, so a long-lived caller signal does not collect one dependent per request.
  const onParentAbort = () => own.abort(parent?.reason);
  if (parent?.aborted) own.abort(parent.reason);
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: own.signal,
    remainingMs: () => Math.max(0, ms - (Date.now() - start)),
    timedOut: () => fired,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Whether an abort reason is a timeout (ours or `AbortSignal.timeout`'s). */
export function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof DOMException && reason.name === "TimeoutError";
}

/** `promise`, or the signal's reason as soon as it aborts (the promise is left to settle unobserved). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (reason: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(reason);
      },
    );
  });
}
