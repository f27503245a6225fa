/**
 * Breaks of the error model (AIP-193): a flat body, a `code` that is not the HTTP status, a `status`
 * that names another code, and bad input answered as a server fault.
 */
import { jsonResponse, mapErrorEnvelope } from "./rewrite.js";
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
