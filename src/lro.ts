/**
 * Waiting for a long-running operation (AIP-151). Defaults follow google-gax: the first poll at once,
 * then 100 ms growing ×1.3 up to 60 s, no total deadline unless asked. Unlike gax, `useWait` can hand the
 * waiting to the server's `:wait` and an operation's error keeps every detail (OperationError).
 */
import { ApiError, DeadlineError, OperationError } from "./errors.js";
import { sleep, startDeadline } from "./deadline.js";
import type { Any, CallOptions, Operation, PollOptions, WaitOptions } from "./options.js";
import { checkNumber, checkType, GROWTH, NON_NEGATIVE, POSITIVE } from "./options.js";
import { Code } from "./status.js";

/** What polling needs of a client. */
export interface OperationReader {
  get(name: string, options?: CallOptions): Promise<Operation>;
  wait(name: string, options?: WaitOptions): Promise<Operation>;
}

/** The longest single `:wait` asked of the server; well under its 300 s limit. */
const WAIT_SLICE_MS = 30_000;

/** Checks polling options. */
export function checkPollOptions(options: PollOptions): void {
  checkNumber("initialDelayMs", options.initialDelayMs, NON_NEGATIVE);
  checkNumber("multiplier", options.multiplier, GROWTH);
  checkNumber("maxDelayMs", options.maxDelayMs, NON_NEGATIVE);
  checkNumber("totalTimeoutMs", options.totalTimeoutMs, POSITIVE);
  checkType("onProgress", options.onProgress, "function");
}

/** Polls (or waits) until the operation is done; resolves with it, failed or not. */
export async function pollUntilDone(
  reader: OperationReader,
  name: string,
  options: PollOptions = {},
  attemptTimeoutMs?: number,
): Promise<Operation> {
  checkPollOptions(options);
  const multiplier = options.multiplier ?? 1.3;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const totalTimeoutMs = options.totalTimeoutMs;
  const deadline = startDeadline(totalTimeoutMs, options.signal);
  let delayMs = options.initialDelayMs ?? 100;
  let useWait = options.useWait === true;
  let lastMetadata = "null";
  let last: Operation | undefined;
  const expired = (cause?: unknown) =>
    new DeadlineError(`waiting for ${name}`, totalTimeoutMs ?? 0, { cause, lastOperation: last });
  try {
    for (;;) {
      const started = Date.now();
      let operation: Operation;
      try {
        operation = useWait
          ? await reader.wait(name, { timeout: waitSliceMs(deadline.remainingMs(), attemptTimeoutMs), signal: deadline.signal })
          : await reader.get(name, { signal: deadline.signal });
      } catch (error) {
        if (useWait && error instanceof ApiError && error.code === Code.UNIMPLEMENTED) {
          useWait = false; // The server has no :wait; poll instead.
          continue;
        }
        if (deadline.timedOut()) throw expired(error);
        throw error;
      }
      last = operation;
      const metadata = JSON.stringify(operation.metadata ?? null);
      if (metadata !== lastMetadata) {
        lastMetadata = metadata;
        options.onProgress?.(operation);
      }
      if (operation.done) return operation;
      // After a :wait that returned early, only the rest of the delay is still owed.
      const pauseMs = useWait ? Math.max(0, delayMs - (Date.now() - started)) : delayMs;
      if (pauseMs >= deadline.remainingMs()) throw expired();
      try {
        await sleep(pauseMs, deadline.signal);
      } catch (reason) {
        if (deadline.timedOut()) throw expired(reason);
        throw reason;
      }
      delayMs = Math.min(delayMs * multiplier, maxDelayMs);
    }
  } finally {
    deadline.dispose();
  }
}

function waitSliceMs(remainingMs: number, attemptTimeoutMs: number | undefined): number {
  // Leave the transport a margin so the server answers before a per-attempt timeout cuts it off.
  const attemptCap = attemptTimeoutMs === undefined ? Infinity : attemptTimeoutMs * 0.8;
  return Math.max(0, Math.floor(Math.min(remainingMs, WAIT_SLICE_MS, attemptCap)));
}

/** Waits for the operation and resolves with its `response`, or throws OperationError. */
export async function operationResult(
  reader: OperationReader,
  name: string,
  options: PollOptions = {},
  attemptTimeoutMs?: number,
): Promise<Any | undefined> {
  const operation = await pollUntilDone(reader, name, options, attemptTimeoutMs);
  if (operation.error) throw new OperationError({ ...operation, error: operation.error });
  return operation.response;
}
