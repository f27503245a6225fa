/**
 * The client's one way onto the wire, for the friendly methods and for `raw` alike. A plain call (a fixed
 * token or none, no per-attempt timeout, no total deadline set) is sent by the friendly methods
 * themselves through `attempt` (the token guard, then fetch, once) and awaited there, so a call carries
 * no promise of the transport's own (client.ts); when its answer is final, that is all. Everything else
 * is exchange.ts (retries, redirects, deadlines, a token function): the rest of a call whose first
 * attempt was not final, every call of a client that is not plain, and `raw`'s requests, which load
 * openapi-fetch on first use anyway. It is loaded (on-demand.ts) the first time it is needed, so the
 * entry bundle stays small (bench/sdk-startup.ts) and a plain call adds little to fetch's own work
 * (bench/sdk-throughput.ts).
 */
import { createTokenGuard } from "./auth.js";
import type { RetryOptions } from "./retry.js";
import type { Tokens } from "./token.js";

/** What the transport sends: an OutgoingRequest (raw), or the friendly methods' plain description. */
export interface WireRequest {
  method: string;
  url: string;
  /** Sent as they are; a token from a function is added to a copy. */
  headers: Headers | Record<string, string>;
  /** A JSON string for this API, so every attempt can send it again. */
  body: BodyInit | null;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** @default "manual" (redirect.ts follows same-origin ones) */
  redirect?: RequestRedirect;
}

export interface TransportOptions {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  retry: RetryOptions | false;
  /** Deadline of one attempt, in ms, body included; the method's default when undefined (default-deadline.ts). */
  timeoutMs: number | undefined;
  /** The largest body read (bounded-body.ts). */
  maxResponseBytes: number;
  baseUrl: string;
  tokens: Tokens;
  allowInsecureHttp: boolean;
}

export interface Transport {
  /** A whole call: every attempt, redirect and retry (exchange.ts). */
  send(request: WireRequest): Promise<Response>;
  /**
   * The first attempt of a plain call as fetch's own promise, after the token guard (which throws).
   * Undefined when the client is not plain: then every call is `send`. An outcome that is not final
   * (`isFinal`), or fetch's rejection, goes on with `resume`.
   */
  readonly attempt: ((request: WireRequest) => Promise<Response>) | undefined;
  /** The rest of a call after its first attempt. */
  resume(request: WireRequest, started: number, first: FirstAttempt): Promise<Response>;
}

/** The outcome of a plain call's first attempt, handed over when it needs more than one. */
export type FirstAttempt = { response: Response } | { error: unknown };

/** Whether an answer is final on a first attempt: a success, or a 4xx other than 429 (never retried). */
export function isFinal(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

export function createTransport(options: TransportOptions): Transport {
  const { tokens, retry } = options;
  const guard = tokens.present ? createTokenGuard(options.baseUrl, options.allowInsecureHttp) : undefined;
  const plain = tokens.fixed !== undefined || !tokens.present;
  const untimed = options.timeoutMs === undefined && (retry === false || retry.totalTimeoutMs === undefined);
  let full: Promise<ReturnType<typeof import("./exchange.js").createFullTransport>> | undefined;
  const whole = () => (full ??= import("./on-demand.js").then((onDemand) => onDemand.createFullTransport(options, guard)));
  const attempt =
    plain && untimed
      ? (request: WireRequest): Promise<Response> => {
          guard?.(request.url);
          const init: RequestInit = { method: request.method, headers: request.headers, redirect: request.redirect ?? "manual" };
          if (request.body !== null) init.body = request.body;
          if (request.signal !== undefined) init.signal = request.signal;
          return options.fetch(request.url, init);
        }
      : undefined;
  return {
    attempt,
    resume: async (request, started, first) => (await whole()).resume(request, started, first),
    send: async (request) => (await whole()).send(request),
  };
}
