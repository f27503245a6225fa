/**
 * The retry policy of a client, every default filled in (retry.ts documents the options). One decision
 * per failed attempt, in this order (exchange.ts): limit reached? idempotent? retryable code or network
 * error? server-given delay (Retry-After, RetryInfo)? else exponential backoff with full jitter.
 */
import { sleep as realSleep } from "./deadline.js";
import type { RetryOptions } from "./retry.js";
import { Code } from "./status.js";

const DEFAULT_CODES = [Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.RESOURCE_EXHAUSTED];

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

