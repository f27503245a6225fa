/**
 * What the run saw of each operation it touched, read back from the recorded exchanges: the state every
 * answer showed (running, done, cancelled, failed, deleted) and when, and the requests that named it.
 * The HTML report draws it (report-html-timeline.ts).
 *
 * An operation is touched when a request named it (get, cancel, delete, wait) or a method the run called
 * started it, and some answer showed it to exist: requests for names that never existed (the checks of
 * unknown and malformed names) are counted as probes, not drawn. States follow google.longrunning's
 * Operation: not done is running; done with error code 1 (CANCELLED) is cancelled, with another error
 * failed, else done (AIP-151). A delete answered 2xx, or a 404 for an operation seen before, is deleted.
 */
import type { WireRecord } from "../../contract-tests/transport.js";

export type OperationState = "running" | "done" | "cancelled" | "failed" | "deleted";
export type RequestAction = "start" | "get" | "cancel" | "delete" | "wait";

export interface Observation {
  /** When the answer came, ms since the epoch. */
  at: number;
  state: OperationState;
  /** How it was seen, such as `GET 200` or `list`. */
  via: string;
}

export interface RequestMark {
  /** When the request was sent, ms since the epoch. */
  at: number;
  action: RequestAction;
  /** The HTTP status of the answer (0: none came). */
  status: number;
  scenario?: string;
}

export interface OperationHistory {
  name: string;
  /** The method behind it, from its metadata's detail member (`createModelDetails` → createModel), when it has one. */
  kind?: string;
  observations: Observation[];
  marks: RequestMark[];
}

export interface OperationTimeline {
  /** The first request sent and the last answer received, ms since the epoch. */
  start: number;
  end: number;
  /** Touched operations, in the order the run first named them. */
  operations: OperationHistory[];
  /** Requests naming an operation that no answer showed to exist. */
  probes: number;
}

const OPERATION_PATH = /\/(projects\/[^/]+\/locations\/[^/]+\/operations\/[^/:]+)(?::(cancel|wait))?$/;
const OPERATION_NAME = /^projects\/[^/]+\/locations\/[^/]+\/operations\/[^/:]+$/;
/** Larger bodies are not read for states: none of this API's answers comes near it. */
const MAX_BODY = 1 << 20;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function parseBody(text: string): unknown {
  if (text.length === 0 || text.length > MAX_BODY) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The operation name a request's path names, and what it does with it. */
function namedIn(record: WireRecord): { name: string; action: RequestAction } | undefined {
  let path: string;
  try {
    path = new URL(record.url).pathname.split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined;
  }
  const match = OPERATION_PATH.exec(path);
  if (!match) return undefined;
  const verb = match[2];
  const action: RequestAction = verb === "cancel" ? "cancel" : verb === "wait" ? "wait" : record.method === "DELETE" ? "delete" : "get";
  return { name: match[1]!, action };
}

/** The state an Operation shows, or undefined when the value is no operation. */
export function stateOf(op: unknown): OperationState | undefined {
  if (!isObject(op) || typeof op.name !== "string") return undefined;
  if (op.done !== true) return "running";
  if (isObject(op.error)) return op.error.code === 1 ? "cancelled" : "failed";
  return "done";
}

function kindOf(op: Json): string | undefined {
  if (!isObject(op.metadata)) return undefined;
  const detail = Object.keys(op.metadata).find((key) => key.endsWith("Details"));
  return detail?.slice(0, -"Details".length);
}

/** The timeline of every operation the records show the run touching. */
export function operationTimeline(records: readonly WireRecord[]): OperationTimeline {
  const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt);
  const histories = new Map<string, OperationHistory>();
  const seen = new Set<string>();
  const history = (name: string) => {
    let h = histories.get(name);
    if (!h) histories.set(name, (h = { name, observations: [], marks: [] }));
    return h;
  };
  const observe = (op: Json, at: number, via: string) => {
    const state = stateOf(op);
    if (state === undefined || !OPERATION_NAME.test(op.name as string)) return;
    const name = op.name as string;
    seen.add(name);
    const h = history(name);
    h.observations.push({ at, state, via });
    h.kind ??= kindOf(op);
  };
  const named = new Set<string>();
  let start = Infinity;
  let end = -Infinity;
  for (const record of sorted) {
    const answeredAt = record.startedAt + Math.max(0, record.timeMs);
    start = Math.min(start, record.startedAt);
    end = Math.max(end, answeredAt);
    const body = parseBody(record.responseBody);
    const target = namedIn(record);
    const ok = record.status >= 200 && record.status < 300;
    const mark = (name: string, action: RequestAction) => {
      named.add(name);
      history(name).marks.push({ at: record.startedAt, action, status: record.status, ...(record.scenario !== undefined ? { scenario: record.scenario } : {}) });
    };
    if (target) {
      mark(target.name, target.action);
      if (ok && target.action === "delete") history(target.name).observations.push({ at: answeredAt, state: "deleted", via: `DELETE ${record.status}` });
      else if (record.status === 404 && seen.has(target.name)) history(target.name).observations.push({ at: answeredAt, state: "deleted", via: `${record.method} 404` });
    } else if (ok && record.method === "POST" && isObject(body) && typeof body.name === "string" && OPERATION_NAME.test(body.name)) {
      mark(body.name, "start");
    }
    if (!ok || !isObject(body)) continue;
    if (Array.isArray(body.operations)) {
      for (const op of body.operations) if (isObject(op)) observe(op, answeredAt, "list");
    } else {
      observe(body, answeredAt, `${record.method} ${record.status}`);
    }
  }
  const operations = [...histories.values()]
    .filter((h) => named.has(h.name) && seen.has(h.name))
    .sort((a, b) => (a.marks[0]?.at ?? 0) - (b.marks[0]?.at ?? 0));
  const probes = [...histories.values()].filter((h) => !seen.has(h.name)).reduce((n, h) => n + h.marks.length, 0);
  return { start: Number.isFinite(start) ? start : 0, end: Number.isFinite(end) ? end : 0, operations, probes };
}
