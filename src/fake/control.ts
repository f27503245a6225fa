/**
 * The test-only control route, outside the spec's paths and off unless `control: true`:
 *
 *   POST /__control/operations     body: an OperationInput, or {"operations": [...]}  -> {"operations": [...]}
 *                                  all or none: each is checked against the spec's schemas before any is stored
 *   POST /__control/reset          (no body)                                          -> {"size": N}
 *                                  back to the seed, laid out from the clock's now
 *   POST /__control/clock:advance  body: {"by": "90s"} (manual clock only)            -> {"now": "<RFC 3339>"}
 *   GET  /__control/stats          -> {"size", "created", "cancelled", "deleted"}
 *   GET  /__control/state          -> {"now", "operations": [...]}, the format of --state files
 *
 * Errors use the same envelope as the API. The routes are closed to web pages of other sites, whose
 * requests could otherwise add operations, move the clock or reset a developer's fake:
 * - no CORS at all (no preflight allowance, no Access-Control-Allow-Origin), so a page cannot read them;
 * - a request whose `Origin` is not the fake's own (or whose `Sec-Fetch-Site` says another site sent
 *   it) is refused PERMISSION_DENIED before anything is done: requests that need no preflight, such
 *   as a `text/plain` POST, are sent by browsers all the same, and only this check stops them;
 * - only `application/json` bodies, which a page cannot send to another origin without a preflight;
 * - with `requireAuth`, the bearer token as for the API.
 */
import type { IncomingMessage } from "node:http";
import { parseDurationMs } from "../duration.js";
import { formatTimestamp } from "./timestamp.js";
import { errors, type FakeError } from "./errors.js";
import { isManualClock } from "./clock.js";
import { stateOf } from "./state-file.js";
import type { OperationStore } from "./store.js";
import type { OperationInput } from "./types.js";

export const CONTROL_PREFIX = "/__control/";

/**
 * The refusal of a control request sent by a page of another site, or undefined. Same-origin is judged
 * against the request's own Host, which the server has checked (allowed-hosts.ts); `Origin: null`
 * (an opaque origin, a sandboxed page) is another site too. Fetch Metadata (`Sec-Fetch-Site`) catches a
 * browser that leaves Origin out.
 */
export function controlRefusal(req: IncomingMessage): FakeError | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${req.headers.host ?? ""}`.toLowerCase()) return errors.controlCrossOrigin(origin);
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return errors.controlCrossOrigin(origin ?? `unknown; Sec-Fetch-Site: ${site}`);
  return undefined;
}

/** Handles a control request, returning the response body; throws a FakeError. */
export function handleControl(
  store: OperationStore,
  reset: () => void,
  method: string,
  path: string,
  body: Record<string, unknown> | undefined,
): unknown {
  const action = path.slice(CONTROL_PREFIX.length);
  if (action === "operations" && method === "POST") {
    if (!body) throw errors.invalidControlRequest("send an operation or {\"operations\": [...]}");
    const inputs = Array.isArray(body.operations) ? (body.operations as OperationInput[]) : [body as unknown as OperationInput];
    return { operations: store.createAll(inputs) };
  }
  if (action === "reset" && method === "POST") {
    if (body && Object.keys(body).length > 0) throw errors.invalidControlRequest("reset takes no body");
    reset();
    return { size: store.size };
  }
  if (action === "clock:advance" && method === "POST") {
    const clock = store.clock;
    if (!isManualClock(clock)) throw errors.invalidControlRequest("the fake runs on the system clock; start it with a manual clock to advance time");
    const by = typeof body?.by === "string" ? parseDurationMs(body.by) : undefined;
    if (by === undefined) throw errors.invalidControlRequest('"by" must be a Duration such as "90s"');
    clock.advance(by);
    return { now: formatTimestamp(clock.now()) };
  }
  if (action === "stats" && method === "GET") {
    return { size: store.size, ...store.stats };
  }
  if (action === "state" && method === "GET") {
    return stateOf(store);
  }
  throw errors.unknownPath(method, path);
}
