/**
 * The retry policy (openapi-fetch has none by design: openapi-ts/openapi-typescript#1122). One decision
 * per failed attempt, in this order (transport.ts): limit reached? idempotent? retryable code or network
 * error? server-given delay (Retry-After, RetryInfo)? else exponential backoff with full jitter.
 */
import { sleep as realSleep } from "./deadline.js";
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

/** A policy with every default filled in. */
export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  multiplier: number;
  maxDelayMs: number;
  /** The budget of a call; undefined with `retry: false` (no budget). */
  totalTimeoutMs: number | undefined;
  /** Whether the budget was set explicitly, and so also times the first attempt. */
  timeFirstAttempt: boolean;
  retryCodes: ReadonlySet<number>;
  random: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

const DEFAULT_CODES = [Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED];

/** The policy of `retry` (false: one attempt, no budget). */
export function retryPolicy(retry: RetryOptions | false): RetryPolicy {
  const options = retry === false ? { maxAttempts: 1 } : retry;
  return {
    maxAttempts: options.maxAttempts ?? 5,
    initialDelayMs: options.initialDelayMs ?? 100,
    multiplier: options.multiplier ?? 2,
    maxDelayMs: options.maxDelayMs ?? 60_000,
    totalTimeoutMs: retry === false ? undefined : (retry.totalTimeoutMs ?? 600_000),
    // The default budget bounds the retries; only an explicit one also arms a timer on the first attempt.
    // A timer and a signal on every request cost several percent of a local `get`
    // (bench/sdk-throughput.ts), and the runtime bounds a lone attempt anyway (Node's fetch, undici:
    // headersTimeout and bodyTimeout of 300 s).
    timeFirstAttempt: retry !== false && retry.totalTimeoutMs !== undefined,
    retryCodes: new Set(options.retryCodes ?? DEFAULT_CODES),
    random: options.random ?? Math.random,
    sleep: options.sleep ?? realSleep,
  };
}

/** The backoff before retry number `attempt` (1 for the first retry): full jitter under a growing cap. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.multiplier ** (attempt - 1));
  return policy.random() * cap;
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
