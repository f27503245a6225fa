/**
 * The fake's request listener: routing, auth, faults, body checks, then the method. Exported so tests
 * (and the contract kit's "broken servers") can mount it in their own server or wrap its responses.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parseJsonObject, readBody, rejectUnknownFields } from "./body.js";
import { systemClock, type Clock } from "./clock.js";
import { CONTROL_PREFIX, handleControl } from "./control.js";
import { asFakeError, errors } from "./errors.js";
import { FaultInjector } from "./faults.js";
import { cancelOperation, deleteOperation, getOperation, listOperations, type ListSettings } from "./methods.js";
import { PageTokens } from "./page-token.js";
import { createResponder, logViolation } from "./respond.js";
import { readQuery, resolveRoute, type MethodName, type Route } from "./router.js";
import { defaultSeed } from "./seed.js";
import { OperationStore } from "./store.js";
import type { FakeHandlerOptions } from "./types.js";
import { waitForOperation, waitTimeoutMs } from "./wait.js";

export interface FakeHandler {
  /** A node `(req, res)` listener serving the API. */
  listener: RequestListener;
  store: OperationStore;
  clock: Clock;
}

const LIST_PARAMETERS = ["filter", "pageSize", "page_size", "pageToken", "page_token"];
const BEARER = /^Bearer\s+\S+/i;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Builds the listener and its store (seeded as asked). */
export function createFakeHandler(options: FakeHandlerOptions = {}): FakeHandler {
  const clock = options.clock ?? systemClock;
  const store = new OperationStore(clock);
  const seed = options.seed ?? "default";
  const inputs = seed === "default" ? defaultSeed(clock.now()) : seed === "none" ? [] : seed;
  for (const input of inputs) store.create(input);

  const faults = new FaultInjector(options.faults ?? [], options.faultSeed ?? 1);
  const responder = createResponder(options.selfCheck ?? false, options.onViolation ?? logViolation);
  const bodyLimit = options.bodyLimit ?? 65_536;
  const maxWaitMs = options.maxWaitMs ?? 300_000;
  const list: ListSettings = {
    defaultPageSize: options.defaultPageSize ?? 50,
    maxPageSize: options.maxPageSize ?? 1000,
    tokens: new PageTokens(options.tokenSecret),
  };

  async function serve(route: Route, req: IncomingMessage, res: ServerResponse, search: string): Promise<unknown> {
    const body = parseJsonObject(await readBody(req, bodyLimit), req.headers["content-type"]);
    if (options.requireAuth && !BEARER.test(req.headers.authorization ?? "")) throw errors.unauthenticated();
    const query = readQuery(search, route.method === "list" ? LIST_PARAMETERS : []);
    await applyFaults(route.method, req);
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
    }
  }

  async function applyFaults(method: MethodName, req: IncomingMessage): Promise<void> {
    const decision = faults.decide(method);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    const outcome = decision.outcome;
    if (outcome.kind === "drop") {
      req.socket.destroy();
      throw new DroppedConnection();
    }
    if (outcome.kind === "503") throw errors.unavailable(outcome.retryAfterMs);
    if (outcome.kind === "429") throw errors.rateLimited(outcome.retryAfterMs);
  }

  const listener: RequestListener = (req, res) => {
    const method = req.method ?? "GET";
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const search = q < 0 ? "" : rawUrl.slice(q + 1);
    const request: { method: string; path: string; route?: MethodName } = { method, path };
    void (async () => {
      try {
        if (path.startsWith(CONTROL_PREFIX)) {
          if (!options.control) throw errors.unknownPath(method, path);
          const body = parseJsonObject(await readBody(req, bodyLimit), req.headers["content-type"]);
          const result = handleControl(store, method, path, body);
          res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(result));
          return;
        }
        const route = resolveRoute(method, path);
        request.route = route.method;
        const result = await serve(route, req, res, search);
        responder.send(res, request, 200, result);
      } catch (thrown) {
        if (thrown instanceof DroppedConnection) return;
        responder.sendError(res, request, asFakeError(thrown));
      }
    })();
  };

  return { listener, store, clock };
}

/** Marks a request whose connection a fault dropped: nothing is to be answered. */
class DroppedConnection extends Error {}
