/**
 * Breaks of the body and media shape: an Any without `@type`, timestamps that are not RFC 3339, JSON
 * served as text/html, and names that are not the operation's (another location, a project value that
 * changes from answer to answer, another operation).
 */
import { mapOperations, metadataOf, methodOf, withOperationId } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

/** `Fri Nov 20 2026 10:00:00 GMT+0000`: what `Date.prototype.toString` gives, not RFC 3339. */
function toDateString(value: unknown): unknown {
  return typeof value === "string" ? new Date(value).toUTCString() : value;
}

export const SHAPE_BREAKS: BrokenServer[] = [
  {
    id: "names-switch-projects",
    description: "names that switch between the project id and a project number",
    caughtBy: "list-operations-are-well-formed/namesKeepOneProject",
    // Each form alone would be legal (the canonical number is); mixing them is not.
    breakage: () => {
      let answered = 0;
      return {
        response: (res, req) =>
          mapOperations(res, req, (op) => (answered++ % 2 === 0 ? op : { ...op, name: String(op.name).replace(/^projects\/[^/]+\//, "projects/434039606874/") })),
      };
    },
  },
  {
    id: "names-in-another-location",
    description: "names in another location than the one asked for",
    caughtBy: "list-operations-are-well-formed/operationNameUnderParent",
    reason: /not under the parent/,
    breakage: () => ({
      response: (res, req) => mapOperations(res, req, (op) => ({ ...op, name: String(op.name).replace("/locations/us-central1/", "/locations/europe-west4/") })),
    }),
  },
  {
    id: "wait-returns-another-operation",
    description: "a wait that answers with another operation",
    caughtBy: "wait-returns-finished-operation-at-once/operationIsNamed",
    breakage: () => ({
      response: (res, req) =>
        methodOf(req) === "wait" ? mapOperations(res, req, (op) => ({ ...op, name: withOperationId(String(op.name), "SUC0000000000") })) : res,
    }),
  },
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
