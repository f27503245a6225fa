/**
 * What the lifecycle scenarios send to start each method: the resource it works on and the body. By
 * default both come from the spec's examples (each path parameter's `example`, the request body's first
 * example), which name the demo resources the fake holds. Against a server of one's own, a JSON file
 * keyed by operationId points them at resources that exist there (`--start-requests FILE`):
 *
 *   {
 *     "createModel": { "body": { "displayName": "kit_check", "datasetId": "TBL123", "tablesModelMetadata": {} } },
 *     "deployModel": { "path": { "modelsId": "TBL456" } },
 *     "deleteDataset": { "path": { "datasetsId": "TBL789" } }
 *   }
 *
 * `path` holds the path parameters beyond the target's parent (whose project and location come from
 * `--parent`); `body` replaces the example body whole. Everything is checked against the spec before
 * anything is sent: an unknown method or parameter, a value its schema refuses, a body for a method
 * that takes none, a body its schema refuses. A standard delete (AIP-135) that names no resource removes
 * one the run created with the standard create of its collection, and is skipped when the run has none:
 * the spec's examples name the target's own resources, which later scenarios and later runs need.
 */
import { readFileSync } from "node:fs";
import { isObject, type OpenApiDocument } from "../src/spec/document.js";
import { readStarters, type StarterMethod } from "../src/spec/operation-info.js";
import type { SchemaValidator } from "./schema-validator.js";
import type { SpecModel, SpecOperation } from "./spec-model.js";
import { parentParams } from "./target.js";

/** What to send to one method that starts operations. */
export interface StartRequest {
  /** Path parameters beyond the parent's, such as `{"modelsId": "TBL456"}`. @default each parameter's example in the spec */
  path?: Record<string, string>;
  /** The request body. @default the first example of the method's request body in the spec */
  body?: unknown;
}

/** Requests by operationId: the content of a `--start-requests` file. */
export type StartRequests = Readonly<Record<string, StartRequest>>;

/** What a lifecycle scenario sends, checked against the spec. */
export interface PlannedStart {
  starter: StarterMethod;
  operation: SpecOperation;
  /** Values of the path parameters beyond the parent's. */
  path: Record<string, string>;
  /** Whether `path` came from the requests (a standard delete then removes that resource, not one the run created). */
  pathGiven: boolean;
  /** The body to send; undefined sends none. */
  body?: unknown;
  /** Where the request comes from, for messages. */
  source: string;
}

/** Requests that do not fit the spec; the message lists every problem, one per line. */
export class StartRequestsError extends Error {
  override readonly name = "StartRequestsError";
}

const PARENT_PARAMS = Object.keys(parentParams("projects/p/locations/l"));
const REQUEST_MEMBERS = ["path", "body"];

/** Reads a `--start-requests` file; throws StartRequestsError naming the file when it is not a JSON object. */
export function readStartRequestsFile(file: string): StartRequests {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (thrown) {
    const code = (thrown as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : thrown instanceof Error ? thrown.message : String(thrown);
    throw new StartRequestsError(`cannot read start requests ${file}: ${why}`);
  }
  if (!isObject(value)) throw new StartRequestsError(`start requests ${file}: must be a JSON object keyed by operationId`);
  return value as StartRequests;
}

/** Path parameters a request names beyond the target's parent. */
function itemParams(op: SpecOperation): SpecOperation["parameters"] {
  return op.parameters.filter((p) => p.in === "path" && !PARENT_PARAMS.includes(p.name));
}

/** Whether the run may create what a standard delete removes: a standard create on the same collection. */
function hasCreator(starters: readonly StarterMethod[], deleter: StarterMethod): boolean {
  const collections = deleter.segments.map((s) => s.collection).join("/");
  return starters.some((s) => s.standard === "create" && [...s.segments.map((seg) => seg.collection), s.collection].join("/") === collections);
}

function planOne(starter: StarterMethod, starters: readonly StarterMethod[], spec: SpecModel, schemas: SchemaValidator, given: StartRequest | undefined, problems: string[]): PlannedStart {
  const op = spec.operation(starter.operationId);
  const id = starter.operationId;
  const source = given ? "the start requests" : "the spec's examples";
  const path: Record<string, string> = {};
  const params = itemParams(op);
  for (const [name, value] of Object.entries(given?.path ?? {})) {
    const param = params.find((p) => p.name === name);
    if (!param) {
      const known = params.map((p) => p.name).join(", ") || "none";
      problems.push(`${id}: path parameter ${JSON.stringify(name)} is not one a request names (${known}; the project and location come from the parent)`);
    } else if (typeof value !== "string" || !schemas.compile(param.schema)(value).valid) {
      problems.push(`${id}: path parameter ${name} ${JSON.stringify(value)} does not match its schema ${JSON.stringify(param.schema)}`);
    } else path[name] = value;
  }
  const pathGiven = given?.path !== undefined;
  for (const param of params.filter((p) => path[p.name] === undefined && !(pathGiven && Object.hasOwn(given!.path!, p.name)))) {
    if (typeof param.example === "string") path[param.name] = param.example;
    else if (!(starter.standard === "delete" && hasCreator(starters, starter))) {
      problems.push(`${id}: no value for path parameter ${param.name}: the spec gives no example; name one in the start requests`);
    }
  }
  let body = given && Object.hasOwn(given, "body") ? given.body : op.requestBody?.example;
  const bodySource = given && Object.hasOwn(given, "body") ? "body" : "the spec's example body";
  if (!op.requestBody) {
    if (given && Object.hasOwn(given, "body")) problems.push(`${id}: takes no request body; leave "body" out`);
    body = undefined;
  } else if (body === undefined) {
    if (op.requestBody.required) problems.push(`${id}: needs a request body and the spec has no example; give one as "body"`);
  } else if (op.requestBody.schema) {
    const verdict = schemas.compile(op.requestBody.schema)(body);
    if (!verdict.valid) problems.push(`${id}: ${bodySource} does not match its schema: ${verdict.errors.slice(0, 5).join("; ")}`);
  }
  return { starter, operation: op, path, pathGiven, ...(body !== undefined ? { body } : {}), source };
}

/**
 * What each method that starts operations will be sent, from the requests and the spec's examples;
 * throws StartRequestsError listing every problem, so nothing is sent for requests that do not fit.
 */
export function planStarts(spec: SpecModel, schemas: SchemaValidator, requests: StartRequests = {}): Map<string, PlannedStart> {
  const starters = readStarters(spec.document as OpenApiDocument);
  const problems: string[] = [];
  if (!isObject(requests)) throw new StartRequestsError("start requests must be an object keyed by operationId");
  const ids = starters.map((s) => s.operationId);
  for (const [id, request] of Object.entries(requests)) {
    if (!ids.includes(id)) {
      problems.push(`${JSON.stringify(id)} is not a method of the spec that starts operations (${ids.join(", ") || "none"})`);
    } else if (!isObject(request)) {
      problems.push(`${id}: must be an object with "path" and/or "body"`);
    } else {
      const unknown = Object.keys(request).filter((k) => !REQUEST_MEMBERS.includes(k));
      if (unknown.length > 0) problems.push(`${id}: unknown member ${unknown.map((k) => JSON.stringify(k)).join(", ")} (known: path, body)`);
      if (request.path !== undefined && !isObject(request.path)) problems.push(`${id}: "path" must be an object of path parameter values`);
    }
  }
  const plan = new Map<string, PlannedStart>();
  for (const starter of starters) {
    const given = requests[starter.operationId];
    const usable = isObject(given) && (given.path === undefined || isObject(given.path)) ? given : undefined;
    plan.set(starter.operationId, planOne(starter, starters, spec, schemas, usable, problems));
  }
  if (problems.length > 0) throw new StartRequestsError(`start requests do not fit the spec ${spec.path}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return plan;
}
