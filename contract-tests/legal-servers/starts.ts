/**
 * Freedoms of the operations that methods start: a response message with fields the spec does not name
 * yet (AIP-180: a Model may grow), an operation that is already done when the method answers (AIP-151
 * allows `done` at once), and operations that report no progress (proto3 leaves 0 out).
 */
import { isKind, mapEveryOperation, metadataOf, type Json } from "../broken-servers/rewrite.js";
import type { LegalServer } from "./types.js";

/** Trained Models carry members the spec does not name, at the top and inside their metadata. */
function modelsWithNewFields() {
  return {
    response: mapEveryOperationOf("createModelDetails", (op) => {
      const model = op.response as Json | undefined;
      if (!model) return op;
      const tables = model.tablesModelMetadata as Json | undefined;
      return { ...op, response: { ...model, etag: "BwYfR2x3c2k=", ...(tables ? { tablesModelMetadata: { ...tables, evaluationSummary: "AUC 0.91" } } : {}) } };
    }),
  };
}

/** No operation says how far it got. */
function withoutProgress() {
  return {
    response: mapEveryOperationOf(undefined, (op) => {
      const { progressPercent: _dropped, ...metadata } = metadataOf(op);
      return op.metadata === undefined ? op : { ...op, metadata };
    }),
  };
}

function mapEveryOperationOf(detail: string | undefined, change: (op: Json) => Json) {
  return (res: Parameters<typeof mapEveryOperation>[0], req: Parameters<typeof mapEveryOperation>[1]) =>
    mapEveryOperation(res, req, (op) => (detail === undefined || isKind(op, detail) ? change(op) : op));
}

export const START_SERVERS: LegalServer[] = [
  {
    id: "started-model-new-fields",
    freedom: "a trained Model with fields the spec does not name (AIP-180)",
    auth: true,
    expect: { note: /response Model has fields the spec does not name, ignored as AIP-180 allows: .*etag/ },
    breakage: modelsWithNewFields,
  },
  {
    id: "started-done-at-once",
    freedom: "methods whose operation is already done when they answer",
    auth: true,
    fake: { startDurations: { "*": 0 } },
    expect: { note: /completed despite cancellation, with a response/ },
    breakage: () => ({}),
  },
  {
    id: "started-without-progress",
    freedom: "operations that report no progress",
    auth: true,
    expect: { note: /no progressPercent in \d+ view\(s\) of .* while it ran/ },
    breakage: withoutProgress,
  },
];
