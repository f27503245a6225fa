/**
 * WaitOperation: answers when the operation is done or the timeout passes, whichever comes first
 * (the service may also return early). The timeout is measured on the fake's clock and, so that a
 * manual clock nobody advances cannot hang a client, also in real time; it is capped at the server's
 * deadline for wait (300 s by default). No body, or no `timeout`, waits up to that cap.
 */
import { validateWaitOperationRequest } from "../../generated/validators.js";
import { parseDurationMs } from "../duration.js";
import { errors } from "./errors.js";
import { finishMs, isDone, toOperation } from "./operation-view.js";
import type { OperationStore } from "./store.js";
import type { Operation } from "./types.js";
import { rejectUnknownFields } from "./body.js";

/** The wait time in ms that a WaitOperationRequest body asks for (capped at `maxWaitMs`). */
export function waitTimeoutMs(body: Record<string, unknown> | undefined, maxWaitMs: number): number {
  rejectUnknownFields(body, ["timeout"]);
  if (body?.timeout === undefined) return maxWaitMs;
  if (typeof body.timeout !== "string" || !validateWaitOperationRequest(body)) throw errors.invalidDuration(body.timeout);
  const ms = parseDurationMs(body.timeout);
  if (ms === undefined) throw errors.invalidDuration(body.timeout);
  return Math.min(ms, maxWaitMs);
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Resolves with the operation once it is done or `timeoutMs` has passed; NOT_FOUND if it is (or
 * becomes) deleted. `signal` ends the wait early when the client goes away.
 */
export function waitForOperation(store: OperationStore, name: string, timeoutMs: number, signal?: AbortSignal): Promise<Operation> {
  const clock = store.clock;
  const clockDeadline = clock.now() + timeoutMs;
  const realDeadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const cleanups: Array<() => void> = [];
    const finish = (outcome: () => void) => {
      settled = true;
      if (timer) clearTimeout(timer);
      for (const cleanup of cleanups) cleanup();
      outcome();
    };
    const check = () => {
      if (settled) return;
      if (timer) clearTimeout(timer);
      const rec = store.record(name);
      if (!rec) return finish(() => reject(errors.operationNotFound(name)));
      const now = clock.now();
      if (isDone(rec, now) || now >= clockDeadline || Date.now() >= realDeadline || signal?.aborted) {
        return finish(() => resolve(toOperation(rec, now)));
      }
      const untilChange = Math.min(finishMs(rec) - now, clockDeadline - now, realDeadline - Date.now());
      timer = setTimeout(check, Math.min(MAX_TIMER_MS, Math.max(1, untilChange)));
    };
    cleanups.push(store.subscribe(name, check));
    if (clock.subscribe) cleanups.push(clock.subscribe(check));
    if (signal) {
      signal.addEventListener("abort", check);
      cleanups.push(() => signal.removeEventListener("abort", check));
    }
    check();
  });
}
