/**
 * Breaks where the methods disagree or a cancel destroys: list showing what get no longer shows, and a
 * cancel of a finished operation that rewrites its result (data loss, the worst thing a server can do
 * here: AIP-151 leaves a finished operation as it is).
 */
import { jsonOf, mapOperations, methodOf, operationNameOf, withBody, type Json } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

export const AGREEMENT_BREAKS: BrokenServer[] = [
  {
    id: "cancel-of-finished-replaces-result",
    description: "a cancel of a finished operation that replaces its response with a CANCELLED error",
    caughtBy: "cancel-of-finished-changes-nothing/finishedOperationUnchanged",
    reason: /changed it \(get\)/,
    // Answers {} as the fake does, then shows every cancelled operation that had a response as CANCELLED.
    breakage: () => {
      const cancelled = new Set<string>();
      return {
        response: (res, req) => {
          if (methodOf(req) === "cancel" && res.status === 200) cancelled.add(operationNameOf(req));
          return mapOperations(res, req, (op) => {
            if (!cancelled.has(String(op.name)) || op.response === undefined) return op;
            const { response: _lost, ...rest } = op;
            return { ...rest, done: true, error: { code: 1, message: "Operation was cancelled." } };
          });
        },
      };
    },
  },
  {
    id: "list-shows-deleted-operations",
    description: "a list that still shows deleted operations",
    caughtBy: "delete-then-get-is-not-found/operationAbsent",
    // A list index that never hears of deletes: the last page brings back every deleted operation.
    breakage: () => {
      const lastSeen = new Map<string, Json>();
      const deleted = new Set<string>();
      return {
        response: (res, req) => {
          const method = methodOf(req);
          if (method === "delete" && res.status === 200) deleted.add(operationNameOf(req));
          const body = jsonOf(res);
          if (method !== "list" || res.status !== 200 || !body) return res;
          const operations = Array.isArray(body.operations) ? (body.operations as Json[]) : [];
          for (const op of operations) lastSeen.set(String(op.name), op);
          if (body.nextPageToken) return res;
          const ghosts = [...deleted].map((name) => lastSeen.get(name)).filter((op): op is Json => op !== undefined);
          return withBody(res, { ...body, operations: [...operations, ...ghosts] });
        },
      };
    },
  },
  {
    id: "list-stale-after-cancel",
    description: "a list that keeps showing a cancelled operation as running",
    caughtBy: "cancel-running-ends-cancelled/listAgreesWithGet",
    // A list cache filled once: each operation is listed as it was first seen, whatever get says later.
    breakage: () => {
      const first = new Map<string, Json>();
      return {
        response: (res, req) => {
          if (methodOf(req) !== "list") return res;
          return mapOperations(res, req, (op) => {
            const name = String(op.name);
            if (!first.has(name)) first.set(name, op);
            return first.get(name)!;
          });
        },
      };
    },
  },
];
