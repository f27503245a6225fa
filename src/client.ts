/**
 * The operations client: openapi-fetch for paths and types, sending through one transport (transport.ts:
 * the token and its guard, redirects, deadlines, retries) given as its fetch. Friendly methods return
 * values and throw typed errors, redacted of the tokens in play; `raw` keeps openapi-fetch's
 * `{ data, error, response }`.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { identificationHeaders } from "./auth.js";
import { durationOfMs, isDuration } from "./duration.js";
import { InvalidOptionError, type RequestTarget } from "./errors.js";
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
import { redactError } from "./redact-error.js";
import { finish as finishResult, type Finisher, type RawResult } from "./response.js";
import { createTokens } from "./token.js";
import { createTransport } from "./transport.js";
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
}

const OPERATION_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
const LIST_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations";

/** Creates a client for the `projects.locations.operations` resource. */
export function createOperationsClient(options: OperationsClientOptions = {}): OperationsClient {
  const baseUrl = checkClientOptions(options);
  const tokens = createTokens(options.token);
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const transport = createTransport({
    fetch: baseFetch,
    retry: options.retry ?? {},
    timeoutMs: options.timeoutMs,
    baseUrl,
    tokens,
    allowInsecureHttp: options.allowInsecureHttp === true,
  });
  const headers: Record<string, string> = { ...identificationHeaders(options.userAgent) };
  if (tokens.fixed !== undefined) headers["Authorization"] = tokens.fixed;
  // OutgoingRequest through openapi-fetch's `Request` option: one Request is built per attempt, by fetch.
  const Request = OutgoingRequest as unknown as typeof globalThis.Request;
  const raw = createClient<paths>({ baseUrl, fetch: transport.fetch, redirect: "manual", headers, Request, pathSerializer });
  let checker: Promise<ResponseChecker> | undefined;
  const finisher: Finisher = {
    secrets: tokens.secrets,
    // Loaded on first use: the checker and the validators stay out of the entry bundle.
    checker: options.validateResponses
      ? () => (checker ??= import("./validation.js").then((validation) => validation.createResponseChecker()))
      : undefined,
  };
  const redacted = (error: unknown) => redactError(error, tokens.secrets());

  const urlOf = (name: string, suffix = "") =>
    `${baseUrl}/v1beta1/${name.split("/").map(encodeURIComponent).join("/")}${suffix}`;

  /** Checks and parses a result; every error leaves without the tokens in play. */
  async function finish<T>(where: () => RequestTarget, schema: ResponseSchema, pending: () => Promise<RawResult>): Promise<T> {
    try {
      return await finishResult<T>(where, schema, await pending(), finisher);
    } catch (error) {
      throw redacted(error);
    }
  }

  const client: OperationsClient = {
    raw,
    async get(name, call = {}) {
      const path = operationPathParams(name);
      const result = () => raw.GET(OPERATION_PATH, { params: { path }, signal: call.signal, parseAs: "text" });
      return finish<Operation>(() => ({ method: "GET", url: urlOf(name) }), "Operation", result);
    },
    async listPage(parent, list = {}) {
      const path = locationPathParams(parent);
      checkListOptions(list);
      const query = { filter: list.filter, pageSize: list.pageSize, pageToken: list.pageToken };
      const result = () => raw.GET(LIST_PATH, { params: { path, query }, signal: list.signal, parseAs: "text" });
      return finish<ListOperationsResponse>(() => ({ method: "GET", url: urlOf(`${parent}/operations`) }), "ListOperationsResponse", result);
    },
    list(parent, list = {}) {
      locationPathParams(parent);
      checkListOptions(list);
      return redactedPages(listAll(client.listPage, parent, list, { method: "GET", url: urlOf(`${parent}/operations`) }), redacted);
    },
    async cancel(name, call = {}) {
      const path = operationPathParams(name);
      // Google's client sends `{}` with Content-Type application/json (pitfalls: no body, no type).
      const result = () => raw.POST(`${OPERATION_PATH}:cancel`, { params: { path }, body: {}, signal: call.signal, parseAs: "text" });
      await finish(() => ({ method: "POST", url: urlOf(name, ":cancel") }), "Empty", result);
    },
    async delete(name, call = {}) {
      const path = operationPathParams(name);
      const result = () => raw.DELETE(OPERATION_PATH, { params: { path }, signal: call.signal, parseAs: "text" });
      await finish(() => ({ method: "DELETE", url: urlOf(name) }), "Empty", result);
    },
    async wait(name, call = {}) {
      const path = operationPathParams(name);
      const body = call.timeout === undefined ? {} : { timeout: waitTimeout(call.timeout) };
      const result = () => raw.POST(`${OPERATION_PATH}:wait`, { params: { path }, body, signal: call.signal, parseAs: "text" });
      return finish<Operation>(() => ({ method: "POST", url: urlOf(name, ":wait") }), "Operation", result);
    },
    pollUntilDone: (name, poll) => pollUntilDone(client, name, poll, options.timeoutMs).catch((e: unknown) => Promise.reject(redacted(e))),
    result: (name, poll) => operationResult(client, name, poll, options.timeoutMs).catch((e: unknown) => Promise.reject(redacted(e))),
  };
  return client;
}

/** The pages of `list`, with any error redacted as it leaves. */
async function* redactedPages<T>(pages: AsyncIterable<T>, redacted: (error: unknown) => unknown): AsyncGenerator<T, void, undefined> {
  try {
    yield* pages;
  } catch (error) {
    throw redacted(error);
  }
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
