/**
 * The fake's request listener: CORS, the request target and Host, routing, auth, faults, query and
 * body checks, then the method. Exported so tests (and the contract kit's "broken servers") can mount
 * it in their own server or wrap its responses.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { isJsonType, parseJsonObject, readBody, rejectUnknownFields } from "./body.js";
import { sleep } from "../deadline.js";
import { systemClock, type Clock } from "./clock.js";
import { CONTROL_PREFIX, controlRefusal, handleControl } from "./control.js";
import { corsHeaders, corsPolicy, isPreflight, preflightHeaders } from "./cors.js";
import { asFakeError, errors, type FakeError } from "./errors.js";
import { FaultInjector } from "./faults.js";
import { hostProblem, originForm } from "./http-edges.js";
import { cancelOperation, deleteOperation, getOperation, listOperations, type ListSettings } from "./methods.js";
import { PageCache } from "./page-cache.js";
import { PageTokens } from "./page-token.js";
import { createResponder, JSON_CONTENT_TYPE, logViolation, type RequestInfo } from "./respond.js";
import { readQuery, resolveRoute, type Route } from "./router.js";
import { cachedResolver } from "./route-cache.js";
import { seedOperations } from "./seed.js";
import { defaultResources } from "./starters/resource-seed.js";
import { StarterService } from "./starters/service.js";
import { queryToken, responseView, type ResponseView } from "./standard-parameters.js";
import { OperationStore } from "./store.js";
import type { FakeHandlerOptions } from "./types.js";
import { waitForOperation, waitTimeoutMs } from "./wait.js";

export interface FakeHandler {
  /** A node `(req, res)` listener serving the API. */
  listener: RequestListener;
  store: OperationStore;
  clock: Clock;
  /** The methods that start operations, and the resources they work on. */
  starters: StarterService;
  /** Goes back to the seed (operations laid out from the clock's now, and the starters' resources). */
  reset(): void;
  /** Answers pending waits now with the latest state, and every later wait at once (the server is closing). */
  drain(): void;
  /**
   * Answers a request with `error` (and the CORS headers it is due, unless `withCors` is false) without
   * looking at it further. @param withCors @default true
   */
  refuse(req: IncomingMessage, res: ServerResponse, error: FakeError, withCors?: boolean): void;
}

const LIST_PARAMETERS = ["filter", "pageSize", "page_size", "pageToken", "page_token", "returnPartialSuccess", "return_partial_success"];
const NO_PARAMETERS: string[] = [];
const EMPTY_QUERY: ReadonlyMap<string, string> = new Map();
const BEARER = /^Bearer\s+\S+/i;

/** Builds the listener and its store (seeded as asked). */
export function createFakeHandler(options: FakeHandlerOptions = {}): FakeHandler {
  const clock = options.clock ?? systemClock;
  const store = new OperationStore(clock);
  const seed = options.seed ?? "default";

  const faults = new FaultInjector(options.faults ?? [], options.faultSeed ?? 1);
  const hasFaults = (options.faults ?? []).length > 0;
  const resourceSeed = options.resources ?? "default";
  const seedResources = () => (resourceSeed === "default" ? defaultResources() : resourceSeed === "none" ? [] : resourceSeed);
  const starters = new StarterService({
    specPath: options.spec,
    store,
    clock,
    resources: seedResources(),
    durations: options.startDurations,
    faults: options.faults,
    faultSeed: options.faultSeed,
  });
  // After the starters, whose detail members the store then accepts (a saved state may hold their operations).
  store.createAll(options.initialOperations ?? seedOperations(seed, clock.now()));
  // A method name is part of the key, so unknown methods are not cached past the few a client sends.
  const routeOf = cachedResolver((method, path) => starters.resolve(method, path) ?? resolveRoute(method, path));
  const responder = createResponder(options.selfCheck ?? false, options.onViolation ?? logViolation);
  const cors = corsPolicy(options.cors ?? true);
  const bodyLimit = options.bodyLimit ?? 65_536;
  const maxWaitMs = options.maxWaitMs ?? 300_000;
  const draining = new AbortController();
  const list: ListSettings = {
    defaultPageSize: options.defaultPageSize ?? 50,
    maxPageSize: options.maxPageSize ?? 1000,
    tokens: new PageTokens(options.tokenSecret),
    pages: new PageCache(),
    unreachable: new Set(options.unreachable ?? []),
  };
  const reset = () => {
    store.reset(seedOperations(seed, clock.now()));
    starters.resources.reset(seedResources());
  };

  /** Runs the method; synchronous unless the method (wait) has to wait. */
  function serve(route: Route, res: ServerResponse, query: ReadonlyMap<string, string>, body: Record<string, unknown> | undefined): unknown {
    switch (route.method) {
      case "list":
        if (body) throw errors.bodyNotAllowed("list");
        return listOperations(store, route, query, list);
      case "get":
        if (body) throw errors.bodyNotAllowed("get");
        return getOperation(store, route);
      case "delete":
        if (body) throw errors.bodyNotAllowed("delete");
        return deleteOperation(store, route);
      case "cancel":
        // The body is an empty message: nothing, or `{}` as Google's client sends it; any member is refused.
        rejectUnknownFields(body, []);
        return cancelOperation(store, route);
      case "wait": {
        const timeoutMs = waitTimeoutMs(body, maxWaitMs);
        const gone = new AbortController();
        res.once("close", () => gone.abort());
        return waitForOperation(store, route.name, timeoutMs, AbortSignal.any([gone.signal, draining.signal]));
      }
      case "start":
        return starters.start(route, body);
    }
  }

  /** Applies the faults drawn for this request; resolves false when the connection was dropped. */
  async function applyFaults(method: string, req: IncomingMessage): Promise<boolean> {
    const decision = faults.decide(method);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    const outcome = decision.outcome;
    if (outcome.kind === "drop") {
      req.socket.destroy();
      return false;
    }
    if (outcome.kind === "503") throw errors.unavailable(outcome.retryAfterMs);
    if (outcome.kind === "429") throw errors.rateLimited(outcome.retryAfterMs);
    return true;
  }

  function readRequestQuery(route: Route, search: string): { query: ReadonlyMap<string, string>; view: ResponseView | undefined } {
    if (search === "") return { query: EMPTY_QUERY, view: undefined };
    const query = readQuery(search, route.method === "list" ? LIST_PARAMETERS : NO_PARAMETERS);
    return { query, view: responseView(query, route.method) };
  }

  async function handleSlowly(route: Route, req: IncomingMessage, res: ServerResponse, search: string, request: RequestInfo): Promise<void> {
    let view: ResponseView | undefined;
    try {
      const body = hasBody(req) ? parseJsonObject(await readBody(req, bodyLimit), req.headers["content-type"]) : undefined;
      const parsed = readRequestQuery(route, search);
      view = parsed.view;
      if (hasFaults && !(await applyFaults(route.method === "start" ? route.operationId : route.method, req))) return;
      responder.send(res, request, 200, await serve(route, res, parsed.query, body), undefined, view);
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown), view);
    }
  }

  async function handleControlRequest(req: IncomingMessage, res: ServerResponse, request: RequestInfo, search: string): Promise<void> {
    try {
      if (!options.control) throw errors.unknownPath(request.method, request.path);
      const refusal = controlRefusal(req);
      if (refusal) throw refusal;
      if (options.requireAuth && !hasCredentials(req, search)) throw errors.unauthenticated();
      // Only JSON, even for an empty body: a CORS-simple POST (text/plain, form types) is refused whatever it holds.
      const type = req.headers["content-type"];
      if (type !== undefined && !isJsonType(type)) throw errors.unsupportedContentType(type);
      const body = parseJsonObject(await readBody(req, bodyLimit), type);
      const result = handleControl(store, reset, request.method, request.path, body);
      res.writeHead(200, { "content-type": JSON_CONTENT_TYPE }).end(JSON.stringify(result));
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown));
    }
  }

  /** Sets the CORS headers of a request from `origin`; true when it was a preflight, now answered. */
  function answerCors(req: IncomingMessage, res: ServerResponse, origin: string, request: RequestInfo): boolean {
    if (isPreflight(req)) {
      const headers = preflightHeaders(cors!, req);
      if (headers) res.writeHead(204, headers).end();
      else responder.sendError(res, request, errors.corsOriginRefused(origin));
      return true;
    }
    const headers = corsHeaders(cors!, origin);
    if (headers) for (const name in headers) res.setHeader(name, headers[name]!);
    return false;
  }

  const listener: RequestListener = (req, res) => {
    const method = req.method ?? "GET";
    const target = originForm(req.url ?? "/");
    const q = target.indexOf("?");
    const path = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? "" : target.slice(q + 1);
    const request: RequestInfo = { method, path };
    // The control routes answer no CORS at all: no page on another site may drive the fake.
    const control = path.startsWith(CONTROL_PREFIX);
    const origin = cors && !control ? req.headers.origin : undefined;
    if (origin !== undefined && answerCors(req, res, origin, request)) return;
    try {
      const badHost = hostProblem(req);
      if (badHost) throw badHost;
      if (control) {
        void handleControlRequest(req, res, request, search);
        return;
      }
      const route = routeOf(method, path);
      request.route = route.method;
      if (options.requireAuth && !hasCredentials(req, search)) throw errors.unauthenticated();
      // The common case, a request without body or faults, is answered synchronously.
      if (hasBody(req) || hasFaults || route.method === "wait") {
        void handleSlowly(route, req, res, search, request);
        return;
      }
      if (search === "") return responder.send(res, request, 200, serve(route, res, EMPTY_QUERY, undefined));
      const { query, view } = readRequestQuery(route, search);
      responder.send(res, request, 200, serve(route, res, query, undefined), undefined, view);
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown));
    }
  };

  return {
    listener,
    store,
    clock,
    starters,
    reset,
    drain: () => draining.abort(),
    refuse(req, res, error, withCors = true) {
      const path = originForm(req.url ?? "/").split("?")[0]!;
      const origin = cors && withCors && !path.startsWith(CONTROL_PREFIX) ? req.headers.origin : undefined;
      const headers = origin === undefined ? undefined : corsHeaders(cors!, origin);
      if (headers) for (const name in headers) res.setHeader(name, headers[name]!);
      responder.sendError(res, { method: req.method ?? "GET", path }, error);
    },
  };
}

/**
 * Credentials are checked before anything about the request is (as Google's front end does); a token may
 * also come as the access_token (or oauth_token) query parameter.
 */
function hasCredentials(req: IncomingMessage, search: string): boolean {
  return BEARER.test(req.headers.authorization ?? "") || queryToken(search) !== undefined;
}

/** RFC 9112 §6.3: a request has a body only when it says so with Content-Length or Transfer-Encoding. */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}
