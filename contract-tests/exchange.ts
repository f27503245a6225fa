/**
 * One request and its response, recorded as data so checks can judge it after the fact (and unit tests
 * can feed checks a hand-made bad exchange). Requests are built from the spec's path template.
 */
import type { SpecOperation } from "./spec-model.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, parentParams, resolveToken, type Target } from "./target.js";
import type { ThrottledAttempt } from "./throttle.js";
import { attemptStartOf, isKitFetch, throttledAttemptsOf, type KitRequestInit } from "./transport.js";

export interface ExchangeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The raw body sent, if any. */
  body?: string;
}

export interface ExchangeResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  json?: unknown;
}

export interface Exchange {
  /** The spec operation the request was sent to. */
  operationId: string;
  request: ExchangeRequest;
  response: ExchangeResponse;
  /** The request breaks the spec on purpose (malformed-input checks), so request violations are expected. */
  malformed?: boolean;
  /** From sending the request that got this answer to its whole body read; time spent waiting out throttling is not in it. */
  durationMs: number;
  /** 429/503 answers the transport waited out and retried before this one (not part of the contract). */
  throttled?: ThrottledAttempt[];
}

export interface CallOptions {
  /** Path parameters beyond the target's parent (`operationsId`), or overrides of it. */
  path?: Record<string, string>;
  query?: Record<string, string | number>;
  /** A JSON value, serialized; or a raw string sent as is. Undefined sends no body and no Content-Type. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave the Authorization header out even when the target has a token. @default false */
  withoutToken?: boolean;
  malformed?: boolean;
  /** Per-request deadline. @default the target's timeoutMs, else 15000 */
  timeoutMs?: number;
}

/** Fills the operation's path template; every `{param}` must be given (pitfalls #5). */
export function buildUrl(target: Target, op: SpecOperation, options: CallOptions): string {
  const values: Record<string, string> = { ...parentParams(target.parent), ...options.path };
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${op.operationId}: no value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) query.set(key, String(value));
  const search = query.toString();
  return `${target.baseUrl}${path}${search ? `?${search}` : ""}`;
}

/** Sends one request to the target and records the exchange; network failures propagate. */
export async function send(target: Target, op: SpecOperation, options: CallOptions = {}): Promise<Exchange> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  const token = options.withoutToken ? undefined : await resolveToken(target);
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const request: ExchangeRequest = { method: op.method, url: buildUrl(target, op, options), headers };
  if (body !== undefined) request.body = body;
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? target.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const init: KitRequestInit = { method: request.method, headers, ...(body !== undefined ? { body } : {}) };
  // The kit's fetch bounds each attempt itself, so waiting out throttling never counts against the deadline.
  if (isKitFetch(target.fetch)) init.attemptTimeoutMs = timeoutMs;
  else init.signal = AbortSignal.timeout(timeoutMs);
  const res = await (target.fetch ?? fetch)(request.url, init);
  const text = await res.text();
  const response: ExchangeResponse = { status: res.status, headers: {}, text };
  res.headers.forEach((value, key) => (response.headers[key.toLowerCase()] = value));
  if (text.trim() !== "") {
    try {
      response.json = JSON.parse(text);
    } catch {
      // not JSON: contentTypeConformance and responseSchemaConformance report it
    }
  }
  const exchange: Exchange = { operationId: op.operationId, request, response, durationMs: performance.now() - (attemptStartOf(res) ?? started) };
  if (options.malformed) exchange.malformed = true;
  const throttled = throttledAttemptsOf(res);
  if (throttled.length > 0) exchange.throttled = throttled;
  return exchange;
}

/** `METHOD url -> status`, for messages. Never includes headers, so never the token. */
export function describeExchange(exchange: Exchange): string {
  return `${exchange.request.method} ${exchange.request.url} -> ${exchange.response.status}`;
}
