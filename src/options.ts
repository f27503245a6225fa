/**
 * The options of the client and of each method, with their defaults, and the checks that turn a value
 * the API cannot take into an InvalidOptionError before anything is sent.
 */
import type { components } from "../generated/schema.js";
import type { AuthOptions } from "./auth.js";
import { InvalidOptionError } from "./errors.js";
import type { RetryOptions } from "./retry.js";

export type Operation = components["schemas"]["Operation"];
export type ListOperationsResponse = components["schemas"]["ListOperationsResponse"];
export type Status = components["schemas"]["Status"];
export type Any = components["schemas"]["Any"];
export type OperationMetadata = components["schemas"]["OperationMetadata"];

/** Google's endpoint for the AutoML API. */
export const DEFAULT_BASE_URL = "https://automl.googleapis.com";

export interface OperationsClientOptions extends AuthOptions {
  /** Scheme, host and port of the API. @default "https://automl.googleapis.com" */
  baseUrl?: string;
  /** The fetch to send requests with. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Retry policy, or `false` for none. @default {} (the RetryOptions defaults) */
  retry?: RetryOptions | false;
  /**
   * Deadline of each attempt, in ms, reading the body included. Without it, only the total deadline
   * applies, and it covers each attempt until its response headers arrive. @default undefined
   */
  timeoutMs?: number;
  /** Check every success body against the spec (loads the ajv validators on first use). @default false */
  validateResponses?: boolean;
}

/** Options every method takes. */
export interface CallOptions {
  /** Aborts the call; its reason is what the call rejects with. @default undefined */
  signal?: AbortSignal;
}

export interface ListOptions extends CallOptions {
  /** `done=true`, `operation_id=…`, `worksOn=…`, joined by AND. @default undefined (all) */
  filter?: string;
  /** Largest page; 0 means the server's default. @default undefined (server's default) */
  pageSize?: number;
  /** The `nextPageToken` of an earlier page. @default undefined (first page) */
  pageToken?: string;
}

export interface WaitOptions extends CallOptions {
  /** How long the server may wait: a Duration string ("3.5s") or milliseconds. @default server's choice */
  timeout?: string | number;
}

export interface PollOptions extends CallOptions {
  /** Delay before the second poll, in ms (the first is at once). @default 100 */
  initialDelayMs?: number;
  /** Growth of the delay per poll. @default 1.3 */
  multiplier?: number;
  /** Largest delay, in ms. @default 60_000 */
  maxDelayMs?: number;
  /** Give up with DeadlineError after this long, in ms. @default undefined (no limit, as google-gax) */
  totalTimeoutMs?: number;
  /** Called with the operation each time its metadata changes. @default undefined */
  onProgress?: (operation: Operation) => void;
  /** Let the server's `:wait` do the waiting; falls back to polling on UNIMPLEMENTED. @default false */
  useWait?: boolean;
}

/** Throws unless `value` is undefined or a finite number within [min, max] (an integer if asked). */
export function checkNumber(
  option: string,
  value: unknown,
  range: { min: number; max?: number; integer?: boolean; exclusiveMin?: boolean },
): void {
  if (value === undefined) return;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (range.exclusiveMin ? value > range.min : value >= range.min) &&
    value <= max &&
    (!range.integer || Number.isInteger(value));
  if (!ok) {
    const kind = range.integer ? "an integer" : "a number";
    const low = range.exclusiveMin ? `> ${range.min}` : `>= ${range.min}`;
    throw new InvalidOptionError(option, value, `${kind} ${low}${range.max === undefined ? "" : ` and <= ${max}`}`);
  }
}

/** Checks the client's options; returns the base URL without a trailing slash. */
export function checkClientOptions(options: OperationsClientOptions): string {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new InvalidOptionError("baseUrl", baseUrl, "an absolute http(s) URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InvalidOptionError("baseUrl", baseUrl, "an absolute http(s) URL");
  }
  if (parsed.search || parsed.hash) throw new InvalidOptionError("baseUrl", baseUrl, "a URL without ? or #");
  const token = options.token;
  if (token !== undefined && typeof token !== "string" && typeof token !== "function") {
    throw new InvalidOptionError("token", typeof token, "a string or a function");
  }
  checkNumber("timeoutMs", options.timeoutMs, { min: 0, exclusiveMin: true });
  const retry = options.retry;
  if (retry !== undefined && retry !== false) {
    checkNumber("retry.maxAttempts", retry.maxAttempts, { min: 1, integer: true });
    checkNumber("retry.initialDelayMs", retry.initialDelayMs, { min: 0 });
    checkNumber("retry.multiplier", retry.multiplier, { min: 1 });
    checkNumber("retry.maxDelayMs", retry.maxDelayMs, { min: 0 });
    checkNumber("retry.totalTimeoutMs", retry.totalTimeoutMs, { min: 0, exclusiveMin: true });
  }
  return baseUrl.replace(/\/+$/, "");
}

/** Checks list options (pageSize is an int32 >= 0, AIP-158). */
export function checkListOptions(options: ListOptions): void {
  checkNumber("pageSize", options.pageSize, { min: 0, max: 2147483647, integer: true });
  if (options.filter !== undefined && typeof options.filter !== "string") {
    throw new InvalidOptionError("filter", options.filter, "a string");
  }
  if (options.pageToken !== undefined && typeof options.pageToken !== "string") {
    throw new InvalidOptionError("pageToken", options.pageToken, "a string");
  }
}

/** Checks polling options. */
export function checkPollOptions(options: PollOptions): void {
  checkNumber("initialDelayMs", options.initialDelayMs, { min: 0 });
  checkNumber("multiplier", options.multiplier, { min: 1 });
  checkNumber("maxDelayMs", options.maxDelayMs, { min: 0 });
  checkNumber("totalTimeoutMs", options.totalTimeoutMs, { min: 0, exclusiveMin: true });
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new InvalidOptionError("onProgress", typeof options.onProgress, "a function");
  }
}
