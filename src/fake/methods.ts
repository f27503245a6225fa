/**
 * get, list, cancel and delete over the store (wait is in wait.ts). Each takes the parsed route and
 * returns the response body, or throws a FakeError from the catalogue.
 */
import { errors } from "./errors.js";
import { filterPredicate, parseFilter } from "./filter.js";
import type { PageCache } from "./page-cache.js";
import type { PageTokens } from "./page-token.js";
import type { Route } from "./router.js";
import type { OperationStore } from "./store.js";
import { operationJson } from "./operation-view.js";
import { JsonBytes } from "./respond.js";
import type { ListOperationsResponse } from "./types.js";

type OpRoute = Extract<Route, { name: string }>;
type ListRoute = Extract<Route, { method: "list" }>;

export interface ListSettings {
  defaultPageSize: number;
  maxPageSize: number;
  tokens: PageTokens;
  pages: PageCache;
  /** Parents whose list cannot be reached (google.longrunning's partial success, 2025). */
  unreachable: ReadonlySet<string>;
}

const INT32_MAX = 2 ** 31 - 1;
const LIST_START = Buffer.from('{"operations":[');
const COMMA = Buffer.from(",");
const LIST_END = Buffer.from("]}");

/** The operation, serialized (an Operation). */
export function getOperation(store: OperationStore, route: OpRoute): JsonBytes {
  const rec = store.record(route.name) ?? notFound(route.name);
  return new JsonBytes(operationJson(rec, store.clock.now()));
}

/** AIP-151: a running operation ends CANCELLED; a finished one is left as it is and answers `{}`. */
export function cancelOperation(store: OperationStore, route: OpRoute): Record<string, never> {
  if (store.cancel(route.name) === "not-found") notFound(route.name);
  return {};
}

/** AIP-151: delete forgets the operation without cancelling it; afterwards get is NOT_FOUND. */
export function deleteOperation(store: OperationStore, route: OpRoute): Record<string, never> {
  if (!store.delete(route.name)) notFound(route.name);
  return {};
}

/** AIP-158 page size: absent or 0 is the default, above the maximum is coerced, negative is refused. */
export function parsePageSize(raw: string | undefined, settings: ListSettings): number {
  if (raw === undefined || raw === "") return settings.defaultPageSize;
  if (!/^[+-]?[0-9]+$/.test(raw)) throw errors.invalidPageSize(raw, "must be an integer");
  const value = Number(raw);
  if (value < 0) throw errors.invalidPageSize(raw, "must not be negative");
  if (value > INT32_MAX) throw errors.invalidPageSize(raw, "is out of the int32 range");
  if (value === 0) return settings.defaultPageSize;
  return Math.min(value, settings.maxPageSize);
}

/**
 * ListOperations. An unreachable location answers UNAVAILABLE, or, when the request sets
 * `returnPartialSuccess`, a page without operations naming it in `unreachable` (google.longrunning's
 * ListOperationsRequest.return_partial_success and ListOperationsResponse.unreachable).
 */
export function listOperations(
  store: OperationStore,
  route: ListRoute,
  query: ReadonlyMap<string, string>,
  settings: ListSettings,
): JsonBytes | ListOperationsResponse {
  const pageSize = parsePageSize(query.get("pageSize") ?? query.get("page_size"), settings);
  const partial = query.get("returnPartialSuccess") ?? query.get("return_partial_success");
  if (partial !== undefined && partial !== "true" && partial !== "false") throw errors.unsupportedParameterValue("returnPartialSuccess", partial);
  if (settings.unreachable.has(route.parent)) {
    if (partial !== "true") throw errors.locationUnreachable(route.parent);
    return { unreachable: [route.parent] };
  }
  const filter = parseFilter(query.get("filter"));
  const canonical = filter?.canonical ?? "";
  const token = query.get("pageToken") ?? query.get("page_token") ?? "";
  const afterSeq = token === "" ? 0 : settings.tokens.decode(token, route.parent, canonical);
  const now = store.clock.now();
  const cacheKey = filter ? undefined : `${route.parent}\n${afterSeq}\n${pageSize}`;
  const version = store.versionOf(route.parent);
  const cached = cacheKey === undefined ? undefined : settings.pages.get(cacheKey, version, now);
  if (cached) return new JsonBytes(cached);
  const page = store.page(route.parent, afterSeq, pageSize, filter && filterPredicate(filter, now));
  // A ListOperationsResponse, joined from the cached JSON of each operation.
  const parts: Buffer[] = [LIST_START];
  let until = Infinity;
  page.records.forEach((rec, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(operationJson(rec, now));
    until = Math.min(until, rec.json?.until ?? now);
  });
  const last = page.records.at(-1);
  const next = page.more && last ? settings.tokens.encode({ parent: route.parent, filter: canonical, afterSeq: last.seq }) : undefined;
  parts.push(next === undefined ? LIST_END : Buffer.from(`],"nextPageToken":${JSON.stringify(next)}}`, "utf8"));
  const bytes = Buffer.concat(parts);
  if (cacheKey !== undefined) settings.pages.set(cacheKey, { version, from: now, until, bytes });
  return new JsonBytes(bytes);
}

function notFound(name: string): never {
  throw errors.operationNotFound(name);
}
