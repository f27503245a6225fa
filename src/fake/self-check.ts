/**
 * Checks a response against the spec with the generated validators: the body schema of the route and
 * status, the AIP-193 envelope of errors (its `code` equal to the HTTP status, its `status` a code that
 * maps to that HTTP status) and the JSON content type. Used by tests and by the `selfCheck` switch.
 */
import {
  validateEmpty,
  validateErrorResponse,
  validateListOperationsResponse,
  validateOperation,
  type CompiledValidator,
} from "../../generated/validators.js";
import { codeNumber, httpStatusOf } from "../status.js";
import type { MethodName } from "./router.js";

const SUCCESS_VALIDATORS: Record<MethodName, CompiledValidator<unknown>> = {
  get: validateOperation,
  wait: validateOperation,
  list: validateListOperationsResponse,
  cancel: validateEmpty,
  delete: validateEmpty,
  start: validateOperation,
};

function problemsOf(validator: CompiledValidator<unknown>, body: unknown): string[] {
  if (validator(body)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
}

/**
 * The ways a response breaks the spec (empty when it conforms). `method` is the route's method, or
 * undefined when the request matched none (only an error envelope is valid then).
 */
export function checkResponse(method: MethodName | undefined, status: number, body: unknown, contentType?: string): string[] {
  const problems: string[] = [];
  if (contentType !== undefined && !/^application\/json\b/i.test(contentType)) {
    problems.push(`content-type ${JSON.stringify(contentType)} is not application/json`);
  }
  if (status === 200) {
    if (!method) return [...problems, "a request that matched no method answered 200"];
    return [...problems, ...problemsOf(SUCCESS_VALIDATORS[method], body)];
  }
  if (status < 400 || status > 599) return [...problems, `status ${status} is neither 200 nor an error`];
  const envelopeProblems = problemsOf(validateErrorResponse, body);
  if (envelopeProblems.length > 0) return [...problems, ...envelopeProblems];
  const error = (body as { error: { code: number; status: string } }).error;
  if (error.code !== status) problems.push(`error.code ${error.code} differs from the HTTP status ${status}`);
  const code = codeNumber(error.status);
  if (code === undefined || httpStatusOf(code) !== status) {
    problems.push(`error.status ${error.status} does not map to HTTP ${status} (AIP-193)`);
  }
  return problems;
}
