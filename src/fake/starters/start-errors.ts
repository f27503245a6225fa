/**
 * The errors of the methods that start operations, built by the fake's one factory (`statusError`) into
 * the AIP-193 envelope: a request body the spec refuses, and a resource that does not exist.
 */
import { Code } from "../../status.js";
import { statusError, type FakeError, type FieldViolation } from "../errors.js";

/** `models` → `Model`: the resource type a collection holds, as ResourceInfo names it. */
function resourceType(collection: string): string {
  const singular = collection.replace(/s$/, "");
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

export const starterErrors = {
  /** The body breaks the method's request schema; nothing was started. */
  invalidBody: (operationId: string, violations: readonly FieldViolation[]): FakeError => {
    const first = violations[0]?.description ?? "the request body does not match its schema";
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : "";
    return statusError(Code.INVALID_ARGUMENT, `Invalid request to ${operationId}: ${first}${more}`, {
      details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: violations.slice(0, 20) }],
    });
  },
  /** `name` (of collection `collection`) is not a resource the fake knows. */
  resourceNotFound: (collection: string, name: string): FakeError => {
    const type = resourceType(collection);
    return statusError(Code.NOT_FOUND, `${type} ${name} not found.`, {
      details: [{ "@type": "type.googleapis.com/google.rpc.ResourceInfo", resourceType: `automl.googleapis.com/${type}`, resourceName: name }],
    });
  },
} as const;
