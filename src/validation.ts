/**
 * Response validation with the ajv validators compiled from the spec (generated/validators.js). They
 * are loaded on first use only, so a client without `validateResponses` never pays for them.
 */
import { ResponseValidationError, type RequestTarget } from "./errors.js";

type Validators = typeof import("../generated/validators.js");

/** The schema a success body is checked against. */
export type ResponseSchema = "Operation" | "ListOperationsResponse" | "Empty";

let loading: Promise<Validators> | undefined;

/** Loads the validators once (dynamic import, so bundlers split them out). */
export function loadValidators(): Promise<Validators> {
  loading ??= import("../generated/validators.js");
  return loading;
}

/** A checker bound to loaded validators: throws ResponseValidationError on a body that breaks the spec. */
export type ResponseChecker = (where: () => RequestTarget, schema: ResponseSchema, body: unknown) => void;

/** Builds a checker once the validators are loaded. */
export async function createResponseChecker(): Promise<ResponseChecker> {
  const v = await loadValidators();
  const bySchema = {
    Operation: v.validateOperation,
    ListOperationsResponse: v.validateListOperationsResponse,
    Empty: v.validateEmpty,
  } as const;
  return (where, schema, body) => {
    const validate = bySchema[schema];
    if (validate(body)) return;
    const problems = (validate.errors ?? []).map(
      (e) => `${schema}${e.instancePath || ""} ${e.message ?? e.keyword}`,
    );
    throw new ResponseValidationError(where(), problems.length ? problems : [`not a valid ${schema}`], body);
  };
}
