/**
 * The openapi-fetch client behind `raw`, loaded on its first request (raw.ts): openapi-fetch with the
 * transport as its fetch, OutgoingRequest as its `Request`, and a path serializer for the simple style.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { OutgoingRequest, toOutgoingRequest } from "./outgoing-request.js";
import type { Transport } from "./transport.js";

/**
 * Fills `{name}` path parameters with their percent-encoded values. openapi-fetch's default also handles
 * the label, matrix and exploded styles, which this API never uses, at several times the cost. As
 * there, a missing value leaves `{name}`.
 */
function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? match : encodeURIComponent(String(value));
  });
}

/** An openapi-fetch client of `baseUrl` sending through `transport`, with `headers` as its defaults. */
export function createOpenapiClient(
  baseUrl: string,
  transport: Transport,
  headers: Record<string, string>,
  middleware: readonly Middleware[],
): Client<paths> {
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // openapi-fetch hands over an OutgoingRequest: take it as it is, without an extra await.
    const request = input instanceof OutgoingRequest && init === undefined ? input : await toOutgoingRequest(input, init);
    const { method, url, headers, body, redirect } = request;
    return transport.send({ method, url, headers, body, redirect, signal: request.init().signal ?? undefined });
  };
  // OutgoingRequest through openapi-fetch's `Request` option: fetch gets (url, init) once per attempt.
  const Request = OutgoingRequest as unknown as typeof globalThis.Request;
  const client = createClient<paths>({ baseUrl, fetch: fetch as typeof globalThis.fetch, redirect: "manual", headers, Request, pathSerializer });
  client.use(...middleware);
  return client;
}

const OPERATION_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
const LIST_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations";

/** A friendly call, as client.ts describes it; its name is checked before it comes here. */
export interface FriendlyCall {
  method: "GET" | "POST" | "DELETE";
  name: string;
  verb?: "cancel" | "wait" | undefined;
  list?: { filter?: string | undefined; pageSize?: number | undefined; pageToken?: string | undefined } | undefined;
  signal: AbortSignal | undefined;
}

/** A friendly call through openapi-fetch (`parseAs: "text"`), so middleware registered on `raw` sees it. */
export function throughOpenapiClient(raw: Client<paths>, call: FriendlyCall, body: string | undefined) {
  const { signal, list } = call;
  // A checked name: projects/{project}/locations/{location}[/operations/{operation}].
  const [, projectsId = "", , locationsId = "", , operationsId = ""] = call.name.split("/");
  if (list) {
    const query = { filter: list.filter, pageSize: list.pageSize, pageToken: list.pageToken };
    return raw.GET(LIST_PATH, { params: { path: { projectsId, locationsId }, query }, signal, parseAs: "text" });
  }
  const params = { path: { projectsId, locationsId, operationsId } };
  if (call.method === "GET") return raw.GET(OPERATION_PATH, { params, signal, parseAs: "text" });
  if (call.method === "DELETE") return raw.DELETE(OPERATION_PATH, { params, signal, parseAs: "text" });
  return call.verb === "cancel"
    ? raw.POST(`${OPERATION_PATH}:cancel`, { params, body: {}, signal, parseAs: "text" })
    : raw.POST(`${OPERATION_PATH}:wait`, { params, body: JSON.parse(body ?? "{}") as { timeout?: string }, signal, parseAs: "text" });
}
