/**
 * The whole transport (transport.ts sends plain calls itself and hands everything else here, loaded on
 * first need): the token from a function (asked inside the call's deadline and signal), same-origin
 * redirects, per-attempt and total deadlines, and retries (retry.ts decides). Every error it throws is
 * redacted of the tokens in play. fetch is called once per attempt with `(url, init)`, and a success
 * without a per-attempt timeout is handed on unread: the caller parses it once.
 */
import { isTimeoutReason, startDeadline, untilAborted, type Deadline } from "./deadline.js";
import { apiErrorFromBody } from "./answer-error.js";
import { AutomlOpsError, DeadlineError, NetworkError, type RequestTarget } from "./errors.js";
import { redactError } from "./redact-error.js";
import { followSameOriginRedirects, isRedirect } from "./redirect.js";
import { readBoundedBytes, watchSignal } from "./bounded-body.js";
import { attemptTimeoutMs } from "./default-deadline.js";
import { isIdempotent, remember, retryAfterMs } from "./retry.js";
import { backoffMs, retryPolicy, type RetryPolicy } from "./retry-policy.js";
import { Code } from "./status.js";
import type { Tokens } from "./token.js";
import type { FirstAttempt, TransportOptions, WireRequest } from "./transport.js";

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

/** What every call of one client shares. */
interface Context {
  policy: RetryPolicy;
  tokens: Tokens;
  /** The caller's per-attempt deadline; each method's default when undefined (default-deadline.ts). */
  timeoutMs: number | undefined;
  maxResponseBytes: number;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  guard: ((url: string) => void) | undefined;
  /** Whether the token comes from a function, asked once per call. */
  askEachCall: boolean;
}

/**
 * One call across its attempts. Its state lives on an object and its helpers on the prototype, so a call
 * that succeeds at once builds no closures: per-call functions were a visible share of a local `get`.
 */
class Exchange {
  total: Deadline | undefined = undefined;
  /** Errors met on earlier attempts, oldest first. */
  readonly errors: Error[] = [];
  private target: RequestTarget | undefined = undefined;

  constructor(
    readonly context: Context,
    readonly request: WireRequest,
    /** When the call started (a plain call's first attempt may have run already). */
    readonly started: number,
    /** The outcome of that first attempt, when it ran. */
    private first: FirstAttempt | undefined,
  ) {}

  where(): RequestTarget {
    return (this.target ??= { method: this.request.method, url: this.request.url });
  }

  /** What is left of the call's budget, in ms (Infinity without one). */
  remainingMs(): number {
    return this.total?.remainingMs() ?? Math.max(0, (this.context.policy.totalTimeoutMs ?? Infinity) - (Date.now() - this.started));
  }

  /** The call's budget ran out. */
  overall(cause: unknown): DeadlineError {
    const { method, url } = this.where();
    return new DeadlineError(`${method} ${url}`, this.context.policy.totalTimeoutMs ?? 0, { cause, attempts: this.errors });
  }

  /** The Authorization value from the token function, waited for inside the attempt's deadline. */
  async authorize(deadline: Deadline | undefined): Promise<Headers | Record<string, string>> {
    let authorization = this.context.tokens.ask();
    if (typeof authorization !== "string") {
      // The token is part of the call: its deadline and signal, or the default budget, bound the wait.
      const forToken = deadline === undefined && this.total === undefined;
      if (forToken) this.total = startDeadline(this.remainingMs(), this.request.signal);
      authorization = await untilAborted(authorization, (deadline ?? this.total)!.signal);
      if (forToken) {
        this.total!.dispose();
        this.total = undefined;
      }
    }
    return withAuthorization(this.request.headers, authorization);
  }

  async run(): Promise<Response> {
    const { context, request, errors } = this;
    const { policy, timeoutMs } = context;
    try {
      if (this.first === undefined) context.guard?.(request.url);
      if (policy.timeFirstAttempt) this.total = startDeadline(policy.totalTimeoutMs, request.signal);
      const canRetry = isIdempotent(request);
      let headers = context.askEachCall ? undefined : request.headers;
      for (let attempt = 1; ; attempt++) {
        let attemptMs = Math.min(attemptTimeoutMs(timeoutMs, request.url), this.remainingMs());
        // A caller's timeoutMs bounds the token function too; the default deadline starts once the token
        // is in, so a slow token function is bounded by the call's budget (authorize) alone.
        let deadline = timeoutMs === undefined ? undefined : startDeadline(attemptMs, this.total?.signal ?? request.signal);
        let failure!: Error;
        let response: Response | undefined;
        try {
          headers ??= await this.authorize(deadline);
          if (deadline === undefined) {
            attemptMs = Math.min(attemptMs, this.remainingMs());
            deadline = startDeadline(attemptMs, this.total?.signal ?? request.signal);
          }
          const init: RequestInit = { method: request.method, headers, redirect: request.redirect ?? "manual" };
          if (request.body !== null) init.body = request.body;
          init.signal = deadline.signal;
          let received: Response;
          const first = this.first;
          this.first = undefined;
          if (first === undefined) received = await context.fetch(request.url, init);
          else if ("error" in first) throw first.error;
          else received = first.response;
          if (isRedirect(received.status)) received = await followSameOriginRedirects(received, request.url, init, context.fetch);
          // The body is read inside the attempt, so its deadline covers a stalled body too, and within
          // maxResponseBytes (bounded-body.ts); error bodies are read for the retry decision. An opaque
          // redirect (browsers, status 0) has no body and cannot be rebuilt.
          if (received.status < 200) response = received;
          else {
            const body = await readBoundedBytes(received, context.maxResponseBytes, this.where(), watchSignal(deadline.signal));
            const empty = received.status === 204 || received.status === 205 || received.status === 304;
            response = new Response(empty ? null : body, received);
          }
        } catch (error) {
          // The SDK's own errors (a token refused, a token function that failed, a guard a custom fetch
          // applies) are final: nothing was sent, and sending again would not change them.
          if (error instanceof AutomlOpsError) throw error;
          if (request.signal?.aborted) throw request.signal.reason;
          if (this.total?.timedOut()) throw this.overall(error);
          const { method, url } = this.where();
          failure =
            deadline?.timedOut() || isTimeoutReason(error)
              ? new DeadlineError(`${method} ${url} (attempt ${attempt})`, attemptMs, { cause: error })
              : new NetworkError({ method, url }, error);
        } finally {
          deadline?.dispose();
        }
        let delayMs: number | undefined;
        if (response) {
          const status = response.status;
          if (status < 400 || (status < 500 && status !== 429) || attempt >= policy.maxAttempts || !canRetry) {
            return remember(response, errors);
          }
          const apiError = apiErrorFromBody(this.where(), status, parseJson(await response.clone().text()), [], context.tokens.secrets());
          if (!policy.retryCodes.has(apiError.code)) return remember(response, errors);
          failure = apiError;
          delayMs = retryAfterMs(response.headers.get("retry-after")) ?? apiError.retryDelayMs();
        }
        // Network errors are always worth another try on an idempotent call; a per-attempt timeout is
        // DEADLINE_EXCEEDED and follows retryCodes.
        const retryable = failure instanceof DeadlineError ? policy.retryCodes.has(Code.DEADLINE_EXCEEDED) : true;
        const wait = !canRetry || attempt >= policy.maxAttempts || !retryable ? Infinity : (delayMs ?? backoffMs(policy, attempt));
        // Never start an attempt that cannot finish in time: give up with the real error instead.
        if (wait >= this.remainingMs()) {
          if (response) return remember(response, errors);
          Object.assign(failure, { attempts: [...errors] });
          throw failure;
        }
        errors.push(failure);
        try {
          this.total ??= startDeadline(this.remainingMs(), request.signal);
          await policy.sleep(wait, this.total.signal);
        } catch (reason) {
          if (request.signal?.aborted) throw request.signal.reason;
          throw this.overall(reason);
        }
      }
    } catch (error) {
      throw redactError(error, context.tokens.secrets());
    } finally {
      this.total?.dispose();
    }
  }
}

/**
 * The whole transport of a client; `resume` carries on a plain call after its first attempt. `guard` is
 * the client's token guard (auth.ts), undefined without a token.
 */
export function createFullTransport(
  options: TransportOptions,
  guard: ((url: string) => void) | undefined,
): {
  send(request: WireRequest): Promise<Response>;
  resume(request: WireRequest, started: number, first: FirstAttempt): Promise<Response>;
} {
  const { tokens } = options;
  const context: Context = {
    policy: retryPolicy(options.retry),
    tokens,
    timeoutMs: options.timeoutMs,
    maxResponseBytes: options.maxResponseBytes,
    fetch: options.fetch,
    guard,
    askEachCall: tokens.present && tokens.fixed === undefined,
  };
  return {
    send: (request) => new Exchange(context, request, Date.now(), undefined).run(),
    resume: (request, started, first) => new Exchange(context, request, started, first).run(),
  };
}
