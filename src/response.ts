/**
 * Turning an answer into a value or a typed error, for every friendly method: an error status becomes an
 * ApiError (a redirect left unfollowed says where it pointed), a success body must be a JSON object
 * (and, with `validateResponses`, match the spec).
 */
import { apiErrorFromBody, ResponseValidationError, type RequestTarget } from "./errors.js";
import { redactSecrets } from "./redact.js";
import { attemptsOf } from "./transport.js";
import type { ResponseChecker, ResponseSchema } from "./validation.js";

/** An answer as openapi-fetch gives it with `parseAs: "text"`: the body text, or the error body parsed. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Reads a response as openapi-fetch would (`parseAs: "text"`), for calls that did not go through it. */
export async function readResult(response: Response): Promise<RawResult> {
  const text = await response.text();
  if (response.ok) return { data: text, response };
  try {
    return { error: JSON.parse(text), response };
  } catch {
    return { error: text, response };
  }
}

export interface Finisher {
  /** The tokens in play, taken out of any body text an error keeps. */
  secrets(): readonly string[];
  /** The response checker, when responses are validated. */
  checker: (() => Promise<ResponseChecker>) | undefined;
}

/** Checks and parses a result; `where` names the call (built only when an error needs it). */
export async function finish<T>(where: () => RequestTarget, schema: ResponseSchema, result: RawResult, context: Finisher): Promise<T> {
  const { response } = result;
  if (!response.ok) {
    const target = where();
    const location = response.headers.get("location");
    // Browsers report a redirect left unfollowed ("manual") as an opaque response with status 0.
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400 && location !== null)) {
      const to = location === null ? "another origin" : new URL(location, target.url).origin;
      const body = { error: { message: `redirect to ${to} not followed: the token stays with its origin` } };
      throw apiErrorFromBody(target, response.status, body, attemptsOf(response));
    }
    throw apiErrorFromBody(target, response.status, result.error, attemptsOf(response), context.secrets());
  }
  const text = typeof result.data === "string" ? result.data : "";
  let body: unknown = schema === "Empty" && text === "" ? {} : undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ResponseValidationError(where(), ["body is not JSON"], redactSecrets(text, context.secrets()).slice(0, 200));
    }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ResponseValidationError(where(), [`body is not a JSON object`], body);
  }
  if (context.checker) {
    const problems = (await context.checker())(schema, body);
    if (problems) throw new ResponseValidationError(where(), problems, body);
  }
  return body as T;
}
