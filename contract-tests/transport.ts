/**
 * The kit's one way onto the wire. Every request a run sends, raw exchanges and the SDK's calls alike,
 * goes through the fetch made here, so all of them pass the same guard as the SDK's own transport: a
 * token must fit a header and may only travel over https or to loopback (unless the target opts in
 * with `allowInsecureHttp`). The same fetch adds the target's extra headers, stops with the run's
 * signal, bounds each attempt by the target's timeout and each body by its size and depth, follows
 * redirects only within the target's origin (hostile-answers.ts), waits out throttling (throttle.ts), collects the
 * tokens it sends (for redaction) and hands each exchange to a recorder (HAR), throttled attempts included.
 */
import { setMaxListeners } from "node:events";
import { assertTokenMayTravel, checkTokenValue } from "../src/auth.js";
import { currentTrace, type ExchangeTags } from "./scenario-trace.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, type Target } from "./target.js";
import { THROTTLE_STATUSES, throttleDelay, ThrottledError, type ThrottledAttempt, type ThrottleGate } from "./throttle.js";
import { createLargeBodyGate, DEFAULT_MAX_RESPONSE_BYTES, readBoundedBytes, watchSignal } from "../src/bounded-body.js";
import { AutomlOpsError, NetworkError, networkCause } from "../src/errors.js";
import { checkJsonDepth } from "../src/json-depth.js";
import { followSameOriginRedirects, isRedirect } from "../src/redirect.js";
import { CrossOriginRedirectError } from "./hostile-answers.js";

/**
 * One exchange as it went over the wire, for recordings such as HAR. Headers are as sent: redact them.
 * Its scenario and the checks that judged it (scenario-trace.ts) are filled in as the run goes on.
 */
export interface WireRecord extends ExchangeTags {
  /** When the request was sent, in ms since the epoch. */
  startedAt: number;
  method: string;
  url: string;
  requestHeaders: Array<[string, string]>;
  requestBody?: string;
  /** 0 when no response came (network error, abort); then `error` says why. */
  status: number;
  statusText: string;
  responseHeaders: Array<[string, string]>;
  responseBody: string;
  /** From sending to the whole body read, in ms. */
  timeMs: number;
  error?: string;
}

export interface TransportHooks {
  /** Aborts requests in flight and refuses new ones (a run stopped by Ctrl-C). @default undefined */
  signal?: AbortSignal | undefined;
  /** Called with every exchange once its body is read. @default undefined */
  onRecord?: ((record: WireRecord) => void) | undefined;
  /** Every token sent is added here, so reports can redact it wherever it shows up. */
  secrets: Set<string>;
  /** Waits out 429 and 503 within the run's budget. @default undefined (throttled answers are returned as they are) */
  throttle?: ThrottleGate | undefined;
}

/** A fetch option only the kit's fetch reads: the deadline of each attempt, in ms. */
export interface KitRequestInit extends RequestInit {
  /** @default the target's timeoutMs, else 15000 */
  attemptTimeoutMs?: number;
}

/** The kit's fetch: marked, so `send` knows it bounds each attempt itself. */
export type KitFetch = typeof fetch & { readonly boundsAttempts: true };

export function isKitFetch(fetchImpl: typeof fetch | undefined): fetchImpl is KitFetch {
  return (fetchImpl as Partial<KitFetch> | undefined)?.boundsAttempts === true;
}

const BEARER = /^Bearer[ \t]+/i;
const throttledBefore = new WeakMap<Response, ThrottledAttempt[]>();
const attemptStarted = new WeakMap<Response, number>();

/** The throttled answers retried before this response came (empty when none). */
export function throttledAttemptsOf(response: Response): ThrottledAttempt[] {
  return throttledBefore.get(response) ?? [];
}

/** When the attempt that got this response was sent (`performance.now()`): timings leave throttling out. */
export function attemptStartOf(response: Response): number | undefined {
  return attemptStarted.get(response);
}

function bodyText(body: BodyInit | null | undefined): string | undefined {
  return typeof body === "string" ? body : undefined;
}

/**
 * A signal that aborts with any of `parents`, or after `ms` with a TimeoutError. Not built from
 * `AbortSignal.any` and `AbortSignal.timeout`: on Node 20 such a composite stops firing once the
 * collector has taken the timeout signal (seen here: a request abandoned under load hung), while this
 * timer holds its controller. The timer is unref'd; `dispose` unlinks the parents.
 */
function linkedSignal(parents: AbortSignal[], ms?: number): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dispose = () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const parent of parents) parent.removeEventListener("abort", onParent);
  };
  const onParent = (event: Event) => {
    dispose();
    controller.abort((event.target as AbortSignal).reason);
  };
  const aborted = parents.find((p) => p.aborted);
  if (aborted) controller.abort(aborted.reason);
  else {
    for (const parent of parents) parent.addEventListener("abort", onParent, { once: true });
    if (ms !== undefined) {
      timer = setTimeout(() => {
        dispose();
        controller.abort(new DOMException(`timed out after ${ms} ms`, "TimeoutError"));
      }, ms);
      timer.unref?.();
    }
  }
  return { signal: controller.signal, dispose };
}

/** Statuses a Response can be built with (the Fetch standard's range); a broken server may send others. */
function rebuildable(status: number): boolean {
  return status >= 200 && status <= 599;
}

/** `received` with its body already read; 204, 205 and 304 carry none (Fetch standard, "null body status"). */
function withBody(received: Response, body: Uint8Array<ArrayBuffer>): Response {
  const init = { status: received.status, statusText: received.statusText, headers: received.headers };
  return new Response([204, 205, 304].includes(received.status) ? null : body, init);
}

const decoder = new TextDecoder();

/** Bodies up to this size are read side by side; larger ones one at a time (createLargeBodyGate). */
const LARGE_BODY_BYTES = 1024 * 1024;

/**
 * Follows redirects within the request's origin as fetch would (src/redirect.ts: RFC 9110, 303 → GET,
 * 301/302 POST → GET, 307/308 keep method and body), with the same headers: they stay on the origin
 * the user named. A redirect elsewhere is refused (CrossOriginRedirectError), never followed: Node's
 * fetch would re-send every custom header there (pitfalls 25).
 */
async function followWithinOrigin(first: Response, url: string, init: RequestInit, send: typeof fetch): Promise<Response> {
  const response = isRedirect(first.status) ? await followSameOriginRedirects(first, url, init, send) : first;
  const location = isRedirect(response.status) ? response.headers.get("location") : null;
  if (location === null) return response;
  let absolute = location;
  try {
    absolute = new URL(location, url).href;
    // Still a redirect within the origin after the hops allowed (a loop): the checks grade it as it is.
    if (new URL(absolute).origin === new URL(url).origin) return response;
  } catch {
    // an unparsable Location is named as it came
  }
  await response.body?.cancel().catch(() => {});
  throw new CrossOriginRedirectError(init.method ?? "GET", url, response.status, absolute);
}

/**
 * What the kit's fetch throws: its own refusals and the SDK's errors as they are, aborts and timeouts
 * as they are (the runner and the callers tell them apart by name), anything else as a NetworkError
 * that names its cause (`connect ECONNREFUSED …`, `Headers Overflow`), never a bare `fetch failed`.
 */
function asKitError(error: unknown, method: string, url: string): unknown {
  if (error instanceof AutomlOpsError) return error;
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) return error;
  if (error instanceof ThrottledError) return error;
  return new NetworkError({ method, url }, error);
}

/** The guarded, recording fetch of a target. */
export function createKitFetch(target: Target, hooks: TransportHooks): KitFetch {
  const base = target.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // One listener on the caller's signal; the requests in flight (a worker's each, throttled ones waiting
  // their turn) listen to this signal of ours, which is meant to have many listeners.
  const run = hooks.signal ? linkedSignal([hooks.signal]).signal : undefined;
  // Scenarios run side by side: one body at a time may grow past 1 MiB, so a server that sends
  // endless bodies to every request costs one cap of memory, not one per worker.
  const largeBodies = createLargeBodyGate(LARGE_BODY_BYTES);
  if (run) setMaxListeners(0, run);
  const kitFetch = async (input: RequestInfo | URL, init: KitRequestInit = {}): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    for (const [name, value] of Object.entries(target.headers ?? {})) if (!headers.has(name)) headers.set(name, value);
    const authorization = headers.get("authorization");
    if (authorization !== null) {
      const token = authorization.replace(BEARER, "");
      hooks.secrets.add(token);
      checkTokenValue(token);
      assertTokenMayTravel(url, target.allowInsecureHttp === true);
    }
    const method = (init.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const { attemptTimeoutMs = target.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, ...rest } = init;
    const maxResponseBytes = target.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const outer = [init.signal, run].filter((s): s is AbortSignal => s != null);
    const throttled: ThrottledAttempt[] = [];
    for (let attempt = 1; ; attempt++) {
      hooks.signal?.throwIfAborted();
      if (hooks.throttle) {
        const waiting = linkedSignal(outer);
        await hooks.throttle.pass(waiting.signal).finally(waiting.dispose);
      }
      // The deadline covers reading the body too, which happens here: the link to the caller's
      // signal is cut once the body is in, so a long-lived signal (a poll's) keeps no listener per request.
      const { signal, dispose } = linkedSignal(outer, attemptTimeoutMs);
      const startedAt = Date.now();
      const started = performance.now();
      const record = (fields: Pick<WireRecord, "status" | "statusText" | "responseHeaders" | "responseBody"> & { error?: string }) => {
        const requestBody = bodyText(init.body);
        const made: WireRecord = {
          startedAt,
          method,
          url,
          requestHeaders: [...headers],
          ...(requestBody !== undefined ? { requestBody } : {}),
          ...fields,
          timeMs: performance.now() - started,
        };
        currentTrace()?.record(made);
        hooks.onRecord?.(made);
      };
      let response: Response;
      let body: Uint8Array<ArrayBuffer> | undefined;
      try {
        const sent = { ...rest, method, headers, signal, redirect: "manual" as const };
        response = await followWithinOrigin(await base(input instanceof Request ? input.url : input, sent), url, sent, base);
        if (rebuildable(response.status)) {
          const where = { method, url };
          body = await readBoundedBytes(response, maxResponseBytes, where, watchSignal(signal), largeBodies(signal));
          checkJsonDepth(decoder.decode(body), where);
          response = withBody(response, body);
          dispose();
        }
      } catch (error) {
        dispose();
        record({ status: 0, statusText: "", responseHeaders: [], responseBody: "", error: error instanceof Error ? networkCause(error) : String(error) });
        throw asKitError(error, method, url);
      }
      const fields = { status: response.status, statusText: response.statusText, responseHeaders: [...response.headers] };
      // A status outside the rebuildable range keeps its unread body for the caller; the record has none.
      const text = () => (body === undefined ? "" : decoder.decode(body));
      if (hooks.throttle && THROTTLE_STATUSES.has(response.status)) {
        const responseBody = text();
        record({ ...fields, responseBody });
        const { delayMs, source } = throttleDelay(response.status, response.headers, responseBody, attempt);
        hooks.throttle.throttled(response.status, delayMs);
        throttled.push({ status: response.status, delayMs: Math.round(delayMs), source });
        continue;
      }
      if (hooks.onRecord) record({ ...fields, responseBody: text() });
      if (throttled.length > 0) throttledBefore.set(response, throttled);
      attemptStarted.set(response, started);
      return response;
    }
  };
  return Object.assign(kitFetch, { boundsAttempts: true as const }) as KitFetch;
}
