/**
 * Throttling is a freedom, not a violation: a server may answer 429 RESOURCE_EXHAUSTED or 503 UNAVAILABLE
 * at any moment, with or without `Retry-After` (RFC 9110 §10.2.3) or a google.rpc.RetryInfo detail
 * (AIP-193), and Google's clients retry them. The kit does too, inside its transport, so raw exchanges and
 * the SDK's calls alike only ever see the answer after the throttling.
 *
 * One gate per run: a throttled answer closes it for everybody until the delay has passed, so scenarios
 * running side by side slow down together instead of hammering a server that asked for a pause. The time
 * the gate stays closed is what the run's budget counts; once spent, every request fails with
 * ThrottledError and the run ends as "could not complete: throttled", never as a contract failure.
 */
import { retryAfterMs } from "../src/retry.js";
import { apiErrorFromBody } from "../src/answer-error.js";
import { sleep } from "../src/deadline.js";

/** Default of `RunOptions.throttleBudgetMs`: a minute of waiting in all. */
export const DEFAULT_THROTTLE_BUDGET_MS = 60_000;

/** Statuses retried as throttling. */
export const THROTTLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Where a retry's delay came from. */
export type DelaySource = "Retry-After" | "RetryInfo" | "backoff";

/** What the run spent on throttling, for the report. */
export interface ThrottlingSummary {
  /** Throttled answers retried, in all. */
  retries: number;
  /** Wall time the run was held by throttling, in ms (overlapping waits count once). */
  waitedMs: number;
  /** The same, per HTTP status ("429", "503"). */
  byStatus: Record<string, { retries: number; waitedMs: number }>;
}

/** One throttled answer that was retried, as a note on the exchange that followed. */
export interface ThrottledAttempt {
  status: number;
  delayMs: number;
  source: DelaySource;
}

/** The run's budget for throttling is spent: nothing more is sent. */
export class ThrottledError extends Error {
  override readonly name = "ThrottledError";
}

/** Floor of every wait, so a server saying `Retry-After: 0` forever still uses up the budget. */
const MIN_DELAY_MS = 50;
/** Backoff when the server gives no delay: 250 ms doubling up to 8 s (google-gax grows 1.3× to 60 s). */
const BACKOFF_START_MS = 250;
const BACKOFF_MAX_MS = 8_000;

/** The delay a throttled answer asks for: Retry-After first (as the SDK), then RetryInfo, else backoff. */
export function throttleDelay(status: number, headers: Headers, body: string, attempt: number): { delayMs: number; source: DelaySource } {
  const header = retryAfterMs(headers.get("retry-after"));
  if (header !== undefined) return { delayMs: Math.max(MIN_DELAY_MS, header), source: "Retry-After" };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const info = apiErrorFromBody({ method: "", url: "" }, status, json).retryDelayMs();
  if (info !== undefined) return { delayMs: Math.max(MIN_DELAY_MS, info), source: "RetryInfo" };
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** (attempt - 1));
  return { delayMs: Math.max(MIN_DELAY_MS, cap / 2 + (Math.random() * cap) / 2), source: "backoff" };
}

export class ThrottleGate {
  /** No request starts before this time (ms since the epoch). */
  #openAt = 0;
  #exhausted = false;
  readonly #summary: ThrottlingSummary = { retries: 0, waitedMs: 0, byStatus: {} };

  /** @param budgetMs how long the gate may stay closed over the whole run. */
  constructor(readonly budgetMs: number = DEFAULT_THROTTLE_BUDGET_MS) {}

  get exhausted(): boolean {
    return this.#exhausted;
  }

  summary(): ThrottlingSummary {
    const byStatus = Object.fromEntries(Object.entries(this.#summary.byStatus).map(([k, v]) => [k, { retries: v.retries, waitedMs: Math.round(v.waitedMs) }]));
    return { retries: this.#summary.retries, waitedMs: Math.round(this.#summary.waitedMs), byStatus };
  }

  /** Waits until the gate is open; rejects with ThrottledError once the budget is spent. */
  async pass(signal?: AbortSignal): Promise<void> {
    for (;;) {
      this.#refuseIfExhausted();
      const wait = this.#openAt - Date.now();
      if (wait <= 0) return;
      await sleep(wait, signal);
    }
  }

  /** Records a throttled answer and closes the gate for its delay; throws when the budget runs out. */
  throttled(status: number, delayMs: number): void {
    this.#refuseIfExhausted();
    const now = Date.now();
    const until = now + delayMs;
    const added = Math.max(0, until - Math.max(this.#openAt, now));
    const entry = (this.#summary.byStatus[String(status)] ??= { retries: 0, waitedMs: 0 });
    if (this.#summary.waitedMs + added > this.budgetMs) {
      this.#exhausted = true;
      this.#refuseIfExhausted();
    }
    this.#openAt = Math.max(this.#openAt, until);
    this.#summary.retries += 1;
    this.#summary.waitedMs += added;
    entry.retries += 1;
    entry.waitedMs += added;
  }

  #refuseIfExhausted(): void {
    if (!this.#exhausted) return;
    throw new ThrottledError(
      `could not complete: throttled (the server kept answering 429/503; ${Math.round(this.#summary.waitedMs)} ms waited of a ${this.budgetMs} ms budget)`,
    );
  }
}
