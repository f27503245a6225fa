/**
 * The errors an answer turns into: an ApiError from any error body, a redirect left unfollowed, a
 * success that is not JSON. Part of the error path (on-demand.ts), so loaded with the first error.
 * `secrets` are taken out of a body before it is cut short, so no part of a token survives at the cut.
 */
import { ApiError, ResponseValidationError, type RequestTarget } from "./errors.js";
import type { Any } from "./options.js";
import { redactSecrets } from "./redact.js";
import { codeFromHttpStatus, codeName, codeNumber } from "./status.js";
import { attemptsOf } from "./retry.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Builds an ApiError from any error body. An AIP-193 envelope gives code, status and details; anything
 * else (an HTML page from a proxy, an empty 502) maps the HTTP status to a code (status.ts).
 */
export function apiErrorFromBody(
  target: RequestTarget,
  httpStatus: number,
  body: unknown,
  attempts: Error[] = [],
  secrets: readonly string[] = [],
): ApiError {
  const envelope = isRecord(body) && isRecord(body["error"]) ? body["error"] : undefined;
  const statusName = typeof envelope?.["status"] === "string" ? envelope["status"] : undefined;
  const code = (statusName !== undefined ? codeNumber(statusName) : undefined) ?? codeFromHttpStatus(httpStatus);
  const details = Array.isArray(envelope?.["details"]) ? (envelope["details"] as Any[]) : [];
  let message: string;
  if (typeof envelope?.["message"] === "string") message = envelope["message"];
  else if (typeof body === "string" && body.length > 0) message = `non-envelope body: ${redactSecrets(body, secrets).slice(0, 200)}`;
  else message = "response carried no error envelope";
  return new ApiError({
    target,
    httpStatus,
    code,
    status: statusName ?? codeName(code) ?? "UNKNOWN",
    message,
    details,
    attempts,
  });
}

/** The ApiError of an answer that is not a success (`error`: its body, parsed when it was JSON). */
export function answerError(target: RequestTarget, response: Response, error: unknown, secrets: readonly string[]): ApiError {
  const location = response.headers.get("location");
  // Browsers report a redirect left unfollowed ("manual") as an opaque response with status 0.
  if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400 && location !== null)) {
    const to = location === null ? "another origin" : new URL(location, target.url).origin;
    const body = { error: { message: `redirect to ${to} not followed: the token stays with its origin` } };
    return apiErrorFromBody(target, response.status, body, attemptsOf(response));
  }
  return apiErrorFromBody(target, response.status, error, attemptsOf(response), secrets);
}

/** A success whose body is not JSON; the body is kept, cut to 200 characters. */
export function notJsonError(target: RequestTarget, text: string, secrets: readonly string[]): ResponseValidationError {
  return new ResponseValidationError(target, ["body is not JSON"], redactSecrets(text, secrets).slice(0, 200));
}
