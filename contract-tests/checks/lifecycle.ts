/**
 * Checks of an operation a method started (AIP-151 and the method's `operation_info`, which the spec
 * carries as x-operation-info): its metadata is the declared message with the declared detail member,
 * it progresses, and it ends within the kit's bound with a response of the declared message. Each takes
 * what was received and the method's declared info, so one set of checks serves every annotated method.
 */
import { typeUrl, type OperationInfo } from "../../src/spec/operation-info.js";
import type { OperationJson } from "./operation.js";
import { unknownFields } from "./unknown-fields.js";
import { note, NOT_APPLICABLE, preview, violation, type CheckContext, type CheckOutcome } from "./verdict.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The metadata is an Any of the declared message (`metadataType`). */
export function metadataHasDeclaredType(op: OperationJson, info: OperationInfo): CheckOutcome {
  const type = isObject(op.metadata) ? op.metadata["@type"] : undefined;
  if (type === typeUrl(info.metadataType)) return;
  violation(`metadata of ${preview(op.name)} is not the declared message`, `metadata @type ${preview(type ?? "absent")}`, `@type ${typeUrl(info.metadataType)} (x-operation-info.metadataType)`);
}

/** The metadata carries the declared detail member (`createModelDetails`…), which says what the operation is. */
export function metadataHasDeclaredDetail(op: OperationJson, info: OperationInfo): CheckOutcome {
  const detail = isObject(op.metadata) ? op.metadata[info.metadataDetail] : undefined;
  if (isObject(detail)) return;
  const members = isObject(op.metadata) ? Object.keys(op.metadata).join(", ") : "no metadata";
  violation(`metadata of ${preview(op.name)} lacks its detail member`, `members ${members}; ${info.metadataDetail} ${preview(detail ?? "absent")}`, `an object ${info.metadataDetail} (x-operation-info.metadataDetail)`);
}

/** How long the kit polled for a started operation to finish: `afterMs` of a bound of `boundMs`. */
export interface OperationWait {
  afterMs: number;
  boundMs: number;
}

/** The started operation ended (done) within the kit's bound (--operation-timeout). */
export function operationFinishedWithin(op: OperationJson, waited: OperationWait): CheckOutcome {
  if (op.done === true) return;
  violation(
    `Started operation ${preview(op.name)} is still running after ${Math.round(waited.afterMs)} ms`,
    `done ${preview(op.done ?? "absent")}`,
    `done true within ${waited.boundMs} ms (the kit's --operation-timeout)`,
  );
}

/** A finished operation's response is an Any of the declared message (`responseType`). */
export function responseHasDeclaredType(op: OperationJson, info: OperationInfo): CheckOutcome {
  if (op.response === undefined) return NOT_APPLICABLE;
  const type = isObject(op.response) ? op.response["@type"] : undefined;
  if (type === typeUrl(info.responseType)) return;
  violation(`response of ${preview(op.name)} is not the declared message`, `response @type ${preview(type ?? "absent")}`, `@type ${typeUrl(info.responseType)} (x-operation-info.responseType)`);
}

/**
 * A finished operation's response matches the schema of the declared message, read as a client reads
 * it: members the spec does not name pass with a note (AIP-180), so a Model with a new field is fine.
 */
export function responseMatchesDeclaredSchema(op: OperationJson, schemaName: string, ctx: Pick<CheckContext, "spec" | "schemas">): CheckOutcome {
  if (!isObject(op.response)) return NOT_APPLICABLE;
  const { "@type": _type, ...message } = op.response;
  const schema = componentRef(schemaName);
  const verdict = ctx.schemas.compileResponse(schema)(message);
  if (!verdict.valid) {
    violation(`response of ${preview(op.name)} does not match ${schemaName}`, `${preview(op.response)} — ${verdict.errors.slice(0, 5).join("; ")}`, `a ${schemaName} as the spec declares it`);
  }
  const unknown = unknownFields(ctx.spec.document, schema, message);
  if (unknown.length > 0) return note(`response ${schemaName} has fields the spec does not name, ignored as AIP-180 allows: ${unknown.join(", ")}`);
}

const refs = new Map<string, { $ref: string }>();
/** One schema object per component, so compiled validators are cached across calls. */
function componentRef(name: string): { $ref: string } {
  let ref = refs.get(name);
  if (!ref) refs.set(name, (ref = { $ref: `#/components/schemas/${name}` }));
  return ref;
}

/**
 * Seen poll by poll, a running operation's `progressPercent` never goes back, nor does its metadata's
 * `updateTime`. A server that reports no progress at all passes, with a note (proto3 leaves 0 out).
 */
export function progressNeverDecreases(seen: readonly OperationJson[]): CheckOutcome {
  if (seen.length < 2) return NOT_APPLICABLE;
  const meta = (op: OperationJson) => (isObject(op.metadata) ? op.metadata : {});
  let progress = -1;
  let updated = -Infinity;
  let reported = false;
  for (const op of seen) {
    const percent = meta(op).progressPercent;
    if (op.done !== true && typeof percent === "number") {
      reported = true;
      if (percent < progress) violation(`progress of ${preview(op.name)} went back`, `progressPercent ${progress} then ${percent}`, "a progressPercent that never decreases while running");
      progress = percent;
    }
    const at = Date.parse(String(meta(op).updateTime ?? ""));
    if (!Number.isNaN(at)) {
      if (at < updated) violation(`metadata.updateTime of ${preview(op.name)} went back`, `${new Date(updated).toISOString()} then ${new Date(at).toISOString()}`, "an updateTime that never decreases");
      updated = at;
    }
  }
  const running = seen.filter((op) => op.done !== true).length;
  if (!reported && running > 0) return note(`no progressPercent in ${running} view(s) of ${preview(seen[0]!.name)} while it ran (proto3 leaves 0 out; a server need not report progress)`);
}
