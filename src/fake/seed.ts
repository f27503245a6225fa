/**
 * The default seed and seed files. The default seed lives in project `demo`, location `us-central1`,
 * and is laid out relative to the clock's start so that it always offers every state: operations
 * running for an hour, a few that finish within seconds, and some that already succeeded or failed.
 */
import { readFile } from "node:fs/promises";
import { Code } from "../status.js";
import { ERROR_DOMAIN } from "./errors.js";
import { DETAIL_KINDS } from "./operation-input.js";
import type { DetailKind, OperationInput, Status } from "./types.js";

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
  /** Done with an error carrying details. */
  failed: ids("ERR", 5),
} as const;

const FAILURES: Status[] = [
  {
    code: Code.PERMISSION_DENIED,
    message: "The caller cannot write to gs://demo-bucket/export/.",
    details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "GCS_PERMISSION_DENIED", domain: ERROR_DOMAIN, metadata: { bucket: "demo-bucket" } }],
  },
  {
    code: Code.INVALID_ARGUMENT,
    message: "The input file has 3 rows without a label.",
    details: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "input_config.gcs_source", description: "rows 4, 9 and 17 have no label" }] }],
  },
  {
    code: Code.RESOURCE_EXHAUSTED,
    message: "Quota exceeded for node hours.",
    details: [{ "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [{ subject: "projects/demo", description: "node hours per day" }] }],
  },
  {
    code: Code.FAILED_PRECONDITION,
    message: "The model is not deployed.",
    details: [{ "@type": "type.googleapis.com/google.rpc.PreconditionFailure", violations: [{ type: "STATE", subject: "models/ERR1000000004", description: "model must be deployed" }] }],
  },
  {
    code: Code.INTERNAL,
    message: "Internal error encountered.",
    details: [{ "@type": "type.googleapis.com/google.rpc.DebugInfo", stackEntries: [], detail: "trainer exited with status 137" }],
  },
];

function kindOf(i: number): DetailKind {
  return DETAIL_KINDS[i % DETAIL_KINDS.length]!;
}

/** The default operations, placed relative to `startMs` (the clock's now when the fake starts). */
export function defaultSeed(startMs: number): OperationInput[] {
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
    ops.push({ name: name(id), kind: kindOf(i + 1), createTime: startMs - (30 - i) * HOUR, duration: (10 + 4 * i) * MINUTE });
  });
  DEFAULT_SEED_IDS.failed.forEach((id, i) => {
    ops.push({ name: name(id), kind: kindOf(i + 5), createTime: startMs - (48 - i) * HOUR, duration: (3 + i) * MINUTE, error: FAILURES[i]! });
  });
  return ops;
}

/**
 * Reads a seed file: a JSON array of operations, or `{"operations": [...]}`. Each is an OperationInput
 * (name required; kind, details, createTime, duration, response, error, worksOn, partialFailures optional).
 */
export async function readSeedFile(path: string): Promise<OperationInput[]> {
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (thrown) {
    throw new Error(`seed file ${path} is not JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  const list = Array.isArray(value) ? value : (value as { operations?: unknown } | null)?.operations;
  if (!Array.isArray(list)) throw new Error(`seed file ${path} must hold an array of operations or {"operations": [...]}`);
  return list as OperationInput[];
}
