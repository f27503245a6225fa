/**
 * The client's one way onto the wire, for the friendly methods and for `raw` alike: the token guard, the
 * token itself (asked inside the call's deadline and signal), same-origin redirects, per-attempt and
 * total deadlines, and retries (retry.ts decides). Every error it throws is redacted of the tokens in play.
 * fetch is called once per attempt with `(url, init)`, and a success without a per-attempt timeout is
 * handed on unread: the caller parses it once.
 */
import { createTokenGuard } from "./auth.js";
import { isTimeoutReason, startDeadline, type Deadline } from "./deadline.js";
import { apiErrorFromBody, AutomlOpsError, DeadlineError, NetworkError, type RequestTarget } from "./errors.js";
import { NEVER_ABORTED, OutgoingRequest, toOutgoingRequest } from "./outgoing-request.js";
import { redactError } from "./redact-error.js";
import { followSameOriginRedirects, isRedirect } from "./redirect.js";
import { backoffMs, isIdempotent, retryAfterMs, retryPolicy, type RetryOptions } from "./retry.js";
import { Code } from "./status.js";
import { untilAborted, type Tokens } from "./token.js";

/** What the transport sends: an OutgoingRequest (raw), or the friendly methods' plain description. */
export interface WireRequest {
  method: string;
  url: string;
  /** Sent as they are; a token from a function is added to a copy. */
  headers: Headers | Record<string, string>;
  /** A JSON string for this API, so every attempt can send it again. */
  body: BodyInit | null;
  /** The caller's signal; NEVER_ABORTED when there is none. */
  signal: AbortSignal;
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
  /** The same transport as a fetch, for openapi-fetch (`raw`). */
  fetch: typeof fetch;
}

const priorAttempts = new WeakMap<Response, Error[]>();

/** The errors met on the attempts before the one that produced this response. */
export function attemptsOf(response: Response): Error[] {
  return priorAttempts.get(response) ?? [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function withAuthorization(headers: Headers | Record<string, string>, authorization: string): Headers | Record<string, string> {
  if (!(headers instanceof Headers)) return { ...headers, Authorization: authorization };
  const copy = new Headers(headers);
  copy.set("Authorization", authorization);
  return copy;
}

export function createTransport(options: TransportOptions): Transport {
  const policy = retryPolicy(options.retry);
  const { tokens, timeoutMs, fetch: baseFetch } = options;
  const guard = tokens.present ? createTokenGuard(options.baseUrl, options.allowInsecureHttp) : undefined;
  const askEachCall = tokens.present && tokens.fixed === undefined;

  async function send(request: WireRequest): Promise<Response> {
    const errors: Error[] = [];
    let total: Deadline | undefined;
    try {
      guard?.(request.url);
      let target: RequestTarget | undefined;
      const where = () => (target ??= { method: request.method, url: request.url });
      const canRetry = isIdempotent(request);
      const started = Date.now();
      total = policy.timeFirstAttempt ? startDeadline(policy.totalTimeoutMs, request.signal) : undefined;
      const remainingMs = () => total?.remainingMs() ?? Math.max(0, (policy.totalTimeoutMs ?? Infinity) - (Date.now() - started));
      const overall = (cause: unknown) =>
        new DeadlineError(`${where().method} ${where().url}`, policy.totalTimeoutMs ?? 0, { cause, attempts: errors });
      let headers = askEachCall ? undefined : request.headers;
      for (let attempt = 1; ; attempt++) {
        const attemptMs = Math.min(timeoutMs ?? Infinity, remainingMs());
        // Without a per-attempt limit the total deadline is the attempt's: one timer, not two.
        const deadline = timeoutMs === undefined ? undefined : startDeadline(attemptMs, total?.signal ?? request.signal);
        let failure!: Error;
        let response: Response | undefined;
        try {
          if (headers === undefined) {
            let authorization = tokens.ask();
            if (typeof authorization !== "string") {
              // The token is part of the call: its deadline and signal, or the default budget, bound the wait.
              const forToken = deadline === undefined && total === undefined;
              if (forToken) total = startDeadline(remainingMs(), request.signal);
              authorization = await untilAborted(authorization, (deadline ?? total)!.signal);
              if (forToken) {
                total!.dispose();
                total = undefined;
              }
            }
            headers = withAuthorization(request.headers, authorization);
          }
          const init: RequestInit = { method: request.method, headers, redirect: request.redirect ?? "manual" };
          if (request.body !== null) init.body = request.body;
          const signal = deadline?.signal ?? total?.signal ?? (request.signal === NEVER_ABORTED ? undefined : request.signal);
          if (signal !== undefined) init.signal = signal;
          let received = await baseFetch(request.url, init);
          if (isRedirect(received.status)) received = await followSameOriginRedirects(received, request.url, init, baseFetch);
          // With a per-attempt timeout the body is read inside the attempt, so its deadline covers a
          // stalled body too; error bodies are read for the retry decision. A success without
          // timeoutMs is handed on unread: buffering it would cost more than the request's own parsing.
          // An opaque redirect (browsers, status 0) has no body and cannot be rebuilt.
          if (received.status < 200 || (received.ok && deadline === undefined)) response = received;
          else {
            const body = await received.arrayBuffer();
            const empty = received.status === 204 || received.status === 205 || received.status === 304;
            response = new Response(empty ? null : body, received);
          }
        } catch (error) {
          // The SDK's own errors (a token refused, a token function that failed, a guard a custom fetch
          // applies) are final: nothing was sent, and sending again would not change them.
          if (error instanceof AutomlOpsError) throw error;
          if (request.signal.aborted) throw request.signal.reason;
          if (total?.timedOut()) throw overall(error);
          if (deadline?.timedOut() || isTimeoutReason(error)) {
            failure = new DeadlineError(`${where().method} ${where().url} (attempt ${attempt})`, attemptMs, { cause: error });
          } else failure = new NetworkError(where(), error);
        } finally {
          deadline?.dispose();
        }
        let delayMs: number | undefined;
        if (response) {
          const status = response.status;
          if (status < 400 || (status < 500 && status !== 429) || attempt >= policy.maxAttempts || !canRetry) {
            return settled(response, errors);
          }
          const apiError = apiErrorFromBody(where(), status, parseJson(await response.clone().text()), [], tokens.secrets());
          if (!policy.retryCodes.has(apiError.code)) return settled(response, errors);
          failure = apiError;
          delayMs = retryAfterMs(response.headers.get("retry-after")) ?? apiError.retryDelayMs();
        }
        const giveUp = () => {
          if (response) return settled(response, errors);
          Object.assign(failure, { attempts: [...errors] });
          throw failure;
        };
        // Network errors are always worth another try on an idempotent call; a per-attempt timeout is
        // DEADLINE_EXCEEDED and follows retryCodes.
        const retryable = failure instanceof DeadlineError ? policy.retryCodes.has(Code.DEADLINE_EXCEEDED) : true;
        if (!canRetry || attempt >= policy.maxAttempts || !retryable) return giveUp();
        const wait = delayMs ?? backoffMs(policy, attempt);
        // Never start an attempt that cannot finish in time: give up with the real error instead.
        if (wait >= remainingMs()) return giveUp();
        errors.push(failure);
        try {
          total ??= startDeadline(remainingMs(), request.signal);
          await policy.sleep(wait, total.signal);
        } catch (reason) {
          if (request.signal.aborted) throw request.signal.reason;
          throw overall(reason);
        }
      }
    } catch (error) {
      throw redactError(error, tokens.secrets());
    } finally {
      total?.dispose();
    }
  }

  const fetchForRaw = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    // openapi-fetch hands over an OutgoingRequest: take it as it is, without an extra await.
    send(input instanceof OutgoingRequest && init === undefined ? input : await toOutgoingRequest(input, init));
  return { send, fetch: fetchForRaw as typeof fetch };
}

function settled(response: Response, errors: Error[]): Response {
  if (errors.length > 0) priorAttempts.set(response, errors);
  return response;
}
