/**
 * The schemas reject the broken shapes that matter. Each case runs through the generated (standalone)
 * validators, which the SDK and the fake use, and through a full ajv on the spec, so the two agree.
 */
import { describe, expect, it } from "vitest";
import {
  validateAny,
  validateCancelOperationRequest,
  validateErrorResponse,
  validateListOperationsResponse,
  validateOperation,
  validateStatus,
  validateWaitOperationRequest,
} from "../../generated/validators.js";
import { componentSchema, schemaErrors } from "./spec-fixtures.js";

const METADATA = {
  "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata",
  createTime: "2026-11-20T10:00:00Z",
  createModelDetails: {},
};
const RUNNING_OP = { name: "projects/demo/locations/us-central1/operations/op1", metadata: METADATA };
const SUCCEEDED_OP = { ...RUNNING_OP, done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } };
const FAILED_OP = { ...RUNNING_OP, done: true, error: { code: 1, message: "Operation was cancelled." } };
const ENVELOPE = { error: { code: 404, message: "not found", status: "NOT_FOUND" } };

const full = (name: string) => (value: unknown) => schemaErrors(componentSchema(name), value).length === 0;

type Case = [what: string, schema: string, validate: (v: unknown) => boolean, value: unknown];

const ACCEPTED: Case[] = [
  ["a running operation", "Operation", validateOperation, RUNNING_OP],
  ["a succeeded operation", "Operation", validateOperation, SUCCEEDED_OP],
  ["a failed operation", "Operation", validateOperation, FAILED_OP],
  ["a done operation with neither error nor response", "Operation", validateOperation, { ...RUNNING_OP, done: true }],
  ["an empty cancel body", "CancelOperationRequest", validateCancelOperationRequest, {}],
  ["a wait body of 3.5s", "WaitOperationRequest", validateWaitOperationRequest, { timeout: "3.5s" }],
  ["a wait body with nine fractional digits", "WaitOperationRequest", validateWaitOperationRequest, { timeout: "0.000000001s" }],
  ["an envelope with legacy members", "ErrorResponse", validateErrorResponse, { ...ENVELOPE, errors: [{ reason: "notFound" }] }],
  ["an Any of an unknown type", "Any", validateAny, { "@type": "type.googleapis.com/acme.v1.Thing", x: 1 }],
];

const REJECTED: Case[] = [
  ["done with both error and response", "Operation", validateOperation, { ...SUCCEEDED_OP, error: FAILED_OP.error }],
  ["not done but with a response", "Operation", validateOperation, { ...RUNNING_OP, response: SUCCEEDED_OP.response }],
  ["not done but with an error", "Operation", validateOperation, { ...RUNNING_OP, done: false, error: FAILED_OP.error }],
  ["a response Any without @type", "Operation", validateOperation, { ...SUCCEEDED_OP, response: { value: 1 } }],
  ["metadata without @type", "Operation", validateOperation, { ...RUNNING_OP, metadata: { createModelDetails: {} } }],
  ["an Any without @type", "Any", validateAny, { reason: "X" }],
  ["a detail without @type", "Status", validateStatus, { code: 5, details: [{ reason: "X" }] }],
  ["a Status code as a string", "Status", validateStatus, { code: "5", message: "x" }],
  ["an envelope code as a string", "ErrorResponse", validateErrorResponse, { error: { ...ENVELOPE.error, code: "404" } }],
  ["a flat error body", "ErrorResponse", validateErrorResponse, { code: 404, message: "not found" }],
  ["an envelope with an unknown status name", "ErrorResponse", validateErrorResponse, { error: { ...ENVELOPE.error, status: "MISSING" } }],
  ["a cancel body with a field", "CancelOperationRequest", validateCancelOperationRequest, { force: true }],
  ["a Duration without unit", "WaitOperationRequest", validateWaitOperationRequest, { timeout: "3.5" }],
  ["a Duration in minutes", "WaitOperationRequest", validateWaitOperationRequest, { timeout: "1m" }],
  ["a Duration with ten fractional digits", "WaitOperationRequest", validateWaitOperationRequest, { timeout: "1.0000000001s" }],
  ["a Duration as a number", "WaitOperationRequest", validateWaitOperationRequest, { timeout: 3.5 }],
  ["a wait body with an unknown field", "WaitOperationRequest", validateWaitOperationRequest, { deadline: "3s" }],
  ["a timestamp with an offset", "Operation", validateOperation, { ...RUNNING_OP, metadata: { ...METADATA, createTime: "2026-11-20T10:00:00+01:00" } }],
  ["a timestamp with month 13", "Operation", validateOperation, { ...RUNNING_OP, metadata: { ...METADATA, createTime: "2026-13-20T10:00:00Z" } }],
  ["progress over 100", "Operation", validateOperation, { ...RUNNING_OP, metadata: { ...METADATA, progressPercent: 101 } }],
  ["an operation name outside a location", "Operation", validateOperation, { ...RUNNING_OP, name: "operations/op1" }],
  ["a list whose operations is not an array", "ListOperationsResponse", validateListOperationsResponse, { operations: RUNNING_OP }],
];

describe("schemas", () => {
  it.each(ACCEPTED)("accept %s", (_what, schema, validate, value) => {
    expect(validate(value)).toBe(true);
    expect(full(schema)(value)).toBe(true);
  });

  it.each(REJECTED)("reject %s", (_what, schema, validate, value) => {
    expect(validate(value)).toBe(false);
    expect(full(schema)(value)).toBe(false);
  });
});
