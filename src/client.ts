/**
 * The operations client. Friendly methods return values and throw typed errors; `raw` keeps
 * openapi-fetch's `{ data, error, response }`. Both send through one transport (transport.ts: the token
 * and its guard, redirects, deadlines, retries). The friendly methods build their URL and headers
 * themselves and hand the transport a plain request: openapi-fetch's per-call work (merging headers,
 * serializing the path, building a request object) led a CPU profile of a local `get`
 * (bench/sdk-throughput.ts, bench/sdk/profile-top.ts). When middleware is registered on `raw`, they go
 * through openapi-fetch instead, so the middleware sees them.
 */
import { identificationHeaders } from "./auth.js";
import { durationOfMs, isDuration } from "./duration.js";
import { InvalidOptionError, type RequestTarget } from "./errors.js";
import { locationPath, operationPath } from "./names.js";
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
import { createRawClient } from "./raw.js";
import type { OperationsRawClient } from "./raw-type.js";
import { finish, parsedObject, readResult, type Finisher, type RawResult } from "./response.js";
import { createStartMethod } from "./start-loader.js";
import type { StartMethod } from "./start-types.js";
import { createTokens } from "./token.js";
import { createTransport, isFinal, type WireRequest } from "./transport.js";
import { DEFAULT_MAX_RESPONSE_BYTES, readBoundedText } from "./bounded-body.js";
import { attemptTimeoutMs, PlainDeadline } from "./default-deadline.js";
import { checkJsonDepth } from "./json-depth.js";
import type { ResponseChecker, ResponseSchema } from "./validation.js";

export interface OperationsClient {
  /**
   * The openapi-fetch client underneath, with the same auth, retries and timeouts. Typed as
   * `Client<paths>` once the app imports `automl-ops-kit/raw` (raw-type.ts says why).
   */
  readonly raw: OperationsRawClient;
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

/**
 * One friendly call as a plain description: `send` checks it, so a bad name or option rejects the
 * call's promise, and no closure is built per call (see transport.ts).
 */
interface Call {
  method: "GET" | "POST" | "DELETE";
  /** The operation's name, or list's parent. */
  name: string;
  /** A custom method (AIP-136) on the operation, with a JSON body. */
  verb?: "cancel" | "wait";
  /** list's options: the call is a list of `name`'s operations. */
  list?: ListOptions;
  /** wait's timeout. */
  timeout?: string | number | undefined;
  signal: AbortSignal | undefined;
  /** Empty answers resolve the call with undefined. */
  schema: ResponseSchema;
}

/** The URL path after `/v1beta1/` (encoded) and the JSON body of a call; throws for a bad name or option. */
function pathAndBody(call: Call): [path: string, body: string | undefined] {
  if (call.list) {
    const path = `${locationPath(call.name)}/operations`;
    checkListOptions(call.list);
    const query = listQuery(call.list);
    return [query ? `${path}?${query}` : path, undefined];
  }
  const path = operationPath(call.name);
  // Google's client sends `{}` with Content-Type application/json (pitfalls: no body, no type).
  if (call.verb === "cancel") return [`${path}:cancel`, "{}"];
  if (call.verb === "wait") return [`${path}:wait`, call.timeout === undefined ? "{}" : JSON.stringify({ timeout: waitTimeout(call.timeout) })];
  return [path, undefined];
}

/** Creates a client for the `projects.locations.operations` resource. */
export function createOperationsClient(options: OperationsClientOptions = {}): OperationsClient {
  const baseUrl = checkClientOptions(options);
  const tokens = createTokens(options.token);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const transport = createTransport({
    fetch: baseFetch,
    retry: options.retry ?? {},
    timeoutMs: options.timeoutMs,
    baseUrl,
    tokens,
    allowInsecureHttp: options.allowInsecureHttp === true,
    maxResponseBytes,
  });
  // Built once per client and handed to every request as they are: nothing per call.
  const headers: Record<string, string> = { ...identificationHeaders(options.userAgent) };
  if (tokens.fixed !== undefined) headers["Authorization"] = tokens.fixed;
  const raw = createRawClient(baseUrl, transport, headers);
  // The friendly calls hand fetch Headers objects, built once: fetch copies their entries as they are,
  // where a plain object's every name and value is converted and checked again on each request
  // (undici's HeadersInit), which made the SDK's headers cost about 0.5 µs more per request.
  const getHeaders = new Headers(headers);
  const jsonHeaders = new Headers({ "Content-Type": "application/json", ...headers });
  let checker: Promise<ResponseChecker> | undefined;
  const onDemand = () => import("./on-demand.js");
  const finisher: Finisher = {
    secrets: tokens.secrets,
    onDemand,
    // Loaded on first use: the checker and the validators stay out of the entry bundle.
    checker: options.validateResponses
      ? () => (checker ??= import("./validation.js").then((validation) => validation.createResponseChecker()))
      : undefined,
  };
  /** `error` without the tokens in play; the redaction code is loaded with the first error that needs it. */
  async function redacted(error: unknown): Promise<unknown> {
    const secrets = tokens.secrets();
    if (secrets.length === 0) return error;
    return (await onDemand()).redactError(error, secrets);
  }

  async function send<T>(call: Call): Promise<T> {
    let deadline: PlainDeadline | undefined;
    try {
      const [path, body] = pathAndBody(call);
      const url = `${baseUrl}/v1beta1/${path}`;
      // Errors name the URL without its query, as the method and resource it was.
      const target: RequestTarget = { method: call.method, url: call.list ? url.split("?")[0]! : url };
      let result: RawResult;
      if (raw.hasMiddleware()) result = await raw.through(call, body);
      else {
        const wire: WireRequest = { method: call.method, url, headers: body === undefined ? getHeaders : jsonHeaders, body: body ?? null, signal: call.signal };
        const { attempt } = transport;
        let response: Response;
        if (attempt === undefined) response = await transport.send(wire);
        else {
          // A plain call's first attempt, awaited here so the call carries no promise of the transport's own.
          const started = Date.now();
          const pending = attempt(wire);
          // The default deadline (default-deadline.ts) as one timer, covering the body as well.
          const timer = new PlainDeadline(attemptTimeoutMs(undefined, url), target);
          deadline = timer;
          let carriedOn = false;
          try {
            response = await timer.headers(pending);
          } catch (error) {
            carriedOn = true;
            timer.dispose();
            deadline = undefined;
            response = await transport.resume(wire, started, { error });
          }
          if (!carriedOn && !isFinal(response.status)) {
            timer.dispose();
            deadline = undefined;
            response = await transport.resume(wire, started, { response });
          }
        }
        if (response.ok && finisher.checker === undefined) {
          // A success that needs no validation is parsed here: finish (below) makes the error of one that
          // does not parse to an object. Skipping its bookkeeping is about 1% of a local list page
          // (bench/sdk-throughput.ts).
          const text = await readBoundedText(response, maxResponseBytes, target, deadline);
          checkJsonDepth(text, target);
          const parsed = parsedObject(text, call.schema);
          if (parsed !== undefined) return (call.schema === "Empty" ? undefined : parsed) as T;
          result = { data: text, response, checked: true };
        } else result = await readResult(response, maxResponseBytes, target, deadline);
      }
      const value = finish<T>(target, call.schema, result, finisher);
      const done = value instanceof Promise ? await value : value;
      return (call.schema === "Empty" ? undefined : done) as T;
    } catch (error) {
      throw await redacted(error);
    } finally {
      deadline?.dispose();
    }
  }

  const client: OperationsClient = {
    raw: raw.client,
    get: (name, call = {}) => send<Operation>({ method: "GET", name, signal: call.signal, schema: "Operation" }),
    listPage: (parent, list = {}) => send<ListOperationsResponse>({ method: "GET", name: parent, list, signal: list.signal, schema: "ListOperationsResponse" }),
    list(parent, list = {}) {
      const path = `${locationPath(parent)}/operations`;
      checkListOptions(list);
      return redactedPages(listAll(client.listPage, parent, list, { method: "GET", url: `${baseUrl}/v1beta1/${path}` }), redacted);
    },
    cancel: (name, call = {}) => send<void>({ method: "POST", name, verb: "cancel", signal: call.signal, schema: "Empty" }),
    delete: (name, call = {}) => send<void>({ method: "DELETE", name, signal: call.signal, schema: "Empty" }),
    wait: (name, call = {}) => send<Operation>({ method: "POST", name, verb: "wait", timeout: call.timeout, signal: call.signal, schema: "Operation" }),
    // Polling is loaded on first use, out of the entry bundle.
    pollUntilDone: (name, poll) =>
      onDemand().then((lro) => lro.pollUntilDone(client, name, poll, options.timeoutMs)).catch(async (e: unknown) => Promise.reject(await redacted(e))),
    result: (name, poll) =>
      onDemand().then((lro) => lro.operationResult(client, name, poll, options.timeoutMs)).catch(async (e: unknown) => Promise.reject(await redacted(e))),
    // What start rejects with (the request it sends, the answer it reads) leaves redacted too.
    start: (operationId, request) =>
      createStartMethod(client, baseUrl)(operationId, request).catch(async (e: unknown) => Promise.reject(await redacted(e))),
  };
  return client;
}

/** The query of a list request, as openapi-fetch's default serializer writes it (form style, encoded). */
function listQuery(list: ListOptions): string {
  const parts: string[] = [];
  if (list.filter !== undefined) parts.push(`filter=${encodeURIComponent(list.filter)}`);
  if (list.pageSize !== undefined) parts.push(`pageSize=${list.pageSize}`);
  if (list.pageToken !== undefined) parts.push(`pageToken=${encodeURIComponent(list.pageToken)}`);
  return parts.join("&");
}

/** The pages of `list`, with any error redacted as it leaves. */
async function* redactedPages<T>(pages: AsyncIterable<T>, redacted: (error: unknown) => Promise<unknown>): AsyncGenerator<T, void, undefined> {
  try {
    yield* pages;
  } catch (error) {
    throw await redacted(error);
  }
}

/** wait's `timeout` as a Duration string: one given, or milliseconds converted (InvalidOptionError past the range). */
function waitTimeout(timeout: string | number): string {
  const expected = 'a Duration such as "3.5s", or milliseconds, from 0 to 315,576,000,000 s';
  if (typeof timeout === "number") {
    checkNumber("timeout", timeout, { min: 0 });
    const text = durationOfMs(timeout);
    if (text === undefined) throw new InvalidOptionError("timeout", timeout, expected);
    return text;
  }
  if (typeof timeout !== "string" || !isDuration(timeout)) throw new InvalidOptionError("timeout", timeout, expected);
  return timeout;
}
