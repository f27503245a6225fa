/**
 * The client's one way onto the wire, for the friendly methods and for `raw` alike. A plain call (a fixed
 * token or none, no per-attempt timeout, no total deadline set) is sent here, once, after the token
 * guard; when it succeeds, or fails in a way no retry changes, that is all. Everything else (retries,
 * redirects, deadlines, a token function) is exchange.ts, loaded (on-demand.ts) the first time a call
 * needs it, so the entry bundle stays small and a plain call adds little to fetch's own work
 * (bench/sdk-throughput.ts). The friendly methods await a plain call's first attempt themselves
 * (`attempt`), and so add no promise of the transport's own to each call.
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
  /** Deadline of one attempt, in ms, body included; none when undefined (then deadlines end at the headers). */
  timeoutMs: number | undefined;
  baseUrl: string;
  tokens: Tokens;
  allowInsecureHttp: boolean;
}

export interface Transport {
  send(request: WireRequest): Promise<Response>;
  /**
   * The first attempt of a plain call as fetch's own promise, after the token guard (which throws), for a
   * caller that awaits it itself and so adds no promise of its own to each call (client.ts: a layer less
   * is about 1% of a local `get`, bench/sdk-throughput.ts). Undefined when every call needs the whole
   * transport. An outcome that is not final (`isFinal`) goes on with `resume`.
   */
  readonly attempt: ((request: WireRequest) => Promise<Response>) | undefined;
  /** The rest of a call after its first attempt (exchange.ts: retries, redirects), loaded on first need. */
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
  const resume = async (request: WireRequest, started: number, first: FirstAttempt) => (await whole()).resume(request, started, first);
  return {
    attempt,
    resume,
    async send(request) {
      if (attempt === undefined) return (await whole()).send(request);
      const started = Date.now();
      const pending = attempt(request);
      let response: Response;
      try {
        response = await pending;
      } catch (error) {
        return resume(request, started, { error });
      }
      return isFinal(response.status) ? response : resume(request, started, { response });
    },
  };
}
