/**
 * An operation's state, derived from its record and the clock at read time: nothing is stored as
 * "done" except a cancel, so moving the clock moves every operation, and no timers are needed.
 */
import { Code } from "../status.js";
import { formatTimestamp } from "./timestamp.js";
import type { Any, Operation, OperationKind, OperationMetadata, Status } from "./types.js";

export const METADATA_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata";

/** What the store keeps of an operation. Mutable only through the store. */
export interface OperationRecord {
  /** Insertion order; the list index and page tokens are ordered by it. */
  readonly seq: number;
  readonly name: string;
  readonly parent: string;
  readonly id: string;
  readonly kind: OperationKind;
  readonly details: Record<string, unknown>;
  readonly createMs: number;
  readonly durationMs: number;
  readonly response: Any | undefined;
  readonly error: Status | undefined;
  readonly worksOn: string;
  readonly partialFailures: Status[] | undefined;
  /** When a cancel took effect; set once, by the store. */
  cancelMs: number | undefined;
  deleted: boolean;
  /** The serialized view and the clock span [from, until) in which it holds; see operationJson. */
  json?: { bytes: Buffer; from: number; until: number } | undefined;
}

/** The error a cancelled operation ends with (AIP-151: done, with `error.code` 1 CANCELLED). */
export const CANCELLED_STATUS: Status = { code: Code.CANCELLED, message: "Operation was cancelled." };

function percentAt(rec: OperationRecord, at: number): number {
  if (rec.durationMs <= 0) return 100;
  const share = Math.floor(((at - rec.createMs) * 100) / rec.durationMs);
  return Math.min(99, Math.max(0, share));
}

/** True when the operation is finished at `now`. */
export function isDone(rec: OperationRecord, now: number): boolean {
  return rec.cancelMs !== undefined || now >= rec.createMs + rec.durationMs;
}

/** The last moment the operation changed, as of `now`: progress ticks, the finish, or the cancel. */
export function updateMsAt(rec: OperationRecord, now: number): number {
  if (rec.cancelMs !== undefined) return rec.cancelMs;
  const finish = rec.createMs + rec.durationMs;
  if (now >= finish) return finish;
  const percent = percentAt(rec, now);
  // The moment progress reached its current whole percent, so repeated gets agree until it moves.
  return Math.min(now, Math.max(rec.createMs, rec.createMs + Math.ceil((percent * rec.durationMs) / 100)));
}

/** When the operation finishes by itself (or finished), ignoring cancels. */
export function finishMs(rec: OperationRecord): number {
  return rec.createMs + rec.durationMs;
}

/** The Operation the API answers for `rec` at `now`. */
export function toOperation(rec: OperationRecord, now: number): Operation {
  const done = isDone(rec, now);
  const metadata: OperationMetadata = { "@type": METADATA_TYPE };
  let progress: number | undefined;
  if (rec.cancelMs !== undefined) progress = percentAt(rec, rec.cancelMs);
  else if (!done) progress = percentAt(rec, now);
  else if (rec.error === undefined) progress = 100;
  // proto3 JSON omits defaults: a progress of 0 is not written.
  if (progress) metadata.progressPercent = progress;
  if (rec.partialFailures?.length) metadata.partialFailures = rec.partialFailures;
  metadata.createTime = formatTimestamp(rec.createMs);
  metadata.updateTime = formatTimestamp(updateMsAt(rec, now));
  (metadata as Record<string, unknown>)[rec.kind] = rec.details;
  const op: Operation = { name: rec.name, metadata };
  if (!done) return op;
  op.done = true;
  if (rec.cancelMs !== undefined) op.error = CANCELLED_STATUS;
  else if (rec.error !== undefined) op.error = rec.error;
  else op.response = rec.response ?? { "@type": "type.googleapis.com/google.protobuf.Empty" };
  return op;
}

/**
 * The moment after `now` at which the view of `rec` next changes: its progress reaches the next whole
 * percent, or it finishes. A finished or cancelled operation never changes again.
 */
export function nextChangeMs(rec: OperationRecord, now: number): number {
  if (isDone(rec, now)) return Infinity;
  // Before its createTime the view's updateTime follows the clock: nothing to cache.
  if (now < rec.createMs) return now;
  const finish = rec.createMs + rec.durationMs;
  const percent = percentAt(rec, now);
  if (percent >= 99) return finish;
  return Math.min(finish, rec.createMs + Math.ceil(((percent + 1) * rec.durationMs) / 100));
}

/**
 * The Operation of `rec` at `now` as UTF-8 JSON, cached on the record for as long as it holds, so a
 * page of 50 operations costs one buffer copy instead of 50 objects built, serialized and encoded.
 * The store drops the cache when it cancels.
 */
export function operationJson(rec: OperationRecord, now: number): Buffer {
  const cached = rec.json;
  if (cached && now >= cached.from && now < cached.until) return cached.bytes;
  const bytes = Buffer.from(JSON.stringify(toOperation(rec, now)), "utf8");
  const until = nextChangeMs(rec, now);
  rec.json = until > now ? { bytes, from: now, until } : undefined;
  return bytes;
}
