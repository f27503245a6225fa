/**
 * The operations client: openapi-fetch for paths and types, extended only through its seams (auth as
 * middleware; redirects, timeouts and retries as a wrapped fetch). Friendly methods return values and
 * throw typed errors; `raw` keeps openapi-fetch's `{ data, error, response }`.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { createAuthMiddleware, createTokenGuard, identificationHeaders, staticAuthHeader } from "./auth.js";
import { formatDurationMs, isDuration } from "./duration.js";
import { apiErrorFromBody, InvalidOptionError, ResponseValidationError, type RequestTarget } from "./errors.js";
import { operationResult, pollUntilDone } from "./lro.js";
import { locationPathParams, operationPathParams } from "./names.js";
import {
  checkClientOptions,
  checkListOptions,
  checkNumber,
  type Any,
  type CallOptions,
  type ListOperationsResponse,
  type ListOptions,
  type Operation,
  type OperationsClientOptions,
  type PollOptions,
  type WaitOptions,
} from "./options.js";
import { listAll } from "./pagination.js";
import { OutgoingRequest } from "./outgoing-request.js";
import { followSameOriginRedirects } from "./redirect.js";
import { attemptsOf, createRetryingFetch } from "./retry.js";
import { createStartMethod } from "./start-loader.js";
import type { StartMethod } from "./start-types.js";
import type { ResponseChecker, ResponseSchema } from "./validation.js";

export interface OperationsClient {
  /** The openapi-fetch client underneath, with the same auth, retries and timeouts. */
  readonly raw: Client<paths>;
  /** The latest state of an operation. */
  get(name: string, options?: CallOptions): Promise<Operation>;
  /** One page of the operations under `parent` (`projects/{project}/locations/{location}`). */
  listPage(parent: string, options?: ListOptions): Promise<ListOperationsResponse>;
  /** Every operation under `parent`, across pages. */
  list(parent: string, options?: ListOptions): AsyncIterable<Operation>;
  /** Asks the server to cancel; check with `get` whether it took effect. */
  cancel(name: string, options?: CallOptions): Promise<void>;
  /** Deletes the operation record (does not cancel it). */
  delete(name: string, options?: CallOptions): Promise<void>;
  /** One `:wait`: the state when done or when `timeout` passes, whichever is first. */
  wait(name: string, options?: WaitOptions): Promise<Operation>;
  /** Polls (or waits) until done; resolves with the finished operation, failed or not. */
  pollUntilDone(name: string, options?: PollOptions): Promise<Operation>;
  /** Waits until done; resolves with `response`, or throws OperationError with the Status whole. */
  result(name: string, options?: PollOptions): Promise<Any | undefined>;
  /** Starts a method of the spec that starts an operation (createModel, deployModel, …); see start.ts. */
  start: StartMethod;
}

type RawResult = { data?: unknown; error?: unknown; response: Response };

const OPERATION_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
const LIST_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations";

/** Creates a client for the `projects.locations.operations` resource. */
export function createOperationsClient(options: OperationsClientOptions = {}): OperationsClient {
  const baseUrl = checkClientOptions(options);
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const transport = createRetryingFetch(followSameOriginRedirects(baseFetch), {
    retry: options.retry ?? {},
    timeoutMs: options.timeoutMs,
    beforeSend: createTokenGuard(baseUrl, options),
  });
  const headers = { ...identificationHeaders(options.userAgent), ...staticAuthHeader(options) };
  // OutgoingRequest through openapi-fetch's `Request` option: one Request is built per attempt, by fetch.
  const Request = OutgoingRequest as unknown as typeof globalThis.Request;
  const raw = createClient<paths>({ baseUrl, fetch: transport, redirect: "manual", headers, Request, pathSerializer });
  if (typeof options.token === "function") raw.use(createAuthMiddleware(options.token));
  let checker: Promise<ResponseChecker> | undefined;

  const urlOf = (name: string, suffix = "") =>
    `${baseUrl}/v1beta1/${name.split("/").map(encodeURIComponent).join("/")}${suffix}`;

  /** Checks and parses a result; `where` names the call (built only when an error needs it). */
  async function finish<T>(where: () => RequestTarget, schema: ResponseSchema, result: RawResult): Promise<T> {
    const { response } = result;
    if (!response.ok) {
      const target = where();
      const location = response.headers.get("location");
      // Browsers report a redirect left unfollowed ("manual") as an opaque response with status 0.
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400 && location !== null)) {
        const to = location === null ? "another origin" : new URL(location, target.url).origin;
        const body = { error: { message: `redirect to ${to} not followed: the token stays with its origin` } };
        throw apiErrorFromBody(target, response.status, body, attemptsOf(response));
      }
      throw apiErrorFromBody(target, response.status, result.error, attemptsOf(response));
    }
    const text = typeof result.data === "string" ? result.data : "";
    let body: unknown = schema === "Empty" && text === "" ? {} : undefined;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ResponseValidationError(where(), ["body is not JSON"], text.slice(0, 200));
      }
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new ResponseValidationError(where(), [`body is not a JSON object`], body);
    }
    if (options.validateResponses) {
      // Loaded on first use: the checker and the validators stay out of the entry bundle.
      checker ??= import("./validation.js").then((validation) => validation.createResponseChecker());
      const problems = (await checker)(schema, body);
      if (problems) throw new ResponseValidationError(where(), problems, body);
    }
    return body as T;
  }

  const client: OperationsClient = {
    raw,
    async get(name, call = {}) {
      const path = operationPathParams(name);
      const result = await raw.GET(OPERATION_PATH, { params: { path }, signal: call.signal, parseAs: "text" });
      return finish<Operation>(() => ({ method: "GET", url: urlOf(name) }), "Operation", result);
    },
    async listPage(parent, list = {}) {
      const path = locationPathParams(parent);
      checkListOptions(list);
      const query = { filter: list.filter, pageSize: list.pageSize, pageToken: list.pageToken };
      const result = await raw.GET(LIST_PATH, { params: { path, query }, signal: list.signal, parseAs: "text" });
      return finish<ListOperationsResponse>(() => ({ method: "GET", url: urlOf(`${parent}/operations`) }), "ListOperationsResponse", result);
    },
    list(parent, list = {}) {
      locationPathParams(parent);
      checkListOptions(list);
      return listAll(client.listPage, parent, list, { method: "GET", url: urlOf(`${parent}/operations`) });
    },
    async cancel(name, call = {}) {
      const path = operationPathParams(name);
      // Google's client sends `{}` with Content-Type application/json (pitfalls: no body, no type).
      const result = await raw.POST(`${OPERATION_PATH}:cancel`, { params: { path }, body: {}, signal: call.signal, parseAs: "text" });
      await finish(() => ({ method: "POST", url: urlOf(name, ":cancel") }), "Empty", result);
    },
    async delete(name, call = {}) {
      const path = operationPathParams(name);
      const result = await raw.DELETE(OPERATION_PATH, { params: { path }, signal: call.signal, parseAs: "text" });
      await finish(() => ({ method: "DELETE", url: urlOf(name) }), "Empty", result);
    },
    async wait(name, call = {}) {
      const path = operationPathParams(name);
      const body = call.timeout === undefined ? {} : { timeout: waitTimeout(call.timeout) };
      const result = await raw.POST(`${OPERATION_PATH}:wait`, { params: { path }, body, signal: call.signal, parseAs: "text" });
      return finish<Operation>(() => ({ method: "POST", url: urlOf(name, ":wait") }), "Operation", result);
    },
    pollUntilDone: (name, poll) => pollUntilDone(client, name, poll, options.timeoutMs),
    result: (name, poll) => operationResult(client, name, poll, options.timeoutMs),
    start: (operationId, request) => createStartMethod(client, baseUrl)(operationId, request),
  };
  return client;
}

/**
 * Fills `{name}` path parameters with their percent-encoded values. openapi-fetch's default also handles
 * the label, matrix and exploded styles, which this API never uses, at several times the cost of a
 * local call's own path building (bench/sdk-throughput.ts). As there, a missing value leaves `{name}`.
 */
function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? match : encodeURIComponent(String(value));
  });
}

/** wait's `timeout` as a Duration string: one given, or milliseconds converted. */
function waitTimeout(timeout: string | number): string {
  if (typeof timeout === "number") {
    checkNumber("timeout", timeout, { min: 0 });
    return formatDurationMs(timeout);
  }
  if (typeof timeout !== "string" || !isDuration(timeout)) {
    throw new InvalidOptionError("timeout", timeout, 'a Duration such as "3.5s", or milliseconds');
  }
  return timeout;
}
