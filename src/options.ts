/**
 * The options of the client and of each method, with their defaults, and the checks that turn a value
 * the API cannot take into an InvalidOptionError before anything is sent.
 */
import type { components } from "../generated/schema.js";
import type { AuthOptions } from "./auth.js";
import { InvalidOptionError } from "./errors.js";
import { hasLoneSurrogate } from "./names.js";
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
   * Deadline of each attempt, in ms, reading the body included. @default 60_000 (google-gax's
   * `timeout_millis` for the operations methods), 360_000 for `wait` (AutoML's 300 s cap on a wait, plus
   * 60 s); see default-deadline.ts
   */
  timeoutMs?: number;
  /**
   * The largest response body read, in bytes, counted after gzip decoding; past it the read is cancelled
   * and the call throws ResponseTooLargeError. @default 33_554_432 (32 MiB)
   */
  maxResponseBytes?: number;
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
  /**
   * How long the server may wait: a Duration string ("3.5s") or milliseconds. Keep it below the
   * client's `timeoutMs`, which bounds each attempt of the call. @default the server's choice
   */
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

/** The range a numeric option must fall in. */
interface NumberRule {
  /** Smallest value allowed (excluded when `above` is set). */
  min: number;
  above?: boolean;
  max?: number;
  integer?: boolean;
}

export const POSITIVE: NumberRule = { min: 0, above: true };
export const NON_NEGATIVE: NumberRule = { min: 0 };
export const GROWTH: NumberRule = { min: 1 };

/** Throws InvalidOptionError unless `value` is undefined or a finite number the rule allows. */
export function checkNumber(option: string, value: unknown, rule: NumberRule): void {
  if (value === undefined) return;
  const { min, above, max = Number.MAX_SAFE_INTEGER, integer } = rule;
  if (
    typeof value !== "number" ||
    !(above ? value > min : value >= min) ||
    !(value <= max) ||
    (integer && !Number.isInteger(value))
  ) {
    throw new InvalidOptionError(option, value, `${integer ? "an integer" : "a number"} ${above ? ">" : ">="} ${min}${rule.max === undefined ? "" : ` and <= ${max}`}`);
  }
}

export function checkType(option: string, value: unknown, type: "string" | "function"): void {
  if (value !== undefined && typeof value !== type) throw new InvalidOptionError(option, typeof value, `a ${type}`);
}

/** A string that can go into a URL: a lone surrogate has no UTF-8 form (encodeURIComponent throws URIError). */
function checkText(option: string, value: unknown): void {
  checkType(option, value, "string");
  if (typeof value === "string" && hasLoneSurrogate(value)) {
    throw new InvalidOptionError(option, value, "well-formed Unicode (a lone surrogate has no UTF-8 form)");
  }
}

// A header value: visible ASCII and spaces (RFC 9110 §5.5 forbids CR, LF and NUL; product tokens are ASCII).
const HEADER_TEXT = /^[\x20-\x7e]*$/;

/** Checks the client's options; returns the base URL without a trailing slash. */
export function checkClientOptions(options: OperationsClientOptions): string {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^/?#]+[^?#]*$/i.test(baseUrl) || !URL.canParse(baseUrl)) {
    throw new InvalidOptionError("baseUrl", baseUrl, "an absolute http(s) URL without ? or #");
  }
  if (typeof options.token !== "string") checkType("token", options.token, "function");
  checkType("userAgent", options.userAgent, "string");
  if (options.userAgent !== undefined && !HEADER_TEXT.test(options.userAgent)) {
    throw new InvalidOptionError("userAgent", options.userAgent, "visible ASCII characters and spaces (a header value)");
  }
  checkNumber("timeoutMs", options.timeoutMs, POSITIVE);
  checkNumber("maxResponseBytes", options.maxResponseBytes, { min: 1, integer: true });
  const retry = options.retry || {};
  checkNumber("retry.maxAttempts", retry.maxAttempts, { min: 1, integer: true });
  checkNumber("retry.initialDelayMs", retry.initialDelayMs, NON_NEGATIVE);
  checkNumber("retry.multiplier", retry.multiplier, GROWTH);
  checkNumber("retry.maxDelayMs", retry.maxDelayMs, NON_NEGATIVE);
  checkNumber("retry.totalTimeoutMs", retry.totalTimeoutMs, POSITIVE);
  return baseUrl.replace(/\/+$/, "");
}

/** Checks list options (pageSize is an int32 >= 0, AIP-158). */
export function checkListOptions(options: ListOptions): void {
  checkNumber("pageSize", options.pageSize, { min: 0, max: 2147483647, integer: true });
  checkText("filter", options.filter);
  checkText("pageToken", options.pageToken);
}
