/**
 * The deadline of an attempt when the caller set no `timeoutMs`, as Google's clients have one per
 * method: google-gax's `google.longrunning.Operations` client config
 * (`src/LongRunning/resources/operations_client_config.json`) gives GetOperation, ListOperations,
 * CancelOperation and DeleteOperation `timeout_millis` 60000. So a server that sends its headers and
 * then stalls cannot hang a caller that set nothing.
 *
 * A plain call (transport.ts) carries no AbortSignal: handing fetch a signal costs about a sixth of a
 * local `get` (measured side by side), while a timer, which Node keeps in one list per duration, costs
 * next to nothing. So `PlainDeadline` is one timer: it rejects the wait for the headers with a
 * TimeoutError (the exchange then decides on a retry as for any attempt that timed out), and once the
 * answer is there, it cancels the body being read (bounded-body.ts), which closes the connection. A
 * request whose headers never came is left to the runtime (undici closes it at its own
 * `headersTimeout`, 300 s); the caller is not kept waiting for it.
 */
import type { BodyWatch } from "./bounded-body.js";
import { DeadlineError, type RequestTarget } from "./errors.js";

/** Each attempt's deadline, body included, when `timeoutMs` is not set (gax's `timeout_millis`). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A `:wait` attempt's deadline when `timeoutMs` is not set: AutoML holds a wait for at most 300 s
 * (its server-side deadline for the method), plus the 60 s every other method has for its answer.
 */
export const DEFAULT_WAIT_TIMEOUT_MS = 360_000;

/** Whether a URL is a `:wait` (its path, before any query). */
function isWait(url: string): boolean {
  const end = url.indexOf("?");
  return (end < 0 ? url : url.slice(0, end)).endsWith(":wait");
}

/** The deadline of one attempt of `url`: the caller's `timeoutMs`, or the method's default. */
export function attemptTimeoutMs(timeoutMs: number | undefined, url: string): number {
  return timeoutMs ?? (isWait(url) ? DEFAULT_WAIT_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
}

/** One plain call's deadline, held by one timer; `dispose` when the call is over. */
export class PlainDeadline implements BodyWatch {
  #timer: ReturnType<typeof setTimeout>;
  #expired = false;
  #reject: ((reason: unknown) => void) | undefined = undefined;
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined = undefined;

  constructor(
    readonly ms: number,
    readonly target: RequestTarget,
  ) {
    this.#timer = setTimeout(() => this.#expire(), ms);
  }

  #expire(): void {
    this.#expired = true;
    this.#reject?.(new DOMException(`timed out after ${this.ms} ms`, "TimeoutError"));
    void this.#reader?.cancel().catch(() => {});
  }

  /** fetch's promise, rejected with a TimeoutError if the deadline passes before the headers. */
  headers(pending: Promise<Response>): Promise<Response> {
    if (this.#expired) return Promise.reject(new DOMException(`timed out after ${this.ms} ms`, "TimeoutError"));
    return new Promise<Response>((resolve, reject) => {
      this.#reject = reject;
      pending.then((response) => {
        // An answer that came after the deadline is not read: let its connection go.
        if (this.#expired) void response.body?.cancel().catch(() => {});
        resolve(response);
      }, reject);
    });
  }

  reading(reader: ReadableStreamDefaultReader<Uint8Array> | undefined): void {
    this.#reader = reader;
    if (reader !== undefined && this.#expired) void reader.cancel().catch(() => {});
  }

  check(): void {
    if (this.#expired) throw new DeadlineError(`${this.target.method} ${this.target.url}`, this.ms);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#reject = undefined;
  }
}
