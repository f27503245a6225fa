/**
 * The SDK's error family: flat, one level under `AutomlOpsError`, so `instanceof` reads plainly.
 * No error keeps request headers, so no message, `toString()` or JSON form can carry the token.
 */
import type { components } from "../generated/schema.js";
import { codeName } from "./status.js";
import { parseDurationMs } from "./duration.js";

type Any = components["schemas"]["Any"];
type Status = components["schemas"]["Status"];
type Operation = components["schemas"]["Operation"];

/** google.rpc.ErrorInfo: why an error happened, machine-readable (AIP-193). */
export interface ErrorInfo {
  reason?: string;
  domain?: string;
  metadata?: Record<string, string>;
}

const ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo";
const RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

function findDetail(details: readonly Any[], typeUrl: string): Any | undefined {
  return details.find((d) => d["@type"] === typeUrl);
}

function errorInfoOf(details: readonly Any[]): ErrorInfo | undefined {
  const d = findDetail(details, ERROR_INFO);
  if (!d) return undefined;
  const { "@type": _type, ...info } = d;
  return info as ErrorInfo;
}

function retryDelayOf(details: readonly Any[]): number | undefined {
  const delay = findDetail(details, RETRY_INFO)?.["retryDelay"];
  return typeof delay === "string" ? parseDurationMs(delay) : undefined;
}

/** Base class of every error the SDK throws. */
export class AutomlOpsError extends Error {
  override name = "AutomlOpsError";
  /** A plain form for logs: name, message and the error's own fields (none holds a request header). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** Where a request went: the method name and the URL, never its headers. */
export interface RequestTarget {
  method: string;
  url: string;
}

/** The server answered with an error status; the google.rpc.Status is kept whole. */
export class ApiError extends AutomlOpsError {
  override name = "ApiError";
  /** The HTTP status of the response. */
  declare readonly httpStatus: number;
  /** The google.rpc.Code number. */
  declare readonly code: number;
  /** The google.rpc.Code name (the server's, even when unknown to this SDK). */
  declare readonly status: string;
  /** Every detail, unknown `@type`s included, as received. */
  declare readonly details: Any[];
  declare readonly method: string;
  declare readonly url: string;
  /** Errors met on earlier attempts of the same call, oldest first. */
  declare readonly attempts: Error[];
  /** The server's own message, without the method and URL prefix. */
  declare readonly serverMessage: string;

  constructor(init: {
    target: RequestTarget;
    httpStatus: number;
    code: number;
    status: string;
    message: string;
    details?: Any[];
    attempts?: Error[];
  }) {
    super(`${init.target.method} ${init.target.url}: ${init.status} (HTTP ${init.httpStatus}): ${init.message}`);
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.status = init.status;
    this.serverMessage = init.message;
    this.details = init.details ?? [];
    this.method = init.target.method;
    this.url = init.target.url;
    this.attempts = init.attempts ?? [];
  }

  /** The google.rpc.ErrorInfo detail, if the server sent one. */
  errorInfo(): ErrorInfo | undefined {
    return errorInfoOf(this.details);
  }

  /** The google.rpc.RetryInfo delay in milliseconds, if the server sent one. */
  retryDelayMs(): number | undefined {
    return retryDelayOf(this.details);
  }
}

/**
 * What a network failure was, from the innermost cause: undici's fetch rejects with a bare
 * `TypeError: fetch failed` whose `cause` holds the reason (`connect ECONNREFUSED 127.0.0.1:9`,
 * `Headers Overflow`, `UND_ERR_SOCKET`), sometimes an AggregateError with a code and no message.
 */
export function networkCause(error: unknown): string {
  let current: unknown = error;
  let described = current instanceof Error ? current.message : String(current);
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    const message = current.message || (current instanceof AggregateError ? String((current.errors[0] as Error | undefined)?.message ?? "") : "");
    const named = typeof code === "string" && code !== "" && !message.includes(code) ? `${code}${message ? `: ${message}` : ""}` : message;
    if (named !== "") described = named;
    current = current.cause;
  }
  return described;
}

/** The request never got an HTTP answer (DNS, refused connection, reset); the message names the cause. */
export class NetworkError extends AutomlOpsError {
  override name = "NetworkError";
  declare readonly method: string;
  declare readonly url: string;
  declare readonly attempts: Error[];
  constructor(target: RequestTarget, cause: unknown, attempts: Error[] = []) {
    super(`${target.method} ${target.url}: network error: ${networkCause(cause)}`, { cause });
    this.method = target.method;
    this.url = target.url;
    this.attempts = attempts;
  }
}

/**
 * An answer's body passed the client's `maxResponseBytes` (counted after decoding); the read was
 * cancelled there, so memory stays bounded whatever the server sends.
 */
export class ResponseTooLargeError extends AutomlOpsError {
  override name = "ResponseTooLargeError";
  declare readonly method: string;
  declare readonly url: string;
  declare readonly maxBytes: number;
  /** The Content-Length the server declared, when that alone was past the cap. */
  declare readonly declaredBytes: number | undefined;
  constructor(target: RequestTarget, maxBytes: number, declaredBytes?: number) {
    const what = declaredBytes === undefined ? "more than" : `Content-Length ${declaredBytes}, more than`;
    super(`${target.method} ${target.url}: response body too large: ${what} ${maxBytes} bytes (maxResponseBytes)`);
    this.method = target.method;
    this.url = target.url;
    this.maxBytes = maxBytes;
    this.declaredBytes = declaredBytes;
  }
}

/** An answer's JSON nests deeper than the SDK reads (json-depth.ts), refused before anything walks it. */
export class ResponseTooDeepError extends AutomlOpsError {
  override name = "ResponseTooDeepError";
  declare readonly method: string;
  declare readonly url: string;
  declare readonly maxDepth: number;
  constructor(target: RequestTarget, maxDepth: number) {
    super(`${target.method} ${target.url}: response JSON nested deeper than ${maxDepth} levels`);
    this.method = target.method;
    this.url = target.url;
    this.maxDepth = maxDepth;
  }
}

/** A deadline passed: per attempt, over all attempts, or while polling an operation. */
export class DeadlineError extends AutomlOpsError {
  override name = "DeadlineError";
  declare readonly timeoutMs: number;
  declare readonly attempts: Error[];
  /** The last state seen, when the deadline passed while polling. */
  declare readonly lastOperation: Operation | undefined;
  constructor(
    what: string,
    timeoutMs: number,
    extra: { cause?: unknown; attempts?: Error[]; lastOperation?: Operation } = {},
  ) {
    super(`${what}: deadline of ${timeoutMs} ms exceeded`, extra.cause === undefined ? {} : { cause: extra.cause });
    this.timeoutMs = timeoutMs;
    this.attempts = extra.attempts ?? [];
    this.lastOperation = extra.lastOperation;
  }
}

/** An operation finished with `error`; the Status is kept whole, details included (gax drops them). */
export class OperationError extends AutomlOpsError {
  override name = "OperationError";
  declare readonly operation: Operation;
  declare readonly code: number;
  declare readonly status: string;
  declare readonly details: Any[];
  declare readonly serverMessage: string;
  constructor(operation: Operation & { error: Status }) {
    const code = operation.error.code ?? 2;
    const status = codeName(code) ?? "UNKNOWN";
    const message = operation.error.message ?? "";
    super(`operation ${operation.name ?? "(unnamed)"} failed: ${status}: ${message}`);
    this.operation = operation;
    this.code = code;
    this.status = status;
    this.details = operation.error.details ?? [];
    this.serverMessage = message;
  }
  errorInfo(): ErrorInfo | undefined {
    return errorInfoOf(this.details);
  }
  retryDelayMs(): number | undefined {
    return retryDelayOf(this.details);
  }
}

/** A resource name is malformed; thrown before anything is sent. */
export class InvalidNameError extends AutomlOpsError {
  override name = "InvalidNameError";
  declare readonly input: string;
  constructor(input: unknown, reason: string) {
    super(`invalid resource name ${JSON.stringify(String(input))}: ${reason}`);
    this.input = String(input);
  }
}

/** An option or argument has a value the API cannot take; thrown before anything is sent. */
export class InvalidOptionError extends AutomlOpsError {
  override name = "InvalidOptionError";
  declare readonly option: string;
  /** `secret`: the value is a secret (a token) and is described, never shown. */
  constructor(option: string, value: unknown, expected: string, secret?: { problem: string }) {
    const shown = secret ? secret.problem : (JSON.stringify(value) ?? String(value));
    super(`invalid ${option}: ${shown} (expected ${expected})`);
    this.option = option;
  }
}

/** The token would travel in clear text to a host that is not loopback; thrown before sending. */
export class InsecureTransportError extends AutomlOpsError {
  override name = "InsecureTransportError";
  declare readonly url: string;
  constructor(url: string) {
    super(
      `refusing to send a token over plain http to ${url}; use https, a loopback host, or allowInsecureHttp: true`,
    );
    this.url = url;
  }
}

/** A success body broke the spec (checked with `validateResponses`, or not JSON at all). */
export class ResponseValidationError extends AutomlOpsError {
  override name = "ResponseValidationError";
  declare readonly method: string;
  declare readonly url: string;
  /** The validator's findings, as `instancePath: message` lines. */
  declare readonly problems: string[];
  declare readonly body: unknown;
  constructor(target: RequestTarget, problems: string[], body: unknown) {
    super(`${target.method} ${target.url}: response breaks the spec: ${problems.join("; ")}`);
    this.method = target.method;
    this.url = target.url;
    this.problems = problems;
    this.body = body;
  }
}

/** The `token` function threw or rejected; its error is the `cause` (without the token in it). */
export class TokenError extends AutomlOpsError {
  override name = "TokenError";
  constructor(cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`the token function failed: ${why}`, { cause });
  }
}

/** google-auth-library could not be loaded, found no credentials, or gave no token. */
export class GoogleAuthError extends AutomlOpsError {
  override name = "GoogleAuthError";
}
