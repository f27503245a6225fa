/**
 * Small tools the breakages share: which method a request calls, and JSON rewriting of operation
 * bodies and error envelopes. They keep each breakage to the one rule it breaks.
 */
import type { ProxiedRequest, ProxiedResponse } from "./proxy.js";

export type Method = "list" | "get" | "delete" | "cancel" | "wait" | "other";

const OPERATIONS = /^\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/operations(\/([^/]+))?$/;

/** The API method a request calls, from its verb and path (Google's flat paths). */
export function methodOf(req: ProxiedRequest): Method {
  const match = OPERATIONS.exec(req.url.pathname);
  if (!match) return "other";
  const id = match[2];
  if (id === undefined) return req.method === "GET" ? "list" : "other";
  if (id.endsWith(":cancel")) return req.method === "POST" ? "cancel" : "other";
  if (id.endsWith(":wait")) return req.method === "POST" ? "wait" : "other";
  if (req.method === "GET") return "get";
  if (req.method === "DELETE") return "delete";
  return "other";
}

/** The operation name a get/delete/cancel/wait request addresses (`projects/…/operations/ID`). */
export function operationNameOf(req: ProxiedRequest): string {
  return decodeURIComponent(req.url.pathname.replace(/^\/v1beta1\//, "").replace(/:(cancel|wait)$/, ""));
}

export type Json = Record<string, unknown>;

/** The body as a JSON object, or undefined when it is not one. */
export function jsonOf(res: { body: string }): Json | undefined {
  try {
    const value: unknown = JSON.parse(res.body);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON response with the given status and body. */
export function jsonResponse(status: number, body: unknown, contentType = "application/json"): ProxiedResponse {
  return { status, headers: new Headers({ "content-type": contentType }), body: JSON.stringify(body) };
}

/** The same response with a new JSON body. */
export function withBody(res: ProxiedResponse, body: unknown): ProxiedResponse {
  return { ...res, body: JSON.stringify(body) };
}

/** True for a 2xx answer to get, wait or list: the bodies that carry operations. */
function carriesOperations(res: ProxiedResponse, method: Method): boolean {
  return res.status >= 200 && res.status < 300 && (method === "get" || method === "wait" || method === "list");
}

/**
 * Applies `change` to every operation in a successful get, wait or list answer and returns the
 * rewritten response; other responses pass unchanged.
 */
export function mapOperations(res: ProxiedResponse, req: ProxiedRequest, change: (op: Json) => Json): ProxiedResponse {
  const method = methodOf(req);
  const body = jsonOf(res);
  if (!body || !carriesOperations(res, method)) return res;
  if (method !== "list") return withBody(res, change(body));
  const operations = Array.isArray(body.operations) ? (body.operations as Json[]) : [];
  return withBody(res, { ...body, operations: operations.map(change) });
}

/** A request to a method that starts an operation: a POST or DELETE on a resource outside the operations collection. */
export function isStart(req: ProxiedRequest): boolean {
  return (req.method === "POST" || req.method === "DELETE") && req.url.pathname.startsWith("/v1beta1/projects/") && !OPERATIONS.test(req.url.pathname.replace(/:[^/]*$/, ""));
}

/** Like mapOperations, and also the Operation a successful start answers with. */
export function mapEveryOperation(res: ProxiedResponse, req: ProxiedRequest, change: (op: Json) => Json): ProxiedResponse {
  if (!isStart(req)) return mapOperations(res, req, change);
  const body = jsonOf(res);
  return body && res.status >= 200 && res.status < 300 ? withBody(res, change(body)) : res;
}

/** Whether an operation's metadata carries the given detail member (`createModelDetails`…): what kind of work it is. */
export function isKind(op: Json, detail: string): boolean {
  return detail in metadataOf(op);
}

/** Applies `change` to the `error` object of an AIP-193 error envelope; other responses pass unchanged. */
export function mapErrorEnvelope(res: ProxiedResponse, change: (error: Json, res: ProxiedResponse) => unknown): ProxiedResponse {
  const body = jsonOf(res);
  if (res.status < 400 || !body || typeof body.error !== "object" || body.error === null) return res;
  return withBody(res, change(body.error as Json, res));
}

/** The metadata object of an operation (empty when it has none). */
export function metadataOf(op: Json): Json {
  return typeof op.metadata === "object" && op.metadata !== null ? (op.metadata as Json) : {};
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The operation name with another operation id (`…/operations/OTHER`). */
export function withOperationId(name: string, id: string): string {
  return name.replace(/\/operations\/[^/]+$/, `/operations/${id}`);
}
