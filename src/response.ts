/**
 * Turning an answer into a value or a typed error, for every friendly method: a success body must be a
 * JSON object (and, with `validateResponses`, match the spec); anything else becomes an error built by
 * answer-error.ts, loaded with the first one. A success without validation is finished without
 * another promise.
 */
import { ResponseValidationError, type RequestTarget } from "./errors.js";
import type { ResponseChecker, ResponseSchema } from "./validation.js";
import { readBoundedText, type BodyWatch } from "./bounded-body.js";
import { checkJsonDepth, checkValueDepth } from "./json-depth.js";

/** An answer as openapi-fetch gives it with `parseAs: "text"`: the body text, or the error body parsed. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  /** The body was read here (readResult), its depth checked already. */
  checked?: true;
}

export interface Finisher {
  /** The tokens in play, taken out of any body text an error keeps. */
  secrets(): readonly string[];
  /** The response checker, when responses are validated. */
  checker: (() => Promise<ResponseChecker>) | undefined;
  /** The error path (on-demand.ts). */
  onDemand(): Promise<typeof import("./on-demand.js")>;
}

/**
 * Reads a response as openapi-fetch would (`parseAs: "text"`), for calls that did not go through it:
 * at most `maxBytes` of it, nested no deeper than json-depth.ts allows.
 */
export async function readResult(response: Response, maxBytes: number, target: RequestTarget, watch?: BodyWatch): Promise<RawResult> {
  const text = await readBoundedText(response, maxBytes, target, watch);
  checkJsonDepth(text, target);
  if (response.ok) return { data: text, response, checked: true };
  try {
    return { error: JSON.parse(text), response, checked: true };
  } catch {
    return { error: text, response, checked: true };
  }
}

/** The body checked against the spec's schema (`validateResponses`). */
async function validated<T>(target: RequestTarget, schema: ResponseSchema, body: object, checker: () => Promise<ResponseChecker>): Promise<T> {
  const problems = (await checker())(schema, body);
  if (problems) throw new ResponseValidationError(target, problems, body);
  return body as T;
}

/**
 * A success's body as the JSON object it must be (`{}` for an empty body where the answer is Empty), or
 * undefined when it is not one: then `finish` makes the error.
 */
export function parsedObject(text: string, schema: ResponseSchema): object | undefined {
  if (text === "") return schema === "Empty" ? {} : undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof body === "object" && body !== null && !Array.isArray(body) ? body : undefined;
}

/** Checks and parses a result: the value, or a promise of it (an error, or `validateResponses`). */
export function finish<T>(target: RequestTarget, schema: ResponseSchema, result: RawResult, context: Finisher): T | Promise<T> {
  const { response } = result;
  // What came through openapi-fetch (middleware on `raw`) was read by it: its depth is checked here.
  if (result.checked === undefined) {
    if (typeof result.data === "string") checkJsonDepth(result.data, target);
    else if (result.error !== undefined) checkValueDepth(result.error, target);
  }
  if (!response.ok) {
    return context.onDemand().then((failures) => Promise.reject(failures.answerError(target, response, result.error, context.secrets())));
  }
  const text = typeof result.data === "string" ? result.data : "";
  let body: unknown = schema === "Empty" && text === "" ? {} : undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      return context.onDemand().then((failures) => Promise.reject(failures.notJsonError(target, text, context.secrets())));
    }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ResponseValidationError(target, [`body is not a JSON object`], body);
  }
  return context.checker ? validated<T>(target, schema, body, context.checker) : (body as T);
}
