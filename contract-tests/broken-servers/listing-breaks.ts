/**
 * Breaks of listing and pagination (AIP-158, AIP-160-style filters) and of wait's timeout.
 */
import { DEFAULT_SEED_IDS } from "../../src/fake/index.js";
import { jsonOf, jsonResponse, methodOf, withBody, type Json } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

/** The page token of an endless run of empty pages. */
const LOOP_TOKEN = "bG9vcA";

/**
 * How long the late wait sits on a request, whatever timeout it asked for: past a 1 s timeout
 * and its slack, and short enough to keep the self-test fast.
 */
const HANG_MS = 3_000;

export const LISTING_BREAKS: BrokenServer[] = [
  {
    id: "endless-page-tokens",
    description: "endless page tokens",
    caughtBy: "pagination-covers-the-list-exactly-once/paginationTerminates",
    // Past the last page it hands out one more token, and after it empty pages with a token, forever.
    breakage: () => ({
      request: (req) => {
        if (methodOf(req) === "list" && req.url.searchParams.get("pageToken") === LOOP_TOKEN) {
          return jsonResponse(200, { nextPageToken: LOOP_TOKEN });
        }
      },
      response: (res, req) => {
        const body = jsonOf(res);
        if (methodOf(req) !== "list" || res.status !== 200 || !body || body.nextPageToken) return res;
        return withBody(res, { ...body, nextPageToken: LOOP_TOKEN });
      },
    }),
  },
  {
    id: "fresh-tokens-forever",
    description: "endless empty pages, each with a token never seen before",
    caughtBy: "pagination-covers-the-list-exactly-once/paginationTerminates",
    reason: /pages in a row brought no new operation/,
    // No token ever repeats, so only the walk's bound by what it has seen can stop it.
    breakage: () => {
      let minted = 0;
      const fresh = () => `${LOOP_TOKEN}.${++minted}`;
      return {
        request: (req) => {
          if (methodOf(req) === "list" && req.url.searchParams.get("pageToken")?.startsWith(`${LOOP_TOKEN}.`)) {
            return jsonResponse(200, { nextPageToken: fresh() });
          }
        },
        response: (res, req) => {
          const body = jsonOf(res);
          if (methodOf(req) !== "list" || res.status !== 200 || !body || body.nextPageToken) return res;
          return withBody(res, { ...body, nextPageToken: fresh() });
        },
      };
    },
  },
  {
    id: "page-drops-one",
    description: "page boundaries that drop one operation",
    caughtBy: "pagination-covers-the-list-exactly-once/pagesEqualWhole",
    reason: /lost/,
    // An off-by-one cursor the other way: every page after the first loses its first operation.
    breakage: () => ({
      response: (res, req) => {
        const body = jsonOf(res);
        if (methodOf(req) !== "list" || res.status !== 200 || !body || !req.url.searchParams.get("pageToken")) return res;
        const operations = Array.isArray(body.operations) ? (body.operations as Json[]) : [];
        return withBody(res, { ...body, operations: operations.slice(1) });
      },
    }),
  },
  {
    id: "page-size-off-by-one",
    description: "pages one operation longer than pageSize",
    caughtBy: "pagination-covers-the-list-exactly-once/pageWithinPageSize",
    breakage: () => ({
      request: (req) => {
        const size = Number(req.url.searchParams.get("pageSize"));
        if (methodOf(req) === "list" && size > 0) req.url.searchParams.set("pageSize", String(size + 1));
      },
    }),
  },
  {
    id: "page-size-ignored",
    description: "a list that ignores pageSize",
    caughtBy: "pagination-covers-the-list-exactly-once/pageWithinPageSize",
    breakage: () => ({
      request: (req) => {
        if (methodOf(req) === "list") req.url.searchParams.delete("pageSize");
      },
    }),
  },
  {
    id: "filter-ignored",
    description: "a filter that is ignored",
    caughtBy: "filters-return-only-matching-operations/filterMatches",
    breakage: () => ({
      request: (req) => {
        if (methodOf(req) === "list") req.url.searchParams.delete("filter");
      },
    }),
  },
  {
    id: "duplicates-across-pages",
    description: "duplicate operations across pages",
    caughtBy: "pagination-covers-the-list-exactly-once/noOperationRepeated",
    // Repeats the last operation of each page at the top of the next one (an off-by-one cursor).
    breakage: () => {
      const lastOfPage = new Map<string, Json>();
      return {
        response: (res, req) => {
          const body = jsonOf(res);
          if (methodOf(req) !== "list" || res.status !== 200 || !body) return res;
          const operations = Array.isArray(body.operations) ? (body.operations as Json[]) : [];
          const last = operations.at(-1);
          if (typeof body.nextPageToken === "string" && body.nextPageToken && last) {
            lastOfPage.set(body.nextPageToken, last);
          }
          const repeated = lastOfPage.get(req.url.searchParams.get("pageToken") ?? "");
          return repeated ? withBody(res, { ...body, operations: [repeated, ...operations] }) : res;
        },
      };
    },
  },
  {
    id: "wait-holds-until-done",
    description: "a wait that holds until the operation is done, whatever its timeout",
    caughtBy: "wait-honours-its-timeout/returnedWithin",
    // Lists an operation about to finish first (any order is legal): a wait on it alone would seem
    // to return in time. The kit tries another running operation when the first one finished.
    breakage: () => ({
      request: (req) => {
        if (methodOf(req) === "wait") req.body = "{}";
      },
      response: (res, req) => {
        const body = jsonOf(res);
        if (methodOf(req) !== "list" || res.status !== 200 || !body) return res;
        const operations = Array.isArray(body.operations) ? (body.operations as Json[]) : [];
        const soon = (op: Json) => String(op.name).endsWith(`/${DEFAULT_SEED_IDS.finishing[0]}`);
        return withBody(res, { ...body, operations: [...operations.filter(soon), ...operations.filter((op) => !soon(op))] });
      },
    }),
  },
  {
    id: "wait-ignores-timeout",
    description: "a wait that ignores its timeout (answers seconds late)",
    caughtBy: "wait-honours-its-timeout/returnedWithin",
    breakage: () => ({
      request: async (req) => {
        if (methodOf(req) !== "wait") return;
        // unref: a hung request must not keep the test process alive after the proxy closes.
        await new Promise<void>((resolve) => setTimeout(resolve, HANG_MS).unref());
      },
    }),
  },
];
