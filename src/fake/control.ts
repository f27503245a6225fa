/**
 * The test-only control route, outside the spec's paths and off unless `control: true`:
 *
 *   POST /__control/operations      body: an OperationInput, or {"operations": [...]}  -> {"operations": [...]}
 *   POST /__control/clock:advance   body: {"by": "90s"} (manual clock only)          -> {"now": "<RFC 3339>"}
 *   GET  /__control/stats           -> {"size", "created", "cancelled", "deleted"}
 *
 * Errors use the same envelope as the API.
 */
import { parseDurationMs } from "../duration.js";
import { formatTimestamp } from "./timestamp.js";
import { errors } from "./errors.js";
import { isManualClock } from "./clock.js";
import type { OperationStore } from "./store.js";
import type { Operation, OperationInput } from "./types.js";

export const CONTROL_PREFIX = "/__control/";

/** Handles a control request, returning the response body; throws a FakeError. */
export function handleControl(store: OperationStore, method: string, path: string, body: Record<string, unknown> | undefined): unknown {
  const action = path.slice(CONTROL_PREFIX.length);
  if (action === "operations" && method === "POST") {
    if (!body) throw errors.invalidControlRequest("send an operation or {\"operations\": [...]}");
    const inputs = Array.isArray(body.operations) ? (body.operations as OperationInput[]) : [body as unknown as OperationInput];
    const operations: Operation[] = inputs.map((input) => store.create(input));
    return { operations };
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
  throw errors.unknownPath(method, path);
}
