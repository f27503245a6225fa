/**
 * Breaks of the error model (AIP-193): a flat body, a `code` that is not the HTTP status, a `status`
 * that names another code (on its own HTTP status or another), bodies without the envelope, bad input
 * answered as a server fault, and a get that is not there.
 */
import { jsonResponse, mapErrorEnvelope, methodOf } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

export const ERROR_BREAKS: BrokenServer[] = [
  {
    id: "flat-error-body",
    description: 'a flat error body ({"message": …})',
    caughtBy: "getOperation-unknown-resource/errorEnvelopeConformance",
    reason: /without the AIP-193 envelope/,
    breakage: () => ({ response: (res) => mapErrorEnvelope(res, (error) => ({ message: error.message })) }),
  },
  {
    id: "error-code-not-http-status",
    description: "an error code that is not the HTTP status (the rpc code instead)",
    caughtBy: "getOperation-unknown-resource/errorEnvelopeConformance",
    reason: /error.code is not the HTTP status/,
    // A common slip: writing the google.rpc.Code number (5) where AIP-193 wants the HTTP status (404).
    breakage: () => ({
      response: (res) =>
        mapErrorEnvelope(res, (error) => ({ error: { ...error, code: error.status === "NOT_FOUND" ? 5 : 3 } })),
    }),
  },
  {
    id: "wrong-status-name",
    description: "a status name that does not match the HTTP status",
    caughtBy: "getOperation-unknown-resource/errorEnvelopeConformance",
    reason: /error.status does not match/,
    breakage: () => ({
      response: (res) =>
        mapErrorEnvelope(res, (error) => ({
          error: { ...error, status: error.status === "NOT_FOUND" ? "INVALID_ARGUMENT" : "NOT_FOUND" },
        })),
    }),
  },
  {
    id: "cancel-not-found-named-invalid-argument",
    description: "a cancel of an unknown operation answering 404 with status INVALID_ARGUMENT",
    caughtBy: "cancelOperation-unknown-resource/errorEnvelopeConformance",
    reason: /error.status does not match/,
    breakage: () => ({
      response: (res, req) =>
        methodOf(req) === "cancel" ? mapErrorEnvelope(res, (error) => ({ error: { ...error, status: "INVALID_ARGUMENT" } })) : res,
    }),
  },
  {
    id: "bad-page-size-named-failed-precondition",
    description: "a negative pageSize answered 400 FAILED_PRECONDITION (same HTTP status, another code)",
    caughtBy: "listOperations-malformed-input/invalidArgumentAnswered",
    reason: /Received: 400 FAILED_PRECONDITION/,
    breakage: () => ({
      response: (res, req) =>
        methodOf(req) === "list" ? mapErrorEnvelope(res, (error) => ({ error: { ...error, status: "FAILED_PRECONDITION" } })) : res,
    }),
  },
  {
    id: "unauthenticated-without-envelope",
    description: "a 401 without the error envelope",
    caughtBy: "listOperations-missing-token/errorEnvelopeConformance",
    reason: /without the AIP-193 envelope/,
    requiresAuth: true,
    // What a bare gateway answers in front of the service.
    breakage: () => ({
      response: (res) =>
        res.status === 401
          ? { status: 401, headers: new Headers({ "content-type": "text/plain", "www-authenticate": "Bearer" }), body: "Unauthorized" }
          : res,
    }),
  },
  {
    id: "get-unimplemented",
    description: "a get that answers 501 UNIMPLEMENTED (clients poll with get: it may not be left out)",
    caughtBy: "get-returns-the-listed-operation/notAServerError",
    breakage: () => ({
      request: (req) =>
        methodOf(req) === "get" ? jsonResponse(501, { error: { code: 501, message: "Method not implemented.", status: "UNIMPLEMENTED" } }) : undefined,
    }),
  },
  {
    id: "unimplemented-without-envelope",
    description: "a wait left out with a bare 501 page instead of the UNIMPLEMENTED envelope",
    caughtBy: "waitOperation-unknown-resource/errorEnvelopeConformance",
    reason: /without the AIP-193 envelope/,
    breakage: () => ({
      request: (req) =>
        methodOf(req) === "wait" ? { status: 501, headers: new Headers({ "content-type": "text/html" }), body: "<h1>501 Not Implemented</h1>" } : undefined,
    }),
  },
  {
    id: "bad-input-500",
    description: "bad input answered with 500",
    caughtBy: "listOperations-malformed-input/malformedInputRejected",
    breakage: () => ({
      response: (res) =>
        res.status === 400
          ? jsonResponse(500, { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } })
          : res,
    }),
  },
  {
    id: "missing-token-accepted",
    description: "a request without a token served as if it had one",
    caughtBy: "listOperations-missing-token/missingTokenRefused",
    requiresAuth: true,
    // A gateway that fills in a service credential when the caller sends none.
    breakage: () => ({
      request: (req) => {
        if (!req.headers.has("authorization")) req.headers.set("authorization", "Bearer gateway-credential");
      },
    }),
  },
];
