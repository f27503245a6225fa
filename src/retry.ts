/**
 * Retries (openapi-fetch has none by design: openapi-ts/openapi-typescript#1122): their options, which
 * requests may be sent twice, what Retry-After asks for, and the errors met before a response. The
 * policy built from the options is retry-policy.ts; the decisions are exchange.ts's.
 */

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
   * retries (no retry starts that cannot end in time), the wait for a token function and attempts from
   * the second on; set, it also times the first attempt. @default 600_000 (as google-gax)
   */
  totalTimeoutMs?: number;
  /** google.rpc.Code numbers retried. @default [UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED] */
  retryCodes?: readonly number[];
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** How to wait between attempts; injectable for tests. @default a setTimeout that honours the signal */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const priorAttempts = new WeakMap<Response, Error[]>();

/** The errors met on the attempts before the one that produced this response. */
export function attemptsOf(response: Response): Error[] {
  return priorAttempts.get(response) ?? [];
}

/** Keeps the errors met before `response` for attemptsOf. */
export function remember(response: Response, errors: Error[]): Response {
  if (errors.length > 0) priorAttempts.set(response, errors);
  return response;
}

/**
 * Whether a request may be sent twice. All five methods of this API are: get, list and delete by HTTP
 * semantics (RFC 9110 §9.2.2), cancel and wait by design (AIP-151: cancel is best effort, wait only reads).
 */
export function isIdempotent(request: { method: string; url: string }): boolean {
  const method = request.method;
  if (method === "GET" || method === "HEAD" || method === "DELETE") return true;
  if (method !== "POST") return false;
  // The path without query or fragment, read off the string: parsing a URL per call costs more.
  const end = request.url.search(/[?#]/);
  const path = end < 0 ? request.url : request.url.slice(0, end);
  return path.endsWith(":cancel") || path.endsWith(":wait");
}

/** Milliseconds a `Retry-After` header asks for: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
