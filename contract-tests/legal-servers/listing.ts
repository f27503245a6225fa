/**
 * Freedoms of listing (AIP-158, AIP-132): pages shorter than asked, pages of zero operations that carry
 * a token, a maximum page size of the server's own, any order, and opaque tokens of any form.
 */
import { randomBytes } from "node:crypto";
import { jsonOf, jsonResponse, methodOf, withBody, type Json } from "../broken-servers/rewrite.js";
import type { Breakage, ProxiedResponse } from "../broken-servers/proxy.js";
import type { LegalServer } from "./types.js";

const isList = (res: ProxiedResponse, method: string) => method === "list" && res.status === 200;

/** At most `max` operations a page, whatever pageSize asks (a larger one is coerced down). */
function maximumPageSize(max: number): Breakage {
  return {
    request: (req) => {
      if (methodOf(req) !== "list") return;
      const asked = req.url.searchParams.get("pageSize");
      // Malformed sizes go through, to be refused by the fake.
      if (asked === null || (/^[0-9]+$/.test(asked) && (Number(asked) === 0 || Number(asked) > max))) req.url.searchParams.set("pageSize", String(max));
    },
  };
}

/**
 * An empty page first, and an empty page with a token between any two real pages: the walk is
 * [] P1 [] P2 … Pn. Tokens: `lead` for the first real page, `gap.T` for the empty page before T.
 */
function emptyPages(): Breakage {
  const firstPages = new WeakSet<object>();
  return {
    request: (req) => {
      if (methodOf(req) !== "list") return;
      const token = req.url.searchParams.get("pageToken");
      if (token?.startsWith("gap.")) return jsonResponse(200, { operations: [], nextPageToken: token.slice(4) });
      if (token === "lead") {
        req.url.searchParams.delete("pageToken");
        firstPages.add(req);
      }
    },
    response: (res, req) => {
      const body = jsonOf(res);
      if (!isList(res, methodOf(req)) || !body) return res;
      // A walk's first request: the fake's 200 shows the request was good; its page comes after an empty one.
      if (!req.url.searchParams.has("pageToken") && !firstPages.has(req)) return withBody(res, { nextPageToken: "lead" });
      return typeof body.nextPageToken === "string" && body.nextPageToken ? withBody(res, { ...body, nextPageToken: `gap.${body.nextPageToken}` }) : res;
    },
  };
}

/** Each page in reverse order, and page tokens replaced by random strings of base64 (`+`, `/`, `=`). */
function reorderedWithOpaqueTokens(): Breakage {
  const real = new Map<string, string>();
  return {
    request: (req) => {
      const token = req.url.searchParams.get("pageToken");
      if (methodOf(req) === "list" && token && real.has(token)) req.url.searchParams.set("pageToken", real.get(token)!);
    },
    response: (res, req) => {
      const body = jsonOf(res);
      if (!isList(res, methodOf(req)) || !body) return res;
      const operations = Array.isArray(body.operations) ? [...(body.operations as Json[])].reverse() : body.operations;
      let next = body.nextPageToken;
      if (typeof next === "string" && next) {
        const opaque = `${randomBytes(33).toString("base64")}/==`;
        real.set(opaque, next);
        next = opaque;
      }
      return withBody(res, { ...body, operations, ...(next !== undefined ? { nextPageToken: next } : {}) });
    },
  };
}

export const LISTING_SERVERS: LegalServer[] = [
  {
    id: "pages-at-most-three",
    freedom: "short pages: a server maximum of three per page",
    auth: true,
    expect: { note: /pages shorter than pageSize \d+ with a nextPageToken/ },
    breakage: () => maximumPageSize(3),
  },
  {
    id: "pages-empty-between",
    freedom: "pages of zero operations that carry a token",
    auth: true,
    expect: { note: /pages of zero operations with a nextPageToken/ },
    breakage: emptyPages,
  },
  {
    id: "pages-reordered-opaque-tokens",
    freedom: "any list order, any opaque token",
    auth: true,
    expect: { note: /another order than the whole listing/ },
    breakage: reorderedWithOpaqueTokens,
  },
];
