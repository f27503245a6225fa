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
    caughtBy: "error-envelope-schema",
    breakage: () => ({ response: (res) => mapErrorEnvelope(res, (error) => ({ message: error.message })) }),
  },
  {
    id: "error-code-not-http-status",
    description: "an error code that is not the HTTP status (the rpc code instead)",
    caughtBy: "error-code-matches-http-status",
    // A common slip: writing the google.rpc.Code number (5) where AIP-193 wants the HTTP status (404).
    breakage: () => ({
      response: (res) =>
        mapErrorEnvelope(res, (error) => ({ error: { ...error, code: error.status === "NOT_FOUND" ? 5 : 3 } })),
    }),
  },
  {
    id: "wrong-status-name",
    description: "a status name that does not match the HTTP status",
    caughtBy: "error-status-matches-code",
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
    caughtBy: "list-negative-page-size-invalid-argument",
    breakage: () => ({
      response: (res) =>
        res.status === 400
          ? jsonResponse(500, { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } })
          : res,
    }),
  },
];
