/**
 * Breaks of the operations that methods start (AIP-151, x-operation-info): the wrong response message,
 * metadata without its detail member, an operation named under another parent, one that never ends, one
 * the list leaves out, progress that goes back, a response that breaks its message's schema. Each keys
 * on the detail member of one method's operations, so it breaks that method alone.
 */
import { isKind, isStart, jsonOf, mapEveryOperation, mapOperations, metadataOf, methodOf, withBody, type Json } from "./rewrite.js";
import type { BrokenServer } from "./types.js";

const EMPTY = { "@type": "type.googleapis.com/google.protobuf.Empty" };

export const START_BREAKS: BrokenServer[] = [
  {
    id: "started-response-of-another-type",
    description: "a createModel operation that ends with Empty instead of the Model its method declares",
    caughtBy: "createModel-lifecycle-complete/responseHasDeclaredType",
    breakage: () => ({
      response: (res, req) => mapOperations(res, req, (op) => (isKind(op, "createModelDetails") && op.response ? { ...op, response: EMPTY } : op)),
    }),
  },
  {
    id: "started-metadata-without-detail",
    description: "deployModel operations whose metadata lacks deployModelDetails",
    caughtBy: "deployModel-lifecycle-complete/metadataHasDeclaredDetail",
    breakage: () => ({
      response: (res, req) =>
        mapEveryOperation(res, req, (op) => {
          if (!isKind(op, "deployModelDetails")) return op;
          const { deployModelDetails: _dropped, ...metadata } = metadataOf(op);
          return { ...op, metadata };
        }),
    }),
  },
  {
    id: "started-under-another-parent",
    description: "importData answering with an operation named under another location",
    caughtBy: "importData-lifecycle-complete/operationNameUnderParent",
    breakage: () => ({
      response: (res, req) => {
        const body = jsonOf(res);
        if (!isStart(req) || res.status !== 200 || typeof body?.name !== "string") return res;
        return withBody(res, { ...body, name: body.name.replace("/locations/us-central1/", "/locations/europe-west1/") });
      },
    }),
  },
  {
    id: "started-never-ends",
    description: "exportData operations that never finish",
    caughtBy: "exportData-lifecycle-complete/operationFinishedWithin",
    options: { operationTimeoutMs: 2_000 },
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          if (!isKind(op, "exportDataDetails") || op.done !== true) return op;
          const { done: _done, response: _response, error: _error, ...running } = op;
          return { ...running, metadata: { ...metadataOf(op), progressPercent: 99 } };
        }),
    }),
  },
  {
    id: "started-missing-from-list",
    description: "a list that leaves batchPredict operations out",
    caughtBy: "batchPredict-lifecycle-complete/listAgreesWithGet",
    breakage: () => ({
      response: (res, req) => {
        const body = jsonOf(res);
        if (methodOf(req) !== "list" || res.status !== 200 || !Array.isArray(body?.operations)) return res;
        return withBody(res, { ...body, operations: (body.operations as Json[]).filter((op) => !isKind(op, "batchPredictDetails")) });
      },
    }),
  },
  {
    id: "started-progress-goes-back",
    description: "undeployModel operations whose progress goes down from one answer to the next",
    caughtBy: "undeployModel-lifecycle-complete/progressNeverDecreases",
    // Two answers while it runs are needed to see progress go back: long enough for a busy machine's get.
    startDurations: { undeployModel: "4s" },
    breakage: () => {
      const answers = new Map<string, number>();
      return {
        response: (res, req) =>
          mapEveryOperation(res, req, (op) => {
            if (!isKind(op, "undeployModelDetails") || op.done === true) return op;
            const seen = answers.get(String(op.name)) ?? 0;
            answers.set(String(op.name), seen + 1);
            return { ...op, metadata: { ...metadataOf(op), progressPercent: Math.max(1, 90 - 10 * seen) } };
          }),
      };
    },
  },
  {
    id: "started-model-breaks-schema",
    description: "a trained Model whose displayName breaks the rule of its schema",
    caughtBy: "createModel-lifecycle-complete/responseMatchesDeclaredSchema",
    breakage: () => ({
      response: (res, req) =>
        mapOperations(res, req, (op) => {
          const model = op.response as Json | undefined;
          return isKind(op, "createModelDetails") && model ? { ...op, response: { ...model, displayName: "churn model (final)" } } : op;
        }),
    }),
  },
];
