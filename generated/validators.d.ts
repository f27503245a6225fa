// GENERATED FILE: do not edit. Made by `npm run generate` (ajv standalone) from spec/automl-v1beta1-operations.yaml.
import type { components } from "./schema.js";

/** An ajv error object, as produced by the compiled validators. */
export interface ValidationErrorObject {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** A compiled validator: a type guard whose last run's errors sit on `errors`. */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: ValidationErrorObject[] | null;
}
export declare const validateOperation: CompiledValidator<components["schemas"]["Operation"]>;
export declare const validateListOperationsResponse: CompiledValidator<components["schemas"]["ListOperationsResponse"]>;
export declare const validateEmpty: CompiledValidator<components["schemas"]["Empty"]>;
export declare const validateCancelOperationRequest: CompiledValidator<components["schemas"]["CancelOperationRequest"]>;
export declare const validateWaitOperationRequest: CompiledValidator<components["schemas"]["WaitOperationRequest"]>;
export declare const validateErrorResponse: CompiledValidator<components["schemas"]["ErrorResponse"]>;
export declare const validateStatus: CompiledValidator<components["schemas"]["Status"]>;
export declare const validateAny: CompiledValidator<components["schemas"]["Any"]>;
export declare const validateOperationMetadata: CompiledValidator<components["schemas"]["OperationMetadata"]>;
