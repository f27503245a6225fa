/**
 * The kit's one way onto the wire. Every request a run sends, raw exchanges and the SDK's calls alike,
 * goes through the fetch made here, so all of them pass the same guard as the SDK's own transport: a
 * token must fit a header and may only travel over https or to loopback (unless the target opts in
 * with `allowInsecureHttp`). The same fetch adds the target's extra headers, stops with the run's
 * signal, collects the tokens it sends (for redaction) and hands each exchange to a recorder (HAR).
 */
import { assertTokenMayTravel, checkTokenValue } from "../src/auth.js";
import type { Target } from "./target.js";

/** One exchange as it went over the wire, for recordings such as HAR. Headers are as sent: redact them. */
export interface WireRecord {
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
}

const BEARER = /^Bearer[ \t]+/i;

function bodyText(body: BodyInit | null | undefined): string | undefined {
  return typeof body === "string" ? body : undefined;
}

/** The guarded, recording fetch of a target. */
export function createKitFetch(target: Target, hooks: TransportHooks): typeof fetch {
  const base = target.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (input, init = {}) => {
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
    hooks.signal?.throwIfAborted();
    const signals = [init.signal, hooks.signal].filter((s): s is AbortSignal => s != null);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const method = (init.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const startedAt = Date.now();
    const started = performance.now();
    const record = (fields: Pick<WireRecord, "status" | "statusText" | "responseHeaders" | "responseBody"> & { error?: string }) => {
      const requestBody = bodyText(init.body);
      hooks.onRecord?.({
        startedAt,
        method,
        url,
        requestHeaders: [...headers],
        ...(requestBody !== undefined ? { requestBody } : {}),
        ...fields,
        timeMs: performance.now() - started,
      });
    };
    let response: Response;
    try {
      response = await base(input instanceof Request ? input.url : input, { ...init, method, headers, ...(signal ? { signal } : {}) });
    } catch (error) {
      record({ status: 0, statusText: "", responseHeaders: [], responseBody: "", error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    if (hooks.onRecord) {
      const copy = response.clone();
      void copy.text().then(
        (text) => record({ status: response.status, statusText: response.statusText, responseHeaders: [...response.headers], responseBody: text }),
        (error: unknown) => record({ status: response.status, statusText: response.statusText, responseHeaders: [...response.headers], responseBody: "", error: String(error) }),
      );
    }
    return response;
  };
}
