/**
 * The run's history: every answer the target gave, as data the history rules judge after the fact
 * (style lesson 16, after Jepsen's checkers: a scenario drives, the history judges). It is fed by the
 * kit's transport, which hands every exchange to a recorder (transport.ts), so every request of the run
 * is in it, the SDK's included. Each answer keeps when it was sent and received, on one monotonic
 * clock: an answer received before another was sent shows an earlier state of the server; answers whose
 * spans overlap are not ordered, and the rules never compare them as if they were.
 */
import type { OperationJson } from "../checks/operation.js";
import type { WireRecord } from "../transport.js";

/** What a request did: the five methods of the operations resource, or a method that starts one. */
export type RequestKind = "get" | "list" | "wait" | "cancel" | "delete" | "start" | "other";

/** One operation as one answer showed it. */
export interface Sighting {
  /** The operation's id (its name's last segment): names may carry the project's id or its number. */
  id: string;
  op: OperationJson;
}

/** One exchange of the run. */
export interface Observation {
  /** Order of arrival in the history. */
  seq: number;
  kind: RequestKind;
  method: string;
  url: string;
  /** The id a get, wait, cancel or delete named. */
  named?: string;
  /** 0 when no answer came. */
  status: number;
  /** The error envelope's status name (`NOT_FOUND`), when the answer is one. */
  rpcStatus?: string;
  /** When the request was sent and its answer read, in ms of `performance.now()`. */
  sentAt: number;
  receivedAt: number;
  /** The operations a 200 answer showed (a list's page, a get's, wait's or start's operation). */
  sightings: Sighting[];
  /** A list's query, as sent. */
  query?: URLSearchParams;
  /** A list answer's nextPageToken ("" when the page was the last). */
  nextPageToken?: string;
  /** The answer's JSON body, when it had one. */
  json?: unknown;
  /** The answer shows part of each operation only (a `fields` mask): no rule judges it. */
  partial?: boolean;
}

const OPERATIONS = /\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/operations(?:\/([^/]+))?$/;

/** The method of the operations resource a request called, and the id it named. */
export function classify(method: string, url: URL): { kind: RequestKind; named?: string } {
  const path = url.pathname;
  const match = OPERATIONS.exec(path);
  if (!match) return { kind: method === "POST" || method === "DELETE" ? "start" : "other" };
  const segment = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
  if (segment === undefined) return { kind: method === "GET" ? "list" : "other" };
  const [id, verb] = segment.split(":") as [string, string | undefined];
  if (verb === "cancel" && method === "POST") return { kind: "cancel", named: id };
  if (verb === "wait" && method === "POST") return { kind: "wait", named: id };
  if (verb !== undefined) return { kind: "other" };
  if (method === "GET") return { kind: "get", named: id };
  if (method === "DELETE") return { kind: "delete", named: id };
  return { kind: "other" };
}

/** The last segment of an operation name. */
export function idOf(name: unknown): string {
  return typeof name === "string" ? (name.split("/").pop() ?? "") : "";
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isOperation = (v: unknown): v is OperationJson => isObject(v) && typeof v.name === "string" && v.name.includes("/operations/");

function parse(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The operations a successful answer shows. */
function sightingsOf(kind: RequestKind, json: unknown): Sighting[] {
  if (kind === "list") {
    const ops = isObject(json) && Array.isArray(json.operations) ? json.operations.filter(isOperation) : [];
    return ops.map((op) => ({ id: idOf(op.name), op }));
  }
  if ((kind === "get" || kind === "wait" || kind === "start") && isOperation(json)) return [{ id: idOf(json.name), op: json }];
  return [];
}

/** Every answer of a run, in order of arrival. */
export class History {
  readonly observations: Observation[] = [];
  readonly #now: () => number;
  #byId: Map<string, Array<{ obs: Observation; op: OperationJson }>> | undefined;

  /** @param now the monotonic clock answers are timed on. @default performance.now */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Records one exchange, as the transport hands it over once its body is read (so now is when it arrived). */
  add(record: WireRecord): Observation {
    const receivedAt = this.#now();
    const url = new URL(record.url);
    const { kind, named } = classify(record.method, url);
    const json = parse(record.responseBody);
    const rpcStatus = isObject(json) && isObject(json.error) && typeof json.error.status === "string" ? json.error.status : undefined;
    const observation: Observation = {
      seq: this.observations.length,
      kind,
      method: record.method,
      url: record.url,
      ...(named !== undefined ? { named } : {}),
      status: record.status,
      ...(rpcStatus !== undefined ? { rpcStatus } : {}),
      sentAt: receivedAt - record.timeMs,
      receivedAt,
      sightings: record.status === 200 ? sightingsOf(kind, json) : [],
      ...(json !== undefined ? { json } : {}),
      ...(url.searchParams.has("fields") ? { partial: true } : {}),
    };
    if (kind === "list") {
      observation.query = url.searchParams;
      if (isObject(json)) observation.nextPageToken = typeof json.nextPageToken === "string" ? json.nextPageToken : "";
    }
    this.observations.push(observation);
    this.#byId = undefined;
    return observation;
  }

  /** Observations of one kind. */
  of(kind: RequestKind): Observation[] {
    return this.observations.filter((o) => o.kind === kind);
  }

  /** Every sighting of every operation, by id, with the observation it came from (partial answers left out). */
  sightingsById(): Map<string, Array<{ obs: Observation; op: OperationJson }>> {
    if (this.#byId) return this.#byId;
    const byId = new Map<string, Array<{ obs: Observation; op: OperationJson }>>();
    for (const obs of this.observations) {
      if (obs.partial) continue;
      for (const { id, op } of obs.sightings) {
        const list = byId.get(id) ?? [];
        list.push({ obs, op });
        byId.set(id, list);
      }
    }
    this.#byId = byId;
    return byId;
  }
}

/** `a` was answered before `b` was sent: `b` shows the same state as `a` or a later one. */
export function before(a: Observation, b: Observation): boolean {
  return a.receivedAt < b.sentAt;
}

/** `GET …/operations/X -> 200`, for messages (no headers, so never a token). */
export function describe(obs: Observation): string {
  const url = new URL(obs.url);
  return `${obs.method} ${url.pathname}${url.search} -> ${obs.status}${obs.rpcStatus ? ` ${obs.rpcStatus}` : ""}`;
}
