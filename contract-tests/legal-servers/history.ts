/**
 * Freedoms next to the history's rules: operations that finish on their own while the kit cancels
 * others (running to done is what time does), and another client that cancels or deletes an operation
 * once during the run (on a shared service it may; only a change that happens again around another of
 * the kit's requests is the server's).
 */
import { actOnUpstream, isRunningJson, lastOther } from "../broken-servers/history-breaks.js";
import type { Breakage } from "../broken-servers/proxy.js";
import { jsonResponse, mapOperations, metadataOf, methodOf, operationNameOf, type Json } from "../broken-servers/rewrite.js";
import type { LegalServer } from "./types.js";
import { EMPTY_ANY } from "./upstream.js";

/** On the first accepted `method` of the run, another client sends the same to another operation. */
function anotherClientOnce(method: "cancel" | "delete", wanted: (op: Json) => boolean): (upstream: string) => Breakage {
  return (upstream) => {
    let acted = false;
    return {
      response: async (res, req) => {
        if (acted || methodOf(req) !== method || res.status !== 200) return res;
        acted = true;
        const victim = await lastOther(upstream, req, wanted);
        if (victim) await actOnUpstream(upstream, req, victim, method);
        return res;
      },
    };
  };
}

/**
 * After each cancel, another running operation finishes on its own, with a response: shown done from
 * then on (progress 100, updateTime the moment it finished), and a later cancel of it changes nothing.
 */
function finishesAroundCancels(upstream: string): Breakage {
  const finishedAt = new Map<string, string>();
  // Only operations older than the server: one the kit started must end with the response its method declares.
  const startedAt = Date.now();
  const older = (op: Json) => Date.parse(String(metadataOf(op).createTime)) < startedAt;
  return {
    request: (req) => {
      // A finished operation's cancel changes nothing; the fake, which still runs it, never hears of it.
      if (methodOf(req) === "cancel" && finishedAt.has(operationNameOf(req))) return jsonResponse(200, {});
    },
    response: async (res, req) => {
      if (methodOf(req) === "cancel" && res.status === 200) {
        const victim = await lastOther(upstream, req, (op) => isRunningJson(op) && older(op) && !finishedAt.has(String(op.name)));
        if (victim) finishedAt.set(victim, new Date().toISOString());
      }
      return mapOperations(res, req, (op) => {
        const at = finishedAt.get(String(op.name));
        if (at === undefined) return op;
        const { error: _none, ...rest } = op;
        return { ...rest, done: true, metadata: { ...metadataOf(op), progressPercent: 100, updateTime: at }, response: EMPTY_ANY };
      });
    },
  };
}

export const HISTORY_SERVERS: LegalServer[] = [
  {
    id: "finishes-around-cancels",
    freedom: "operations that finish on their own while others are cancelled",
    auth: true,
    expect: {},
    breakage: finishesAroundCancels,
  },
  {
    id: "another-client-cancels-once",
    freedom: "another client cancels one operation during the run",
    auth: true,
    expect: { note: /once only, not reproduced on another cancel/ },
    breakage: anotherClientOnce("cancel", isRunningJson),
  },
  {
    id: "another-client-deletes-once",
    freedom: "another client deletes one operation during the run",
    auth: true,
    expect: {},
    breakage: anotherClientOnce("delete", (op) => op.done === true),
  },
];
