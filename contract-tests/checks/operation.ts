/**
 * Invariants of an Operation (AIP-151, proto3 JSON): each check takes one operation as received.
 */
import { note, NOT_APPLICABLE, preview, violation, type CheckOutcome } from "./verdict.js";

export interface OperationJson {
  name?: unknown;
  done?: unknown;
  metadata?: unknown;
  error?: { code?: unknown; message?: unknown; details?: unknown } | undefined;
  response?: unknown;
}

/** RFC 3339 in UTC with `Z` and up to nine fractional digits: proto3 JSON's Timestamp. */
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?Z$/;

const OPERATION_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/operations\/([^/]+)$/;
/** A project number: the canonical form Google's services may answer with for a project id. */
const PROJECT_NUMBER = /^[0-9]+$/;

/** The parts of `projects/P/locations/L/operations/ID`, or undefined for any other shape. */
export function operationNameParts(name: unknown): { project: string; location: string; id: string } | undefined {
  const m = typeof name === "string" ? OPERATION_NAME.exec(name) : null;
  return m ? { project: m[1]!, location: m[2]!, id: m[3]! } : undefined;
}

/**
 * The name is an operation of the parent. Google's services may answer with the canonical form of a
 * name, the project number where the request had the project id: that passes with a note, as long as
 * the location and the collection are the ones asked for.
 */
export function operationNameUnderParent(op: OperationJson, parent: string): CheckOutcome {
  const [, project, , location] = parent.split("/");
  const parts = operationNameParts(op.name);
  if (!parts || parts.location !== location || (parts.project !== project && !PROJECT_NUMBER.test(parts.project))) {
    violation("Operation name is not under the parent", preview(op.name), `${parent}/operations/{operationId} (or the project's number for ${project})`);
  }
  if (parts.project !== project) return note(`names answered with project ${parts.project} where the request had ${project}: the canonical form, allowed`);
}

/**
 * Every name the target answers with carries one project value: the requested id, or its canonical
 * number, not one here and the other there. `answeredProjects` collects them over the run.
 */
export function namesKeepOneProject(op: OperationJson, answeredProjects: Set<string>): CheckOutcome {
  const parts = operationNameParts(op.name);
  if (!parts) return NOT_APPLICABLE;
  answeredProjects.add(parts.project);
  if (answeredProjects.size === 1) return;
  violation("Operation names carry more than one project value", [...answeredProjects].join(" and "), "one project value in every answer: the requested id or its canonical number");
}

/** Every Any, where Google's clients need `@type` to parse it (pitfalls #12). */
function anyValues(op: OperationJson): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  if (op.metadata !== undefined) found.push(["metadata", op.metadata]);
  if (op.response !== undefined) found.push(["response", op.response]);
  const details = Array.isArray(op.error?.details) ? op.error.details : [];
  details.forEach((d, i) => found.push([`error.details[${i}]`, d]));
  const failures = (op.metadata as { partialFailures?: unknown } | undefined)?.partialFailures;
  if (Array.isArray(failures)) {
    failures.forEach((f: { details?: unknown }, i) => {
      if (Array.isArray(f?.details)) f.details.forEach((d, j) => found.push([`metadata.partialFailures[${i}].details[${j}]`, d]));
    });
  }
  return found;
}

export function anyCarriesType(op: OperationJson): CheckOutcome {
  for (const [where, value] of anyValues(op)) {
    const type = (value as { "@type"?: unknown } | null)?.["@type"];
    if (typeof type === "string" && /\/[A-Za-z_][\w.]*$/.test(type)) continue;
    violation(`${where} of ${preview(op.name)} has no valid @type`, preview(value, 200), `an Any: {"@type":"type.googleapis.com/<message>", …}`);
  }
}

/** AIP-151: not done → neither error nor response; done → at most one of them. */
export function doneConsistency(op: OperationJson): CheckOutcome {
  const done = op.done === true;
  const has = [op.error !== undefined && "error", op.response !== undefined && "response"].filter(Boolean).join(" and ");
  if (op.done !== undefined && typeof op.done !== "boolean") {
    violation(`done of ${preview(op.name)} is not a boolean`, preview(op.done), "true, false or absent");
  }
  if (!done && has) violation(`Unfinished operation ${preview(op.name)} carries a result`, `done ${String(op.done ?? "absent")} with ${has}`, "neither error nor response until done");
  if (done && has === "error and response") violation(`Operation ${preview(op.name)} has two results`, has, "at most one of error and response");
  if (op.done === false) return note("done: false written out (a proto3 default, allowed)");
}

export function timestampsAreRfc3339(op: OperationJson): CheckOutcome {
  const metadata = (op.metadata ?? {}) as Record<string, unknown>;
  for (const field of ["createTime", "updateTime"]) {
    const value = metadata[field];
    if (value === undefined || (typeof value === "string" && TIMESTAMP.test(value))) continue;
    violation(`metadata.${field} of ${preview(op.name)} is not an RFC 3339 UTC timestamp`, preview(value), "RFC 3339 with Z, up to nine fractional digits, e.g. 2026-11-20T10:00:00.5Z");
  }
  const { createTime, updateTime } = metadata;
  if (typeof createTime === "string" && typeof updateTime === "string" && Date.parse(updateTime) < Date.parse(createTime)) {
    violation(`metadata of ${preview(op.name)} was updated before it was created`, `createTime ${createTime}, updateTime ${updateTime}`, "updateTime ≥ createTime");
  }
  const fine = [createTime, updateTime].find((t) => typeof t === "string" && /\.\d{4,9}Z$/.test(t));
  if (fine !== undefined) return note(`timestamps with ${String(fine).replace(/^.*\.(\d+)Z$/, "$1").length} fractional digits (proto3 JSON allows up to nine)`);
}

/** A finished operation: what wait must return for an operation already done. */
export function operationIsDone(op: OperationJson): CheckOutcome {
  if (op.done === true) return;
  violation(`Operation ${preview(op.name)} is not done`, `done ${preview(op.done ?? "absent")}`, "done true");
}

/**
 * The answer is about the named operation: the same location and operation id, under the same project
 * or its canonical number (whether a run keeps to one project value is operationNameUnderParent's check).
 */
export function operationIsNamed(op: OperationJson, name: string): CheckOutcome {
  if (op.name === name) return;
  const got = operationNameParts(op.name);
  const want = operationNameParts(name);
  const sameProject = got?.project === want?.project || PROJECT_NUMBER.test(got?.project ?? "") || PROJECT_NUMBER.test(want?.project ?? "");
  if (got && want && got.location === want.location && got.id === want.id && sameProject) return;
  violation("The answer is about another operation", preview(op.name), name);
}

export const OPERATION_INVARIANTS = [anyCarriesType, doneConsistency, timestampsAreRfc3339] as const;
