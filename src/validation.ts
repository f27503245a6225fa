/**
 * Response validation with the ajv validators compiled from the spec (generated/validators.js). They
 * are loaded on first use only, so a client without `validateResponses` never pays for them.
 */

type Validators = typeof import("../generated/validators.js");

/** The schema a success body is checked against. */
export type ResponseSchema = "Operation" | "ListOperationsResponse" | "Empty";

let loading: Promise<Validators> | undefined;

/** Loads the validators once (dynamic import, so bundlers split them out). */
export function loadValidators(): Promise<Validators> {
  loading ??= import("../generated/validators.js");
  return loading;
}

/**
 * A checker bound to loaded validators: the problems of a body that breaks the spec, or undefined.
 * (It imports nothing of the SDK, so bundlers split it out whole.)
 */
export type ResponseChecker = (schema: ResponseSchema, body: unknown) => string[] | undefined;

/** Builds a checker once the validators are loaded. */
export async function createResponseChecker(): Promise<ResponseChecker> {
  const v = await loadValidators();
  const bySchema = {
    Operation: v.validateOperation,
    ListOperationsResponse: v.validateListOperationsResponse,
    Empty: v.validateEmpty,
  } as const;
  return (schema, body) => {
    const validate = bySchema[schema];
    if (validate(body)) return undefined;
    const problems = (validate.errors ?? []).map(
      (e) => `${schema}${e.instancePath || ""} ${e.message ?? e.keyword}`,
    );
    return problems.length ? problems : [`not a valid ${schema}`];
  };
}
