/**
 * The fake's error catalogue. Every error the fake answers is built here, by one factory
 * (`statusError`) from a google.rpc.Code, into the AIP-193 envelope
 * `{"error": {code: <HTTP status>, message, status: <Code name>, details}}`. Tests build the expected
 * body from the same entries, so the server and its tests cannot drift apart.
 */
import type { components } from "../../generated/schema.js";
import { Code, codeName, httpStatusOf, type CodeNumber } from "../status.js";
import { formatDurationMs } from "../duration.js";

export type Any = components["schemas"]["Any"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];

/** The domain of ErrorInfo details, as the real service writes it. */
export const ERROR_DOMAIN = "automl.googleapis.com";

/** A field and what is wrong with it, for a google.rpc.BadRequest detail. */
export interface FieldViolation {
  field?: string;
  description: string;
}

/** An error the fake answers with: a google.rpc.Status plus the HTTP headers that go with it. */
export class FakeError extends Error {
  override readonly name = "FakeError";
  constructor(
    readonly code: CodeNumber,
    message: string,
    readonly details: readonly Any[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  /** The HTTP status of the response (AIP-193). */
  get httpStatus(): number {
    return httpStatusOf(this.code);
  }

  /**
   * The response body. `httpStatus` overrides the status AIP-193 maps the code to, for the one answer
   * outside any method that HTTP names itself: 408 to a request that did not arrive in time.
   */
  toEnvelope(httpStatus = this.httpStatus): ErrorResponse {
    const error: ErrorResponse["error"] = {
      code: httpStatus,
      message: this.message,
      status: codeName(this.code) ?? "UNKNOWN",
    };
    if (this.details.length > 0) error.details = [...this.details];
    return { error };
  }
}

/** The one factory: an error of `code` with `message` and optional details and headers. */
export function statusError(
  code: CodeNumber,
  message: string,
  options: { details?: readonly Any[]; headers?: Record<string, string> } = {},
): FakeError {
  return new FakeError(code, message, options.details ?? [], options.headers ?? {});
}

/** A short rendering of a client's value for a message: strings quoted and cut, anything else by type. */
function quote(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "an array" : "an object";
}

function badRequest(message: string, violations: readonly FieldViolation[]): FakeError {
  return statusError(Code.INVALID_ARGUMENT, message, {
    details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [...violations] }],
  });
}

function retryable(code: CodeNumber, message: string, retryAfterMs: number, reason: string): FakeError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return statusError(code, message, {
    // RFC 9110 §10.2.3: Retry-After in whole seconds; RetryInfo carries the same delay (AIP-193).
    headers: { "retry-after": String(seconds) },
    details: [
      { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: formatDurationMs(seconds * 1000) },
      { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason, domain: ERROR_DOMAIN, metadata: {} },
    ],
  });
}

/** The catalogue: one entry per situation, each naming what was wrong. */
export const errors = {
  operationNotFound: (name: string) =>
    statusError(Code.NOT_FOUND, `Operation ${name} not found.`, {
      details: [{ "@type": "type.googleapis.com/google.rpc.ResourceInfo", resourceType: "operation", resourceName: name }],
    }),
  unknownPath: (method: string, path: string) =>
    statusError(Code.NOT_FOUND, `No method ${method} ${path} in automl.googleapis.com v1beta1 operations.`),
  // AIP-127: a verb and path that bind no RPC match no method at all, which Google's front end answers
  // NOT_FOUND; UNIMPLEMENTED would claim the method exists but is switched off (the spec's 501 for a
  // server without cancel or wait).
  methodNotAllowed: (method: string, path: string, allowed: readonly string[]) =>
    statusError(Code.NOT_FOUND, `No method ${method} ${path}; this path answers ${allowed.join(", ")}.`, {
      headers: { allow: allowed.join(", ") },
    }),
  malformedName: (field: string, value: string, reason: string) =>
    badRequest(`Invalid resource name: ${field} ${JSON.stringify(value)} ${reason}.`, [
      { field, description: reason },
    ]),
  malformedEscape: (path: string) =>
    badRequest(`Malformed percent-escape in the URL path ${JSON.stringify(path)}.`, [
      { field: "name", description: "malformed percent-escape" },
    ]),
  malformedQueryEscape: (rawName: string) =>
    badRequest(`Malformed percent-escape in the query parameter ${quote(rawName)}.`, [{ field: rawName, description: "malformed percent-escape" }]),
  malformedJson: (reason: string) =>
    badRequest(`Invalid JSON payload received. ${reason}`, [{ description: `Invalid JSON payload received. ${reason}` }]),
  bodyNotAnObject: () =>
    badRequest("Invalid JSON payload received. The request body must be a JSON object.", [
      { description: "the request body must be a JSON object" },
    ]),
  unknownBodyField: (field: string) =>
    badRequest(`Invalid JSON payload received. Unknown name ${JSON.stringify(field)}: Cannot find field.`, [
      { field, description: `Invalid JSON payload received. Unknown name ${JSON.stringify(field)}: Cannot find field.` },
    ]),
  bodyNotAllowed: (method: string) =>
    badRequest(`The ${method} method takes no request body.`, [{ description: "request body must be empty" }]),
  unsupportedContentType: (type: string) =>
    badRequest(`Unsupported Content-Type ${JSON.stringify(type)}: send application/json.`, [
      { description: "Content-Type must be application/json" },
    ]),
  bodyTooLarge: (limit: number) =>
    badRequest(`The request body exceeds the limit of ${limit} bytes.`, [{ description: `at most ${limit} bytes` }]),
  bodyIncomplete: () => badRequest("The request body ended before its declared length.", [{ description: "incomplete body" }]),
  nestedTooDeep: (max: number) =>
    badRequest(`Invalid JSON payload received. The value is nested deeper than ${max} levels.`, [
      { description: `arrays and objects nest at most ${max} deep` },
    ]),
  invalidDuration: (value: unknown) =>
    badRequest(
      `Invalid value at 'timeout' (google.protobuf.Duration): ${quote(value)}; expected seconds with up to nine fractional digits and 's', such as "3.5s".`,
      [{ field: "timeout", description: "invalid google.protobuf.Duration" }],
    ),
  invalidPageSize: (value: string, reason: string) =>
    badRequest(`Invalid pageSize ${JSON.stringify(value)}: ${reason}.`, [{ field: "page_size", description: reason }]),
  invalidPageToken: (reason: string) =>
    badRequest(`Invalid pageToken: ${reason}.`, [{ field: "page_token", description: reason }]),
  invalidFilter: (filter: string, reason: string) =>
    badRequest(`Invalid filter ${JSON.stringify(filter)}: ${reason}.`, [{ field: "filter", description: reason }]),
  unknownQueryParameter: (name: string) =>
    badRequest(`Invalid query parameter ${JSON.stringify(name)}: Cannot bind query parameter.`, [
      { field: name, description: "unknown query parameter" },
    ]),
  repeatedQueryParameter: (name: string) =>
    badRequest(`Query parameter ${JSON.stringify(name)} is given more than once.`, [
      { field: name, description: "given more than once" },
    ]),
  unsupportedParameterValue: (name: string, value: string) =>
    badRequest(`Invalid value ${quote(value)} for the query parameter ${JSON.stringify(name)}.`, [
      { field: name, description: "value not served" },
    ]),
  invalidFields: (fields: string, reason: string) =>
    badRequest(`Invalid field selection ${quote(fields)}: ${reason}.`, [{ field: "fields", description: reason }]),
  locationUnreachable: (parent: string) =>
    statusError(Code.UNAVAILABLE, `The location ${parent} cannot be reached; list with returnPartialSuccess=true to get what can be.`, {
      headers: { "retry-after": "1" },
    }),
  corsOriginRefused: (origin: string) =>
    statusError(Code.PERMISSION_DENIED, `Cross-origin requests from ${quote(origin)} are not allowed by this server (see --cors-origin).`),
  // The DNS-rebinding guard's refusal (allowed-hosts.ts): PERMISSION_DENIED, so the envelope keeps
  // AIP-193's mapping (403), as a front end answers a host it does not serve.
  hostNotServed: (authority: string) =>
    statusError(Code.PERMISSION_DENIED, `This server does not serve the host ${quote(authority)}; name it with --allowed-host (option allowedHosts) if it is yours.`),
  controlCrossOrigin: (origin: string) =>
    statusError(Code.PERMISSION_DENIED, `The control routes take no request from another site (Origin ${quote(origin)}).`),
  unparsableRequest: (reason: string) =>
    badRequest(`The HTTP request could not be parsed: ${reason}.`, [{ description: reason }]),
  badHost: (reason: string) => badRequest(`Invalid Host: the request has ${reason} (RFC 9112 §3.2).`, [{ field: "Host", description: reason }]),
  unsupportedExpectation: (expect: string) =>
    badRequest(`Unsupported Expect ${quote(expect)}: only 100-continue is understood.`, [{ field: "Expect", description: "only 100-continue" }]),
  requestTimeout: (headersMs: number, requestMs: number) =>
    statusError(
      Code.DEADLINE_EXCEEDED,
      `The request did not arrive in time: headers are awaited ${headersMs} ms and the whole request ${requestMs} ms.`,
    ),
  tooManyConnections: (limit: number) =>
    statusError(Code.UNAVAILABLE, `The server holds its limit of ${limit} connections; retry after the advertised delay.`, {
      headers: { "retry-after": "1", connection: "close" },
      details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "1s" }],
    }),
  unauthenticated: () =>
    statusError(
      Code.UNAUTHENTICATED,
      "Request is missing required authentication credential. Expected OAuth 2 access token in the Authorization header as 'Bearer <token>'.",
      { headers: { "www-authenticate": 'Bearer realm="https://accounts.google.com/"' } },
    ),
  unavailable: (retryAfterMs: number) =>
    retryable(Code.UNAVAILABLE, "The service is currently unavailable.", retryAfterMs, "SERVICE_UNAVAILABLE"),
  rateLimited: (retryAfterMs: number) =>
    retryable(Code.RESOURCE_EXHAUSTED, "Quota exceeded for automl.googleapis.com requests per minute.", retryAfterMs, "RATE_LIMIT_EXCEEDED"),
  internal: (message: string, debug: readonly string[] = []) =>
    statusError(Code.INTERNAL, message, {
      details: [{ "@type": "type.googleapis.com/google.rpc.DebugInfo", stackEntries: [...debug], detail: message }],
    }),
  controlDisabled: () => statusError(Code.NOT_FOUND, "The control route is off; start the fake with control: true."),
  invalidControlRequest: (reason: string) => badRequest(`Invalid control request: ${reason}.`, [{ description: reason }]),
} as const;

/** The catalogue's error for anything thrown that is not a FakeError: a bug in the fake, reported as such. */
export function asFakeError(thrown: unknown): FakeError {
  if (thrown instanceof FakeError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return errors.internal(`Internal error in the fake: ${message}`);
}
