/**
 * Breaks only the run's history shows: each answer alone is well-formed, but taken together they break
 * google.longrunning's rules. A cancel or delete that also acts on an operation it did not name (data
 * loss); a done operation whose result changes on a later read; an operation whose createTime or
 * progress moves the wrong way; and a pageSize of 0 refused, which AIP-158 says means the default.
 */
import { HISTORY_JUDGE } from "../history/scenarios.js";
import type { ProxiedRequest } from "./proxy.js";
import { jsonOf, jsonResponse, mapOperations, metadataOf, methodOf, operationNameOf, type Json } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

const WATCH = "changes-touch-only-the-named-operation";
const EMPTY_ANY = { "@type": "type.googleapis.com/google.protobuf.Empty" };

/** The operations under the parent a request addresses, as the upstream fake holds them now (first page of 1000). */
export async function upstreamOperations(upstream: string, req: ProxiedRequest): Promise<Json[]> {
  const collection = req.url.pathname.replace(/\/operations\/[^/]+$/, "/operations");
  const headers = new Headers(req.headers);
  headers.delete("content-type");
  const res = await fetch(`${upstream}${collection}?pageSize=1000`, { headers });
  const body = jsonOf({ body: await res.text() });
  return Array.isArray(body?.operations) ? (body.operations as Json[]) : [];
}

/** Sends `method` to another operation of the upstream, with the caller's credentials. */
export async function actOnUpstream(upstream: string, req: ProxiedRequest, name: string, method: "cancel" | "delete"): Promise<void> {
  const headers = new Headers(req.headers);
  headers.delete("content-type");
  const url = `${upstream}/v1beta1/${name}${method === "cancel" ? ":cancel" : ""}`;
  await fetch(url, { method: method === "cancel" ? "POST" : "DELETE", headers });
}

/** The last operation under the parent, other than the named one, that `wanted` accepts. */
export async function lastOther(upstream: string, req: ProxiedRequest, wanted: (op: Json) => boolean): Promise<string | undefined> {
  const named = operationNameOf(req);
  const others = (await upstreamOperations(upstream, req)).filter((op) => op.name !== named && wanted(op));
  return others.length > 0 ? String(others[others.length - 1]!.name) : undefined;
}

export const isRunningJson = (op: Json) => op.done !== true;

export const HISTORY_BREAKS: BrokenServer[] = [
  {
    id: "cancel-cancels-another",
    description: "a cancel that also cancels another running operation",
    caughtBy: `${HISTORY_JUDGE}/cancelLeavesOthersAlone`,
    reason: /twice/,
    scenarios: [WATCH, HISTORY_JUDGE],
    // Every cancel also cancels the last running operation of the location: a wrong id in a batch.
    breakage: (upstream) => ({
      request: async (req) => {
        if (methodOf(req) !== "cancel") return;
        const victim = await lastOther(upstream, req, isRunningJson);
        if (victim) await actOnUpstream(upstream, req, victim, "cancel");
      },
    }),
  },
  {
    id: "delete-removes-another",
    description: "a delete that also removes another operation",
    caughtBy: `${HISTORY_JUDGE}/deleteLeavesOthersAlone`,
    reason: /twice/,
    scenarios: [WATCH, HISTORY_JUDGE],
    // Every delete also removes the last operation of the location.
    breakage: (upstream) => ({
      request: async (req) => {
        if (methodOf(req) !== "delete") return;
        const victim = await lastOther(upstream, req, () => true);
        if (victim) await actOnUpstream(upstream, req, victim, "delete");
      },
    }),
  },
  {
    id: "page-size-zero-refused",
    description: "a list that refuses pageSize=0 with INVALID_ARGUMENT",
    caughtBy: `${HISTORY_JUDGE}/pageSizeZeroAccepted`,
    scenarios: ["page-size-edges-are-accepted", HISTORY_JUDGE],
    breakage: () => ({
      request: (req) =>
        methodOf(req) === "list" && req.url.searchParams.get("pageSize") === "0"
          ? jsonResponse(400, { error: { code: 400, message: "pageSize must be positive.", status: "INVALID_ARGUMENT" } })
          : undefined,
    }),
  },
  {
    id: "done-result-changes",
    description: "a done operation whose result changes on later reads",
    caughtBy: `${HISTORY_JUDGE}/doneResultNeverChanges`,
    scenarios: ["pagination-covers-the-list-exactly-once", HISTORY_JUDGE],
    // Rebuilds the result on every read after the first: a response becomes Empty, an Empty one an INTERNAL error.
    breakage: () => {
      const answered = new Set<string>();
      return {
        response: (res, req) =>
          mapOperations(res, req, (op) => {
            const name = String(op.name);
            if (op.done !== true || op.response === undefined) return op;
            if (!answered.has(name)) return answered.add(name), op;
            const response = op.response as Json;
            if (response["@type"] !== EMPTY_ANY["@type"]) return { ...op, response: EMPTY_ANY };
            const { response: _lost, ...rest } = op;
            return { ...rest, error: { code: 13, message: "Internal error encountered." } };
          }),
      };
    },
  },
  {
    id: "create-time-restamped",
    description: "an operation whose createTime moves on every read",
    caughtBy: `${HISTORY_JUDGE}/createTimeNeverChanges`,
    scenarios: ["pagination-covers-the-list-exactly-once", HISTORY_JUDGE],
    // createTime written from the read's clock, as a server that confuses it with the time of the answer.
    breakage: () => ({
      response: (res, req) => mapOperations(res, req, (op) => ({ ...op, metadata: { ...metadataOf(op), createTime: new Date().toISOString() } })),
    }),
  },
  {
    id: "update-time-goes-back",
    description: "an operation whose updateTime goes back on later reads",
    caughtBy: `${HISTORY_JUDGE}/updateTimeNeverGoesBack`,
    scenarios: ["pagination-covers-the-list-exactly-once", HISTORY_JUDGE],
    // From the second read on, updateTime is the createTime: a replica that never saw an update.
    breakage: () => {
      const read = new Set<string>();
      return {
        response: (res, req) =>
          mapOperations(res, req, (op) => {
            const metadata = metadataOf(op);
            if (!read.has(String(op.name))) return read.add(String(op.name)), op;
            return { ...op, metadata: { ...metadata, updateTime: metadata.createTime } };
          }),
      };
    },
  },
  {
    id: "deleted-comes-back",
    description: "a deleted operation that get still answers",
    caughtBy: `${HISTORY_JUDGE}/deletedNeverReturns`,
    scenarios: ["delete-then-get-is-not-found", HISTORY_JUDGE],
    // The fake deletes; a read cache in front keeps answering get with the last copy it saw.
    breakage: () => {
      const cached = new Map<string, Json>();
      return {
        response: (res, req) => {
          const method = methodOf(req);
          if (method === "get" && res.status === 404 && cached.has(operationNameOf(req))) return jsonResponse(200, cached.get(operationNameOf(req)));
          return mapOperations(res, req, (op) => (cached.set(String(op.name), op), op));
        },
      };
    },
  },
  {
    id: "list-shows-stale-state",
    description: "a list that shows operations as they were first listed",
    caughtBy: `${HISTORY_JUDGE}/listAndGetAgree`,
    scenarios: ["cancel-running-ends-cancelled", HISTORY_JUDGE],
    // A list index filled once per operation and never updated: a cancelled operation stays running there.
    breakage: () => {
      const indexed = new Map<string, Json>();
      return {
        response: (res, req) => {
          if (methodOf(req) !== "list") return res;
          return mapOperations(res, req, (op) => {
            const name = String(op.name);
            if (!indexed.has(name)) indexed.set(name, op);
            return indexed.get(name)!;
          });
        },
      };
    },
  },
  {
    id: "progress-goes-back",
    description: "a running operation whose progress goes back on later reads",
    caughtBy: `${HISTORY_JUDGE}/progressNeverGoesBack`,
    scenarios: ["pagination-covers-the-list-exactly-once", HISTORY_JUDGE],
    // Progress read from a replica that lags more with every read.
    breakage: () => {
      const reads = new Map<string, number>();
      return {
        response: (res, req) =>
          mapOperations(res, req, (op) => {
            const metadata = metadataOf(op);
            if (op.done === true || typeof metadata.progressPercent !== "number") return op;
            const n = (reads.get(String(op.name)) ?? 0) + 1;
            reads.set(String(op.name), n);
            return { ...op, metadata: { ...metadata, progressPercent: Math.max(0, 90 - 10 * n) } };
          }),
      };
    },
  },
];
