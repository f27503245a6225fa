/**
 * The built-in seeds and seed files. The built-in seeds live in project `demo`, location `us-central1`,
 * and are laid out relative to the clock's start (or reset) so that they always offer every state:
 * operations running for an hour, a few that finish within seconds, some that succeeded or failed.
 */
import { readFile } from "node:fs/promises";
import { Code } from "../status.js";
import { ERROR_DOMAIN } from "./errors.js";
import { DETAIL_KINDS } from "./operation-input.js";
import { jsonTextTooDeep, MAX_JSON_DEPTH } from "./json-depth.js";
import type { DetailKind, OperationInput, SeedName, Status } from "./types.js";

export const DEFAULT_PARENT = "projects/demo/locations/us-central1";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(1_000_000_001 + i)}`);
}

/** The operation ids of the default seed, by the state they start in. */
export const DEFAULT_SEED_IDS = {
  /** Running; they finish an hour (and a minute or so) after the clock's start unless cancelled. */
  running: ids("RUN", 20),
  /** Running; they finish 2 to 6 seconds after the clock's start. */
  finishing: ids("FST", 5),
  /** Done with a response. */
  succeeded: ids("SUC", 10),
  /** Done with an error (carrying details in the "rich" seed). */
  failed: ids("ERR", 5),
} as const;

/**
 * How the default seed's operations fail: code and message only, as AutoML's operations report it.
 * Google's gax REST client decodes an operation's error details with the protos its package bundles,
 * which hold none of error_details.proto, so one ErrorInfo would make its get and list throw
 * (googleapis/google-cloud-node#3531): the details live in the "rich" seed.
 */
const PLAIN_FAILURES: Status[] = [
  { code: Code.PERMISSION_DENIED, message: "The caller cannot write to gs://demo-bucket/export/." },
  { code: Code.INVALID_ARGUMENT, message: "The input file has 3 rows without a label." },
  { code: Code.RESOURCE_EXHAUSTED, message: "Quota exceeded for node hours." },
  { code: Code.FAILED_PRECONDITION, message: "The model is not deployed." },
  { code: Code.INTERNAL, message: "Internal error encountered." },
];

const rpc = (name: string, fields: Record<string, unknown>) => ({ "@type": `type.googleapis.com/google.rpc.${name}`, ...fields });

/** The same failures with details of every google.rpc detail type, for clients that keep them. */
const RICH_FAILURES: Status[] = [
  {
    ...PLAIN_FAILURES[0]!,
    details: [
      rpc("ErrorInfo", { reason: "GCS_PERMISSION_DENIED", domain: ERROR_DOMAIN, metadata: { bucket: "demo-bucket" } }),
      rpc("ResourceInfo", { resourceType: "storage.googleapis.com/Bucket", resourceName: "demo-bucket", owner: "project:demo", description: "no write access" }),
      rpc("Help", { links: [{ description: "Granting access to a bucket", url: "https://cloud.google.com/storage/docs/access-control" }] }),
    ],
  },
  {
    ...PLAIN_FAILURES[1]!,
    details: [
      rpc("BadRequest", { fieldViolations: [{ field: "input_config.gcs_source", description: "rows 4, 9 and 17 have no label" }] }),
      rpc("LocalizedMessage", { locale: "en-US", message: "Rows 4, 9 and 17 of the input file have no label." }),
    ],
  },
  {
    ...PLAIN_FAILURES[2]!,
    details: [
      rpc("QuotaFailure", { violations: [{ subject: "projects/demo", description: "node hours per day" }] }),
      rpc("RetryInfo", { retryDelay: "3600s" }),
    ],
  },
  {
    ...PLAIN_FAILURES[3]!,
    details: [
      rpc("PreconditionFailure", { violations: [{ type: "STATE", subject: "models/ERR1000000004", description: "model must be deployed" }] }),
      rpc("RequestInfo", { requestId: "demo-request-4", servingData: "" }),
    ],
  },
  {
    ...PLAIN_FAILURES[4]!,
    details: [
      rpc("DebugInfo", { stackEntries: [], detail: "trainer exited with status 137" }),
      { "@type": "type.googleapis.com/demo.v1.TrainerNote", note: "a type no client knows, to be kept or skipped, never fatal" },
    ],
  },
];

/** Partial failures the rich seed reports in the metadata of two succeeded imports. */
const RICH_PARTIAL_FAILURES: Status[] = [
  { code: Code.INVALID_ARGUMENT, message: "Row 12 has an unreadable image.", details: [rpc("BadRequest", { fieldViolations: [{ field: "row[12].image", description: "not a JPEG" }] })] },
  { code: Code.NOT_FOUND, message: "gs://demo-bucket/img/42.jpg was not found." },
];

function kindOf(i: number): DetailKind {
  return DETAIL_KINDS[i % DETAIL_KINDS.length]!;
}

/** The seed's layout, placed relative to `startMs` (the clock's now when the fake starts or resets). */
function layout(startMs: number, failures: readonly Status[], partialFailures?: Status[]): OperationInput[] {
  const name = (id: string) => `${DEFAULT_PARENT}/operations/${id}`;
  const ops: OperationInput[] = [];
  DEFAULT_SEED_IDS.running.forEach((id, i) => {
    const startedAgo = i * 90 * SECOND;
    ops.push({ name: name(id), kind: kindOf(i), createTime: startMs - startedAgo, duration: HOUR + MINUTE + startedAgo });
  });
  DEFAULT_SEED_IDS.finishing.forEach((id, i) => {
    ops.push({ name: name(id), kind: kindOf(i + 3), createTime: startMs, duration: (2 + i) * SECOND });
  });
  DEFAULT_SEED_IDS.succeeded.forEach((id, i) => {
    const op: OperationInput = { name: name(id), kind: kindOf(i + 1), createTime: startMs - (30 - i) * HOUR, duration: (10 + 4 * i) * MINUTE };
    if (partialFailures && op.kind === "importDataDetails") op.partialFailures = partialFailures;
    ops.push(op);
  });
  DEFAULT_SEED_IDS.failed.forEach((id, i) => {
    ops.push({ name: name(id), kind: kindOf(i + 5), createTime: startMs - (48 - i) * HOUR, duration: (3 + i) * MINUTE, error: failures[i]! });
  });
  return ops;
}

/** The default operations: what the real service sends (errors without details), placed relative to `startMs`. */
export function defaultSeed(startMs: number): OperationInput[] {
  return layout(startMs, PLAIN_FAILURES);
}

/**
 * The "rich" seed: the default's operations (same ids and states), with errors and partial failures
 * carrying every google.rpc detail type and one type no client knows. For clients that keep details
 * (this SDK, the conformance kit); Google's gax REST client cannot decode them.
 */
export function richSeed(startMs: number): OperationInput[] {
  return layout(startMs, RICH_FAILURES, RICH_PARTIAL_FAILURES);
}

/** The operations of a built-in seed, or of a list, placed relative to `startMs`. */
export function seedOperations(seed: SeedName | readonly OperationInput[], startMs: number): readonly OperationInput[] {
  if (seed === "default") return defaultSeed(startMs);
  if (seed === "rich") return richSeed(startMs);
  if (seed === "none") return [];
  return seed;
}

/**
 * Reads a seed file: a JSON array of operations, or `{"operations": [...]}` (a state file is one too).
 * Each is an OperationInput: `name` required; `kind`, `details`, `createTime`, `duration`, `response`,
 * `error`, `worksOn`, `partialFailures`, `cancelTime` optional. Checked when the fake stores them.
 */
export async function readSeedFile(path: string): Promise<OperationInput[]> {
  return (await readOperationsFile(path, "seed file")).operations;
}

/** A file of operations, with the optional `now` a state file records. */
export async function readOperationsFile(path: string, what: string): Promise<{ operations: OperationInput[]; now?: string }> {
  const bytes = await readFile(path);
  if (jsonTextTooDeep(bytes)) throw new Error(`${what} ${path} nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (thrown) {
    throw new Error(`${what} ${path} is not JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  const record = value as { operations?: unknown; now?: unknown } | null;
  const list = Array.isArray(value) ? value : record?.operations;
  if (!Array.isArray(list)) throw new Error(`${what} ${path} must hold an array of operations or {"operations": [...]}`);
  const now = typeof record?.now === "string" ? record.now : undefined;
  return { operations: list as OperationInput[], ...(now !== undefined ? { now } : {}) };
}
