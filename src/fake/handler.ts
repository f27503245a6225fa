/**
 * The fake's request listener: routing, auth, faults, body checks, then the method. Exported so tests
 * (and the contract kit's "broken servers") can mount it in their own server or wrap its responses.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parseJsonObject, readBody, rejectUnknownFields } from "./body.js";
import { sleep } from "../deadline.js";
import { systemClock, type Clock } from "./clock.js";
import { CONTROL_PREFIX, handleControl } from "./control.js";
import { asFakeError, errors } from "./errors.js";
import { FaultInjector } from "./faults.js";
import { cancelOperation, deleteOperation, getOperation, listOperations, type ListSettings } from "./methods.js";
import { PageCache } from "./page-cache.js";
import { PageTokens } from "./page-token.js";
import { createResponder, JSON_CONTENT_TYPE, logViolation } from "./respond.js";
import { readQuery, resolveRoute, type MethodName, type Route } from "./router.js";
import { defaultSeed } from "./seed.js";
import { defaultResources } from "./starters/resource-seed.js";
import { StarterService } from "./starters/service.js";
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
}

const LIST_PARAMETERS = ["filter", "pageSize", "page_size", "pageToken", "page_token"];
const BEARER = /^Bearer\s+\S+/i;

/** Builds the listener and its store (seeded as asked). */
export function createFakeHandler(options: FakeHandlerOptions = {}): FakeHandler {
  const clock = options.clock ?? systemClock;
  const store = new OperationStore(clock);
  const seed = options.seed ?? "default";
  const inputs = seed === "default" ? defaultSeed(clock.now()) : seed === "none" ? [] : seed;
  for (const input of inputs) store.create(input);

  const faults = new FaultInjector(options.faults ?? [], options.faultSeed ?? 1);
  const resources = options.resources ?? "default";
  const starters = new StarterService({
    specPath: options.spec,
    store,
    clock,
    resources: resources === "default" ? defaultResources() : resources === "none" ? [] : resources,
    durations: options.startDurations,
    faults: options.faults,
    faultSeed: options.faultSeed,
  });
  const responder = createResponder(options.selfCheck ?? false, options.onViolation ?? logViolation);
  const bodyLimit = options.bodyLimit ?? 65_536;
  const maxWaitMs = options.maxWaitMs ?? 300_000;
  const list: ListSettings = {
    defaultPageSize: options.defaultPageSize ?? 50,
    maxPageSize: options.maxPageSize ?? 1000,
    tokens: new PageTokens(options.tokenSecret),
    pages: new PageCache(),
  };

  /** Runs the method; synchronous unless the method (wait) or a fault has to wait. */
  function serve(route: Route, res: ServerResponse, search: string, body: Record<string, unknown> | undefined): unknown {
    const query = readQuery(search, route.method === "list" ? LIST_PARAMETERS : []);
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
        return waitForOperation(store, route.name, timeoutMs, gone.signal);
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

  async function handleSlowly(route: Route, req: IncomingMessage, res: ServerResponse, search: string, request: RequestInfo): Promise<void> {
    try {
      const body = hasBody(req) ? parseJsonObject(await readBody(req, bodyLimit), req.headers["content-type"]) : undefined;
      if (hasFaults && !(await applyFaults(route.method === "start" ? route.operationId : route.method, req))) return;
      responder.send(res, request, 200, await serve(route, res, search, body));
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown));
    }
  }

  async function handleControlRequest(req: IncomingMessage, res: ServerResponse, request: RequestInfo): Promise<void> {
    try {
      if (!options.control) throw errors.unknownPath(request.method, request.path);
      const body = parseJsonObject(await readBody(req, bodyLimit), req.headers["content-type"]);
      const result = handleControl(store, request.method, request.path, body);
      res.writeHead(200, { "content-type": JSON_CONTENT_TYPE }).end(JSON.stringify(result));
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown));
    }
  }

  const hasFaults = (options.faults ?? []).length > 0;
  const listener: RequestListener = (req, res) => {
    const method = req.method ?? "GET";
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const search = q < 0 ? "" : rawUrl.slice(q + 1);
    const request: RequestInfo = { method, path };
    if (path.startsWith(CONTROL_PREFIX)) {
      void handleControlRequest(req, res, request);
      return;
    }
    try {
      const route = starters.resolve(method, path) ?? resolveRoute(method, path);
      request.route = route.method;
      // Credentials are checked before anything about the request is (as Google's front end does).
      if (options.requireAuth && !BEARER.test(req.headers.authorization ?? "")) throw errors.unauthenticated();
      // The common case, a request without body or faults, is answered synchronously.
      if (hasBody(req) || hasFaults || route.method === "wait") {
        void handleSlowly(route, req, res, search, request);
        return;
      }
      responder.send(res, request, 200, serve(route, res, search, undefined));
    } catch (thrown) {
      responder.sendError(res, request, asFakeError(thrown));
    }
  };

  return { listener, store, clock, starters };
}

type RequestInfo = { method: string; path: string; route?: MethodName };

/** RFC 9112 §6.3: a request has a body only when it says so with Content-Length or Transfer-Encoding. */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}
