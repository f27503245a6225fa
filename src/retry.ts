/**
 * Retries as a wrapped `fetch` (openapi-fetch has none by design: openapi-ts/openapi-typescript#1122).
 * One decision per failed attempt, in this order: limit reached? idempotent? retryable code or network
 * error? server-given delay (Retry-After, RetryInfo)? else exponential backoff with full jitter. The
 * errors met along the way are kept and handed to the error finally thrown.
 */
import { apiErrorFromBody, DeadlineError, NetworkError, type RequestTarget } from "./errors.js";
import { isTimeoutReason, sleep as realSleep, startDeadline, type Deadline } from "./deadline.js";
import { OutgoingRequest, toOutgoingRequest } from "./outgoing-request.js";
import { Code } from "./status.js";

/** How failed calls are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included. @default 5 */
  maxAttempts?: number;
  /** Backoff cap before the first retry, in ms. @default 100 */
  initialDelayMs?: number;
  /** Growth of the backoff cap per retry. @default 2 */
  multiplier?: number;
  /** Largest backoff cap, in ms. @default 60_000 */
  maxDelayMs?: number;
  /**
   * Deadline over all attempts and the waits between them, in ms. Left at its default it bounds the
   * retries (no retry starts that cannot end in time) and times attempts from the second on; set, it
   * also times the first attempt. @default 600_000 (as google-gax)
   */
  totalTimeoutMs?: number;
  /** google.rpc.Code numbers retried. @default [UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED] */
  retryCodes?: readonly number[];
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** How to wait between attempts; injectable for tests. @default a setTimeout that honours the signal */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The transport settings a client gives its fetch. */
export interface TransportOptions {
  /** Retry policy, or `false` for a single attempt. */
  retry: RetryOptions | false;
  /** Deadline of one attempt, in ms, body included; none when undefined (then deadlines end at the headers). */
  timeoutMs: number | undefined;
  /** Called with the URL before anything is sent; throws to refuse the request (the token guard). */
  beforeSend?: ((url: string) => void) | undefined;
}

const DEFAULT_CODES = [Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED];

const priorAttempts = new WeakMap<Response, Error[]>();

/** The errors met on the attempts before the one that produced this response. */
export function attemptsOf(response: Response): Error[] {
  return priorAttempts.get(response) ?? [];
}

/**
 * Whether a request may be sent twice. All five methods of this API are: get, list and delete by HTTP
 * semantics (RFC 9110 §9.2.2), cancel and wait by design (AIP-151: cancel is best effort, wait only reads).
 */
export function isIdempotent(request: { method: string; url: string }): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "DELETE") return true;
  const path = new URL(request.url).pathname;
  return request.method === "POST" && (path.endsWith(":cancel") || path.endsWith(":wait"));
}

/** Milliseconds a `Retry-After` header asks for: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Wraps `fetch` with per-attempt timeouts and, unless `retry` is false, retries. */
export function createRetryingFetch(
  baseFetch: (url: string, init: RequestInit) => Promise<Response>,
  options: TransportOptions,
): typeof fetch {
  const policy = options.retry === false ? { maxAttempts: 1 } : options.retry;
  const maxAttempts = policy.maxAttempts ?? 5;
  const initialDelayMs = policy.initialDelayMs ?? 100;
  const multiplier = policy.multiplier ?? 2;
  const maxDelayMs = policy.maxDelayMs ?? 60_000;
  const totalTimeoutMs = options.retry === false ? undefined : (options.retry.totalTimeoutMs ?? 600_000);
  // The default budget bounds the retries; only an explicit one also arms a timer on the first attempt.
  // A timer and a signal on every request cost several percent of a local `get`
  // (bench/sdk-throughput.ts), and the runtime bounds a lone attempt anyway (Node's fetch, undici:
  // headersTimeout and bodyTimeout of 300 s).
  const timeFirstAttempt = options.retry !== false && options.retry.totalTimeoutMs !== undefined;
  const retryCodes = new Set(policy.retryCodes ?? DEFAULT_CODES);
  const random = policy.random ?? Math.random;
  const sleep = policy.sleep ?? realSleep;

  return async (input, init) => {
    // The client always hands over an OutgoingRequest: take it as it is, without an extra await.
    const request = input instanceof OutgoingRequest && init === undefined ? input : await toOutgoingRequest(input, init);
    options.beforeSend?.(request.url);
    // Built only when an error needs it: Request's `url` getter serializes the URL on every read.
    let targetOf: RequestTarget | undefined;
    const target = (): RequestTarget => (targetOf ??= { method: request.method, url: request.url });
    const canRetry = isIdempotent(request);
    const started = Date.now();
    let total: Deadline | undefined = timeFirstAttempt ? startDeadline(totalTimeoutMs, request.signal) : undefined;
    const remainingMs = () =>
      total?.remainingMs() ?? Math.max(0, (totalTimeoutMs ?? Infinity) - (Date.now() - started));
    const errors: Error[] = [];
    const overall = (cause: unknown) =>
      new DeadlineError(`${target().method} ${target().url}`, totalTimeoutMs ?? 0, { cause, attempts: errors });
    try {
      for (let attempt = 1; ; attempt++) {
        const attemptMs = Math.min(options.timeoutMs ?? Infinity, remainingMs());
        // Without a per-attempt limit the total deadline is the attempt's: one timer, not two.
        const deadline =
          options.timeoutMs === undefined ? undefined : startDeadline(attemptMs, total?.signal ?? request.signal);
        let failure!: Error;
        let delayMs: number | undefined;
        let response: Response | undefined;
        try {
          // The body is a string (OutgoingRequest), so every attempt can send it again as it is.
          const received = await baseFetch(request.url, request.init(deadline?.signal ?? total?.signal));
          // With a per-attempt timeout the body is read inside the attempt, so its deadline covers a
          // stalled body too; error bodies are read for the retry decision. A success without
          // timeoutMs is handed on unread: buffering it would cost more than the request's own parsing.
          // An opaque redirect (browsers, status 0) has no body and cannot be rebuilt.
          if (received.status < 200 || (received.ok && deadline === undefined)) response = received;
          else {
            const body = await received.arrayBuffer();
            const empty = received.status === 204 || received.status === 205 || received.status === 304;
            response = new Response(empty ? null : body, received);
          }
        } catch (error) {
          if (request.signal.aborted) throw request.signal.reason;
          if (total?.timedOut()) throw overall(error);
          if (deadline?.timedOut() || isTimeoutReason(error)) {
            failure = new DeadlineError(`${target().method} ${target().url} (attempt ${attempt})`, attemptMs, {
              cause: error,
            });
          } else failure = new NetworkError(target(), error);
        } finally {
          deadline?.dispose();
        }
        if (response) {
          const status = response.status;
          if (status < 400 || (status < 500 && status !== 429) || attempt >= maxAttempts || !canRetry) {
            priorAttempts.set(response, errors);
            return response;
          }
          const apiError = apiErrorFromBody(target(), status, parseJson(await response.clone().text()));
          if (!retryCodes.has(apiError.code)) {
            priorAttempts.set(response, errors);
            return response;
          }
          failure = apiError;
          delayMs = retryAfterMs(response.headers.get("retry-after")) ?? apiError.retryDelayMs();
        }
        const giveUp = () => {
          if (response) {
            priorAttempts.set(response, errors);
            return response;
          }
          Object.assign(failure, { attempts: [...errors] });
          throw failure;
        };
        // Network errors are always worth another try on an idempotent call; a per-attempt timeout is
        // DEADLINE_EXCEEDED and follows retryCodes.
        const retryable = failure instanceof DeadlineError ? retryCodes.has(Code.DEADLINE_EXCEEDED) : true;
        if (!canRetry || attempt >= maxAttempts || !retryable) return giveUp();
        const cap = Math.min(maxDelayMs, initialDelayMs * multiplier ** (attempt - 1));
        const wait = delayMs ?? random() * cap;
        // Never start an attempt that cannot finish in time: give up with the real error instead.
        if (wait >= remainingMs()) return giveUp();
        errors.push(failure);
        try {
          total ??= startDeadline(remainingMs(), request.signal);
          await sleep(wait, total.signal);
        } catch (reason) {
          if (request.signal.aborted) throw request.signal.reason;
          throw overall(reason);
        }
      }
    } finally {
      total?.dispose();
    }
  };
}
