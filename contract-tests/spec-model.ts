/**
 * The spec, read at run time: every operation with its path, parameters, request body and documented
 * responses. Nothing here names an operation, so an endpoint added to the spec is checked with no new code.
 * The document itself is read and resolved by the shared pieces of src/spec (the fake and the generator
 * read it the same way); this module only shapes it into what the kit's scenarios and checks ask for.
 */
import { deref as derefDocument, HTTP_METHODS, isObject, type JsonObject, type OpenApiDocument } from "../src/spec/document.js";
import { readSpecFile } from "../src/spec/read-spec.js";
import { DEFAULT_SPEC } from "../src/spec/spec-file.js";

export type JsonSchema = Record<string, unknown>;

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: JsonSchema;
  example?: unknown;
}

export interface SpecResponse {
  /** Media types documented for this status, such as `application/json`. */
  contentTypes: string[];
  /** The schema of the first JSON media type, with `#/` references left for the compiler to resolve. */
  schema?: JsonSchema;
}

export interface SpecOperation {
  operationId: string;
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  /** The OpenAPI path, such as `/v1beta1/projects/{projectsId}/…/{operationsId}:cancel`. */
  path: string;
  parameters: SpecParameter[];
  requestBody?: { required: boolean; schema?: JsonSchema; example?: unknown };
  /** By status code (`"200"`, `"404"`) and `"default"`. */
  responses: Record<string, SpecResponse>;
}

export interface SpecModel {
  path: string;
  document: Record<string, unknown>;
  operations: SpecOperation[];
  operation(operationId: string): SpecOperation;
}

/** The spec shipped with the kit (found from the package root, in the source and the built layout alike). */
export function defaultSpecPath(): string {
  return DEFAULT_SPEC;
}

/** Resolves a local `$ref` such as `#/components/responses/NotFound`; other values pass through. */
export function deref<T>(document: Record<string, unknown>, value: T): T {
  return derefDocument<T>(document as OpenApiDocument, value);
}

type RawMedia = { schema?: JsonSchema; example?: unknown; examples?: Record<string, { value?: unknown }> };

function firstExample(media: RawMedia | undefined, document: OpenApiDocument): unknown {
  if (media?.example !== undefined) return media.example;
  const first = Object.values(media?.examples ?? {})[0];
  return first === undefined ? undefined : derefDocument<{ value?: unknown }>(document, first).value;
}

/** The first JSON media type of a `content` map. */
function jsonMedia(content: unknown): RawMedia | undefined {
  return Object.entries(isObject(content) ? content : {}).find(([type]) => /json/i.test(type))?.[1] as RawMedia | undefined;
}

function readParameter(document: OpenApiDocument, raw: unknown): SpecParameter {
  const p = derefDocument<JsonObject>(document, raw);
  return {
    name: String(p.name),
    in: p.in as SpecParameter["in"],
    required: p.required === true,
    schema: derefDocument<JsonSchema>(document, p.schema ?? {}),
    example: p.example,
  };
}

function readOperation(document: OpenApiDocument, path: string, method: (typeof HTTP_METHODS)[number], raw: JsonObject, shared: unknown[]): SpecOperation {
  if (typeof raw.operationId !== "string" || raw.operationId === "") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const byKey = new Map<string, SpecParameter>();
  for (const p of [...shared, ...((raw.parameters as unknown[] | undefined) ?? [])].map((p) => readParameter(document, p))) {
    byKey.set(`${p.in}:${p.name}`, p); // operation-level parameters override path-level ones (OAS 3.1 §4.8.10)
  }
  const responses: Record<string, SpecResponse> = {};
  for (const [status, rawResponse] of Object.entries(isObject(raw.responses) ? raw.responses : {})) {
    const content = derefDocument<{ content?: JsonObject }>(document, rawResponse).content ?? {};
    const json = jsonMedia(content);
    responses[status] = { contentTypes: Object.keys(content), ...(json?.schema ? { schema: json.schema } : {}) };
  }
  let requestBody: SpecOperation["requestBody"];
  if (raw.requestBody) {
    const body = derefDocument<{ required?: boolean; content?: JsonObject }>(document, raw.requestBody);
    const json = jsonMedia(body.content);
    requestBody = { required: body.required === true };
    if (json?.schema) requestBody.schema = json.schema;
    const example = firstExample(json, document);
    if (example !== undefined) requestBody.example = example;
  }
  return {
    operationId: raw.operationId,
    method: method.toUpperCase() as SpecOperation["method"],
    path,
    parameters: [...byKey.values()],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

function modelOf(specPath: string, document: OpenApiDocument): SpecModel {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = derefDocument<JsonObject>(document, rawItem);
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (isObject(raw)) operations.push(readOperation(document, path, method, raw, (item.parameters ?? []) as unknown[]));
    }
  }
  return {
    path: specPath,
    document,
    operations,
    operation(operationId) {
      const found = operations.find((o) => o.operationId === operationId);
      if (!found) throw new Error(`the spec has no operation ${operationId}`);
      return found;
    },
  };
}

/** Models already built, by spec path; each is rebuilt only when the file's text changed. */
const models = new Map<string, SpecModel>();
const MAX_CACHED = 16;

/**
 * Reads the spec file and lists its operations in document order. The model is kept per path (the
 * suites, the CLI's preflight and each session all ask for it), and made again only when the file's
 * text changed: readSpecFile keeps one parsed document per text.
 */
export function loadSpec(specPath: string = defaultSpecPath()): SpecModel {
  const document = readSpecFile(specPath);
  const cached = models.get(specPath);
  if (cached?.document === document) return cached;
  const model = modelOf(specPath, document);
  if (!cached && models.size >= MAX_CACHED) models.delete(models.keys().next().value!);
  models.set(specPath, model);
  return model;
}
