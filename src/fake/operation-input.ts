/**
 * Turns an OperationInput (seed file, `store.create`, control route) into a record, checking it the way
 * the spec would check the operation it becomes, so a bad seed fails at load with a clear message.
 */
import { validateAny, validateStatus } from "../../generated/validators.js";
import { parseDurationMs } from "../duration.js";
import { parseTimestamp } from "./timestamp.js";
import { errors } from "./errors.js";
import { parseOperationName } from "./names.js";
import type { OperationRecord } from "./operation-view.js";
import type { Any, DetailKind, OperationInput, OperationKind, Status } from "./types.js";

export const DETAIL_KINDS: readonly DetailKind[] = [
  "createModelDetails",
  "deleteDetails",
  "deployModelDetails",
  "undeployModelDetails",
  "importDataDetails",
  "batchPredictDetails",
  "exportDataDetails",
  "exportModelDetails",
  "exportEvaluatedExamplesDetails",
];

const HOUR_MS = 3_600_000;
const OPERATION_FIELDS = new Set([
  "name", "kind", "details", "createTime", "duration", "response", "error", "worksOn", "partialFailures",
]);

function defaultDetails(kind: OperationKind): Record<string, unknown> {
  switch (kind) {
    case "batchPredictDetails":
      return {
        inputConfig: { gcsSource: { inputUris: ["gs://demo-bucket/batch/input.csv"] } },
        outputInfo: { gcsOutputDirectory: "gs://demo-bucket/batch/predictions/" },
      };
    case "exportDataDetails":
      return { outputInfo: { gcsOutputDirectory: "gs://demo-bucket/export/" } };
    case "exportModelDetails":
      return { outputInfo: { gcsOutputDirectory: "gs://demo-bucket/models/" } };
    case "exportEvaluatedExamplesDetails":
      return { outputInfo: { bigqueryOutputDataset: "bq://demo.evaluated_examples" } };
    default:
      return {};
  }
}

function defaultWorksOn(kind: OperationKind, parent: string, id: string): string {
  const onDataset = kind === "importDataDetails" || kind === "exportDataDetails";
  return `${parent}/${onDataset ? "datasets" : "models"}/${id}`;
}

function defaultResponse(kind: OperationKind, worksOn: string): Any {
  if (kind === "createModelDetails") {
    const id = worksOn.slice(worksOn.lastIndexOf("/") + 1);
    return { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", name: worksOn, displayName: `model_${id}` };
  }
  if (kind === "batchPredictDetails") {
    return { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.BatchPredictResult", metadata: {} };
  }
  return { "@type": "type.googleapis.com/google.protobuf.Empty" };
}

function bad(reason: string): never {
  throw errors.invalidControlRequest(reason);
}

function toMs(value: number | string | undefined, fallback: number, what: string, parse: (s: string) => number | undefined): number {
  if (value === undefined) return fallback;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) bad(`${what} must be a non-negative number of ms`);
    return value;
  }
  if (typeof value !== "string") bad(`${what} must be a number or a string`);
  return parse(value) ?? bad(`${what} ${JSON.stringify(value)} is not valid`);
}

function checkStatus(status: unknown, what: string): Status {
  if (!validateStatus(status)) bad(`${what} is not a google.rpc.Status`);
  return status;
}

/**
 * The record for `input`, with defaults filled in. Throws INVALID_ARGUMENT naming the bad member.
 * `kinds` are the detail members accepted: AutoML's, plus those of the served spec's starters.
 */
export function toRecord(input: OperationInput, seq: number, now: number, kinds: ReadonlySet<string> = new Set(DETAIL_KINDS)): OperationRecord {
  if (typeof input !== "object" || input === null) bad("an operation must be a JSON object");
  for (const key of Object.keys(input)) if (!OPERATION_FIELDS.has(key)) bad(`unknown operation member ${JSON.stringify(key)}`);
  if (typeof input.name !== "string") bad("operation name must be a string");
  const parsed = parseOperationName(input.name);
  const parent = `projects/${parsed.project}/locations/${parsed.location}`;
  const kind = input.kind ?? "createModelDetails";
  if (!kinds.has(kind)) bad(`kind must be one of ${[...kinds].join(", ")}`);
  if (input.details !== undefined && (typeof input.details !== "object" || input.details === null)) bad("details must be an object");
  const worksOn = input.worksOn ?? defaultWorksOn(kind, parent, parsed.operation);
  if (typeof worksOn !== "string") bad("worksOn must be a string");
  if (input.response !== undefined && !validateAny(input.response)) bad("response must be an Any with @type");
  const error = input.error === undefined ? undefined : checkStatus(input.error, "error");
  if (error !== undefined && !error.code) bad("error.code must not be 0 (OK)");
  if (error !== undefined && input.response !== undefined) bad("give response or error, not both");
  const partialFailures = input.partialFailures?.map((s, i) => checkStatus(s, `partialFailures[${i}]`));
  if (partialFailures && partialFailures.length > 20) bad("at most 20 partialFailures");
  return {
    seq,
    name: input.name,
    parent,
    id: parsed.operation,
    kind,
    details: input.details ?? defaultDetails(kind),
    createMs: toMs(input.createTime, now, "createTime", parseTimestamp),
    durationMs: toMs(input.duration, HOUR_MS, "duration", parseDurationMs),
    response: error ? undefined : (input.response ?? defaultResponse(kind, worksOn)),
    error,
    worksOn,
    partialFailures,
    cancelMs: undefined,
    deleted: false,
    json: undefined,
  };
}
