/**
 * Turns an OperationInput (seed file, state file, `store.create`, control route) into a record. Nothing
 * reaches the store before the operation it becomes passes the spec's own schemas (the generated
 * validators), as it is while running and once done, so a bad input is refused with a message naming
 * what is wrong, instead of being stored and making every later get and list answer 500.
 */
import { validateAny, validateOperation, validateStatus } from "../../generated/validators.js";
import { formatDurationMs, parseDurationMs } from "../duration.js";
import { formatTimestamp, MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS, parseTimestamp } from "./timestamp.js";
import { errors } from "./errors.js";
import { MAX_JSON_DEPTH, valueTooDeep } from "./json-depth.js";
import { parseOperationName } from "./names.js";
import { toOperation, type OperationRecord } from "./operation-view.js";
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
  "name", "kind", "details", "createTime", "duration", "response", "error", "worksOn", "partialFailures", "cancelTime",
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
  if (!validateStatus(status)) bad(`${what} is not a google.rpc.Status${problems(validateStatus.errors)}`);
  return status;
}

function problems(found: ReadonlyArray<{ instancePath: string; message?: string }> | null | undefined): string {
  if (!found?.length) return "";
  return `: ${found.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ")}`;
}

function inTimestampRange(ms: number, what: string): void {
  if (ms < MIN_TIMESTAMP_MS || ms > MAX_TIMESTAMP_MS) bad(`${what} falls outside the years 0001 to 9999 of google.protobuf.Timestamp`);
}

/**
 * The spec's Operation schema, applied to the view a record shows once done: it holds every member a
 * running view holds (the same metadata, with times already checked against Timestamp's range) plus
 * the error or response, so it is the one view that can be wrong.
 */
function checkDoneView(rec: OperationRecord): void {
  const view = toOperation(rec, rec.cancelMs ?? rec.createMs + rec.durationMs);
  if (!validateOperation(view)) bad(`the operation would not match the spec's Operation${problems(validateOperation.errors)}`);
}

/**
 * The record for `input`, with defaults filled in. Throws INVALID_ARGUMENT naming the bad member.
 * `kinds` are the detail members accepted: AutoML's, plus those of the served spec's starters.
 */
export function toRecord(input: OperationInput, seq: number, now: number, kinds: ReadonlySet<string> = new Set(DETAIL_KINDS)): OperationRecord {
  if (typeof input !== "object" || input === null || Array.isArray(input)) bad("an operation must be a JSON object");
  if (valueTooDeep(input, MAX_JSON_DEPTH)) throw errors.nestedTooDeep(MAX_JSON_DEPTH);
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
  if (input.partialFailures !== undefined && !Array.isArray(input.partialFailures)) bad("partialFailures must be an array of google.rpc.Status");
  const partialFailures = input.partialFailures?.map((s, i) => checkStatus(s, `partialFailures[${i}]`));
  if (partialFailures && partialFailures.length > 20) bad("at most 20 partialFailures");
  const createMs = toMs(input.createTime, now, "createTime", parseTimestamp);
  const durationMs = toMs(input.duration, HOUR_MS, "duration", parseDurationMs);
  inTimestampRange(createMs, "createTime");
  inTimestampRange(createMs + durationMs, "createTime + duration (the finish)");
  const cancelMs = input.cancelTime === undefined ? undefined : toMs(input.cancelTime, now, "cancelTime", parseTimestamp);
  if (cancelMs !== undefined && (cancelMs < createMs || cancelMs >= createMs + durationMs)) {
    bad("cancelTime must fall after createTime and before the operation would finish");
  }
  const rec: OperationRecord = {
    seq,
    name: input.name,
    parent,
    id: parsed.operation,
    kind,
    details: input.details ?? defaultDetails(kind),
    createMs,
    durationMs,
    response: error ? undefined : (input.response ?? defaultResponse(kind, worksOn)),
    error,
    worksOn,
    partialFailures,
    cancelMs,
    deleted: false,
    json: undefined,
  };
  checkDoneView(rec);
  return rec;
}

/** The input that makes `rec` again (for state files): every default filled in, times as RFC 3339. */
export function toInput(rec: OperationRecord): OperationInput {
  const input: OperationInput = {
    name: rec.name,
    kind: rec.kind,
    details: rec.details,
    createTime: formatTimestamp(rec.createMs),
    duration: formatDurationMs(rec.durationMs),
    worksOn: rec.worksOn,
  };
  if (rec.error) input.error = rec.error;
  else if (rec.response) input.response = rec.response;
  if (rec.partialFailures) input.partialFailures = rec.partialFailures;
  if (rec.cancelMs !== undefined) input.cancelTime = formatTimestamp(rec.cancelMs);
  return input;
}
