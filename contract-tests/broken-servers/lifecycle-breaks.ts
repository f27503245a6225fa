/**
 * Breaks of the operation lifecycle (AIP-151): cancel and delete that do not do what they say, and
 * operations whose final state contradicts itself.
 */
import { jsonResponse, mapOperations, methodOf, operationNameOf, type Json } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

const EMPTY_OK = () => jsonResponse(200, {});

export const LIFECYCLE_BREAKS: BrokenServer[] = [
  {
    id: "cancel-does-nothing",
    description: "a cancel that does nothing",
    caughtBy: "cancel-running-ends-cancelled/cancelEndedOperation",
    reason: /still running/,
    // Answers {} as a successful cancel would, but never tells the fake: the operation keeps running.
    breakage: () => ({ request: (req) => (methodOf(req) === "cancel" ? EMPTY_OK() : undefined) }),
  },
  {
    id: "cancelled-not-done",
    description: "a cancelled operation that carries CANCELLED but is not done",
    caughtBy: "cancel-running-ends-cancelled/cancelEndedOperation",
    reason: /still running/,
    // Sets the error and forgets `done` (AIP-151: error and response only once done).
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          const error = op.error as Json | undefined;
          if (error?.code !== 1) return op;
          const { done: _dropped, ...rest } = op;
          return rest;
        }),
    }),
  },
  {
    id: "cancel-ends-with-unknown",
    description: "a cancel that ends the operation with UNKNOWN instead of CANCELLED",
    caughtBy: "cancel-running-ends-cancelled/cancelEndedOperation",
    reason: /wrong code/,
    // The fake cancels for real; the break rewrites the outcome it reports to code 2.
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          const error = op.error as Json | undefined;
          return error?.code === 1 ? { ...op, error: { code: 2, message: "Operation stopped." } } : op;
        }),
    }),
  },
  {
    id: "cancel-answers-500",
    description: "a cancel that answers 500 INTERNAL",
    caughtBy: "cancel-running-ends-cancelled/notAServerError",
    breakage: () => ({
      request: (req) =>
        methodOf(req) === "cancel"
          ? jsonResponse(500, { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } })
          : undefined,
    }),
  },
  {
    id: "repeated-cancel-changes-outcome",
    description: "a repeated cancel that rewrites the finished operation",
    caughtBy: "cancel-running-ends-cancelled/repeatedCancelHarmless",
    // Re-stamps the error on every cancel after the first, as a server that re-runs cancellation would.
    breakage: () => {
      const cancels = new Map<string, number>();
      return {
        request: (req) => {
          if (methodOf(req) === "cancel") cancels.set(operationNameOf(req), (cancels.get(operationNameOf(req)) ?? 0) + 1);
        },
        response: (res, req) =>
          mapOperations(res, req, (op) =>
            (cancels.get(String(op.name)) ?? 0) >= 2
              ? { ...op, done: true, error: { code: 1, message: `Cancelled ${cancels.get(String(op.name))} times.` } }
              : op,
          ),
      };
    },
  },
  {
    id: "delete-keeps-operation",
    description: "a delete that keeps the operation",
    caughtBy: "delete-then-get-is-not-found/answeredWith",
    reason: /NOT_FOUND/,
    breakage: () => ({ request: (req) => (methodOf(req) === "delete" ? EMPTY_OK() : undefined) }),
  },
  {
    id: "done-with-error-and-response",
    description: "a done operation with both error and response",
    caughtBy: "list-operations-are-well-formed/doneConsistency",
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          if (op.done !== true) return op;
          if (op.error) return { ...op, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } };
          return { ...op, error: { code: 13, message: "Internal error encountered." } };
        }),
    }),
  },
  {
    id: "unknown-operation-200",
    description: "an unknown operation answering 200",
    caughtBy: "unknown-operation-is-not-found/answeredWith",
    // Invents a running operation for any name the fake does not know (a catch-all route).
    breakage: () => ({
      response: (res, req) =>
        (methodOf(req) === "get" || methodOf(req) === "wait") && res.status === 404
          ? jsonResponse(200, {
              name: operationNameOf(req),
              metadata: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" },
            })
          : res,
    }),
  },
];
