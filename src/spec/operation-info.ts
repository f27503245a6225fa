/**
 * The methods of a spec that start long-running operations, read from their `x-operation-info`
 * (our form of AIP-151's `google.longrunning.operation_info`) and their flat paths. Pure: it takes the
 * parsed document, so the generator (tables and types for the SDK), the fake (serving them) and the
 * conformance kit (checking their lifecycle) all read the spec the same way.
 *
 * A path is flat (Google's "flatPath"): an optional version prefix, then `collection/{param}` pairs, then
 * either nothing (the path names a resource) or one more collection (it names a parent and that
 * collection, as create does, AIP-133), and an optional custom verb (`:deploy`, AIP-136).
 */
import { deref, HTTP_METHODS, isObject, schemaRefName, type HttpMethod, type JsonObject, type OpenApiDocument } from "./document.js";

/** What an operation is (AIP-151): the proto messages of its response and metadata, and the detail member. */
export interface OperationInfo {
  /** Full proto name of the response once done, such as `google.cloud.automl.v1beta1.Model`. */
  responseType: string;
  /** Full proto name of the metadata, such as `google.cloud.automl.v1beta1.OperationMetadata`. */
  metadataType: string;
  /** The member of the metadata that names the kind of work, such as `createModelDetails`. */
  metadataDetail: string;
}

/** One `collection/{param}` pair of a resource name, such as `models` and `modelsId`. */
export interface NameSegment {
  collection: string;
  param: string;
}

/** A body property that holds the id of another resource of the same location (`x-resource-reference`). */
export interface ResourceReference {
  property: string;
  collection: string;
}

export interface StarterMethod {
  operationId: string;
  method: HttpMethod;
  /** The OpenAPI path, such as `/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:deploy`. */
  path: string;
  /** `name`: the path names the resource worked on; `parent`: it names a parent and `collection`. */
  target: "name" | "parent";
  /** The pairs of the name (or parent) the path carries, in order. */
  segments: readonly NameSegment[];
  /** With target `parent`: the collection after the parent, such as `models`. */
  collection?: string;
  /** The custom verb, such as `deploy`. */
  verb?: string;
  /** AIP-133 create (POST on a collection) or AIP-135 delete (DELETE on a resource): the resource comes or goes. */
  standard?: "create" | "delete";
  /** How many leading segments name the parent its operations are listed under (`projects/*\/locations/*`: 2). */
  operationsParentDepth: number;
  /** The JSON request body; undefined when the method takes none. */
  body?: { required: boolean; schema: JsonObject };
  /** Body properties that refer to other resources by id. */
  references: readonly ResourceReference[];
  info: OperationInfo;
  /** The component schemas the info's types resolve to. */
  responseSchema: string;
  metadataSchema: string;
}

const TYPE_URL_PREFIX = "type.googleapis.com/";
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/** The `@type` of an Any holding `protoName` (proto3 JSON). */
export function typeUrl(protoName: string): string {
  return TYPE_URL_PREFIX + protoName;
}

/** `projects/{projectsId}/locations/{locationsId}` for segments, or the name with `values` filled in. */
export function nameOf(segments: readonly NameSegment[], values?: Readonly<Record<string, string>>): string {
  return segments.map((s) => `${s.collection}/${values ? values[s.param] : `{${s.param}}`}`).join("/");
}

/** Component schema names by the proto message they declare in `x-proto-message`. */
export function schemasByProtoMessage(document: OpenApiDocument): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const message = schema["x-proto-message"];
    if (typeof message === "string") found.set(message, [...(found.get(message) ?? []), name]);
  }
  return found;
}

interface FlatPath {
  segments: NameSegment[];
  collection?: string;
  verb?: string;
}

const isParam = (part: string | undefined) => part !== undefined && /^\{[^{}/]+\}$/.test(part);

/** Splits a flat path into its name pairs, a trailing collection and a verb; throws on any other shape. */
export function parseFlatPath(path: string): FlatPath {
  const parts = path.split("/").slice(1);
  const last = parts.pop() ?? "";
  const colon = last.indexOf(":");
  const verb = colon < 0 ? undefined : last.slice(colon + 1);
  parts.push(colon < 0 ? last : last.slice(0, colon));
  if (verb !== undefined && !IDENTIFIER.test(verb)) throw new Error(`${path}: custom verb ${JSON.stringify(verb)} is not an identifier`);
  let i = parts.findIndex((part, k) => !isParam(part) && isParam(parts[k + 1]));
  if (i < 0) throw new Error(`${path}: not a flat path of collection/{param} pairs`);
  const segments: NameSegment[] = [];
  for (; i + 1 < parts.length && isParam(parts[i + 1]); i += 2) {
    if (isParam(parts[i])) throw new Error(`${path}: two parameters in a row`);
    segments.push({ collection: parts[i]!, param: parts[i + 1]!.slice(1, -1) });
  }
  const rest = parts.slice(i);
  if (rest.length > 1 || rest.some(isParam)) throw new Error(`${path}: not a flat path of collection/{param} pairs`);
  return { segments, ...(rest[0] ? { collection: rest[0] } : {}), ...(verb ? { verb } : {}) };
}

/** Collections whose items are operations (`…/operations/{id}` with a GET): the parents operations live under. */
function operationParents(document: OpenApiDocument): string[][] {
  const parents: string[][] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!isObject(deref<JsonObject>(document, item).get)) continue;
    let flat: FlatPath;
    try {
      flat = parseFlatPath(path);
    } catch {
      continue;
    }
    const lastSegment = flat.segments[flat.segments.length - 1];
    if (flat.verb === undefined && flat.collection === undefined && lastSegment?.collection === "operations") {
      parents.push(flat.segments.slice(0, -1).map((s) => s.collection));
    }
  }
  return parents;
}

function readInfo(where: string, raw: unknown): OperationInfo {
  if (!isObject(raw)) throw new Error(`${where}: x-operation-info must be an object`);
  const members = ["responseType", "metadataType", "metadataDetail"] as const;
  for (const member of members) {
    if (typeof raw[member] !== "string" || raw[member] === "") throw new Error(`${where}: x-operation-info lacks ${member}`);
  }
  const unknown = Object.keys(raw).filter((key) => !(members as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`${where}: x-operation-info has unknown members ${unknown.join(", ")}`);
  return { responseType: raw.responseType as string, metadataType: raw.metadataType as string, metadataDetail: raw.metadataDetail as string };
}

function resolveType(where: string, byMessage: Map<string, string[]>, member: string, message: string): string {
  const names = byMessage.get(message) ?? [];
  if (names.length !== 1) {
    const why = names.length === 0 ? "no component schema declares it as x-proto-message" : `${names.join(" and ")} all declare it`;
    throw new Error(`${where}: x-operation-info.${member} ${message} does not resolve: ${why}`);
  }
  return names[0]!;
}

function readBody(document: OpenApiDocument, raw: unknown): StarterMethod["body"] {
  if (raw === undefined) return undefined;
  const body = deref<JsonObject>(document, raw);
  const content = isObject(body.content) ? body.content : {};
  const json = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
  const schema = isObject(json) && isObject(json.schema) ? json.schema : {};
  return { required: body.required === true, schema };
}

function readReferences(document: OpenApiDocument, body: StarterMethod["body"]): ResourceReference[] {
  if (!body) return [];
  const schema = deref<JsonObject>(document, body.schema);
  const properties = isObject(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(([property, raw]) => {
    const reference = deref<JsonObject>(document, raw)["x-resource-reference"];
    return isObject(reference) && typeof reference.collection === "string" ? [{ property, collection: reference.collection }] : [];
  });
}

function readStarter(document: OpenApiDocument, byMessage: Map<string, string[]>, parents: string[][], path: string, method: HttpMethod, op: JsonObject): StarterMethod {
  const operationId = String(op.operationId ?? `${method} ${path}`);
  const where = `${operationId} (${method} ${path})`;
  const info = readInfo(where, op["x-operation-info"]);
  const responseSchema = resolveType(where, byMessage, "responseType", info.responseType);
  const metadataSchema = resolveType(where, byMessage, "metadataType", info.metadataType);
  const metadata = document.components?.schemas?.[metadataSchema];
  if (!isObject(metadata?.properties) || !(info.metadataDetail in metadata.properties)) {
    throw new Error(`${where}: x-operation-info.metadataDetail ${info.metadataDetail} is not a property of ${metadataSchema}`);
  }
  const flat = parseFlatPath(path);
  const collections = flat.segments.map((s) => s.collection);
  const depth = Math.max(-1, ...parents.filter((p) => p.length <= collections.length && p.every((c, i) => c === collections[i])).map((p) => p.length));
  if (depth < 0) throw new Error(`${where}: no operations collection of the spec (…/operations/{id}) sits above ${nameOf(flat.segments)}`);
  const target = flat.collection === undefined ? "name" : "parent";
  const standard = target === "parent" && method === "POST" && !flat.verb ? "create" : target === "name" && method === "DELETE" && !flat.verb ? "delete" : undefined;
  const body = readBody(document, op.requestBody);
  return {
    operationId,
    method,
    path,
    target,
    segments: flat.segments,
    ...(flat.collection ? { collection: flat.collection } : {}),
    ...(flat.verb ? { verb: flat.verb } : {}),
    ...(standard ? { standard } : {}),
    operationsParentDepth: depth,
    ...(body ? { body } : {}),
    references: readReferences(document, body),
    info,
    responseSchema,
    metadataSchema,
  };
}

/** Every method of the document that carries `x-operation-info`, in document order; throws naming a bad one. */
export function readStarters(document: OpenApiDocument): StarterMethod[] {
  const byMessage = schemasByProtoMessage(document);
  const parents = operationParents(document);
  const starters: StarterMethod[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = deref<JsonObject>(document, rawItem);
    for (const lower of HTTP_METHODS) {
      const op = item[lower];
      if (isObject(op) && op["x-operation-info"] !== undefined) {
        starters.push(readStarter(document, byMessage, parents, path, lower.toUpperCase() as HttpMethod, op));
      }
    }
  }
  return starters;
}
