/**
 * Breaks of the body and media shape: an Any without `@type`, timestamps that are not RFC 3339,
 * and JSON served as text/html.
 */
import { mapOperations, metadataOf } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

/** `Fri Nov 20 2026 10:00:00 GMT+0000`: what `Date.prototype.toString` gives, not RFC 3339. */
function toDateString(value: unknown): unknown {
  return typeof value === "string" ? new Date(value).toUTCString() : value;
}

export const SHAPE_BREAKS: BrokenServer[] = [
  {
    id: "metadata-without-type",
    description: "metadata without @type",
    caughtBy: "list-operations-are-well-formed/anyCarriesType",
    // Google's clients cannot unpack an Any without `@type` (pitfalls #12).
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          const { ["@type"]: _dropped, ...metadata } = metadataOf(op);
          return op.metadata === undefined ? op : { ...op, metadata };
        }),
    }),
  },
  {
    id: "timestamps-not-rfc3339",
    description: "timestamps that are not RFC 3339",
    caughtBy: "list-operations-are-well-formed/timestampsAreRfc3339",
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          const metadata = metadataOf(op);
          if (op.metadata === undefined) return op;
          return {
            ...op,
            metadata: { ...metadata, createTime: toDateString(metadata.createTime), updateTime: toDateString(metadata.updateTime) },
          };
        }),
    }),
  },
  {
    id: "html-content-type",
    description: "JSON served as text/html",
    caughtBy: "listOperations-documented-request/contentTypeConformance",
    reason: /text\/html/,
    breakage: () => ({
      response: (res) => {
        const headers = new Headers(res.headers);
        headers.set("content-type", "text/html; charset=utf-8");
        return { ...res, headers };
      },
    }),
  },
];
