/**
 * Freedoms of the operation lifecycle (AIP-151): cancel is asynchronous and best effort (the operation
 * may run on for a while, or complete despite the cancel), cancel of a finished operation may answer
 * FAILED_PRECONDITION, and wait may return before its timeout, even at once and not done.
 */
import { jsonResponse, mapOperations, metadataOf, methodOf, operationNameOf } from "../broken-servers/rewrite.js";
import type { Breakage } from "../broken-servers/proxy.js";
import type { LegalServer } from "./types.js";
import { EMPTY_ANY, envelope, isEmptyMessage, operationBehind } from "./upstream.js";

/**
 * Cancel answers `{}` at once and takes effect `delayMs` later. Unknown and finished operations, and
 * bodies that are not an empty message, go to the fake as they are.
 */
export function asynchronousCancel(delayMs: number): (upstream: string) => Breakage {
  return (upstream) => ({
    request: async (req) => {
      if (methodOf(req) !== "cancel" || !isEmptyMessage(req.body)) return;
      const op = await operationBehind(upstream, req);
      if (!op || op.done === true) return;
      const headers = new Headers(req.headers);
      const cancel = () => void fetch(`${upstream}${req.url.pathname}`, { method: "POST", headers }).catch(() => undefined);
      setTimeout(cancel, delayMs).unref();
      return jsonResponse(200, {});
    },
  });
}

/**
 * Cancel answers `{}`, and the operation completes (with a response) a second later, cancel or not. One
 * that ended on its own by then (a started one) shows the response it ended with; a long one is shown
 * done with Empty.
 */
function completesDespiteCancel(upstream: string): Breakage {
  const completesAt = new Map<string, number>();
  return {
    request: async (req) => {
      if (methodOf(req) !== "cancel" || !isEmptyMessage(req.body)) return;
      const name = operationNameOf(req);
      if (completesAt.has(name)) return jsonResponse(200, {});
      const op = await operationBehind(upstream, req);
      if (!op || op.done === true) return;
      // Past the corpora's start durations (QUICK_START_DURATIONS), so a started operation has ended
      // on its own by then with the response its method declares.
      completesAt.set(name, Date.now() + 1_000);
      return jsonResponse(200, {});
    },
    response: (res, req) =>
      mapOperations(res, req, (op) => {
        const at = completesAt.get(String(op.name));
        if (at === undefined || Date.now() < at) return op;
        // Ended on its own before it was shown completed: its own result. After: the one it was shown with stays (a done result never changes).
        if (op.done === true && !(Date.parse(String(metadataOf(op).updateTime)) > at)) return op;
        const metadata = { ...metadataOf(op), progressPercent: 100, updateTime: new Date(at).toISOString() };
        const { error: _replaced, ...rest } = op;
        return { ...rest, metadata, done: true, response: EMPTY_ANY };
      }),
  };
}

/** Cancel of a finished operation: FAILED_PRECONDITION instead of `{}` (both are seen in Google APIs). */
function refusesCancelOfFinished(upstream: string): Breakage {
  return {
    request: async (req) => {
      if (methodOf(req) !== "cancel" || !isEmptyMessage(req.body)) return;
      const op = await operationBehind(upstream, req);
      if (op?.done === true) return envelope(400, "FAILED_PRECONDITION", "The operation has already finished.");
    },
  };
}

/** Wait answers at once with the latest state, whatever its timeout ("may return … immediately"). */
function waitReturnsAtOnce(): Breakage {
  return {
    request: (req) => {
      if (methodOf(req) !== "wait") return;
      let body: unknown;
      try {
        body = req.body.trim() === "" ? {} : JSON.parse(req.body);
      } catch {
        return;
      }
      // Only a well-formed request is answered early; bad input still gets the fake's INVALID_ARGUMENT.
      const keys = body !== null && typeof body === "object" ? Object.keys(body) : ["?"];
      const timeout = (body as { timeout?: unknown }).timeout;
      if (keys.some((k) => k !== "timeout") || (timeout !== undefined && (typeof timeout !== "string" || !/^\d+(\.\d{1,9})?s$/.test(timeout)))) return;
      req.body = JSON.stringify({ timeout: "0s" });
    },
  };
}

export const LIFECYCLE_SERVERS: LegalServer[] = [
  {
    id: "cancel-asynchronous",
    freedom: "asynchronous, best-effort cancel (takes effect 1 s later)",
    auth: true,
    expect: { note: /the cancel showed after \d+ ms \(asynchronous, allowed\)/ },
    breakage: asynchronousCancel(1_000),
  },
  {
    id: "cancel-completes-despite",
    freedom: "cancel that the operation completes despite (with its response)",
    auth: true,
    expect: { note: /completed despite cancellation/ },
    breakage: completesDespiteCancel,
  },
  {
    id: "cancel-of-finished-failed-precondition",
    freedom: "FAILED_PRECONDITION for cancel of a finished operation",
    auth: true,
    expect: { note: /FAILED_PRECONDITION, which the spec allows/ },
    breakage: refusesCancelOfFinished,
  },
  {
    id: "wait-returns-at-once",
    freedom: "wait that returns early, at once and not done",
    auth: true,
    expect: { note: /wait returned after \d+ ms with the operation not done/ },
    breakage: waitReturnsAtOnce,
  },
];
