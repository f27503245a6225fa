/**
 * The spec, read at run time: every operation with its path, parameters, request body and documented
 * responses. Nothing here names an operation, so an endpoint added to the spec is checked with no new code.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { DEFAULT_SPEC } from "../scripts/spec-file.js";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

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
  method: Uppercase<(typeof METHODS)[number]>;
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
  let current: unknown = value;
  for (let hops = 0; hops < 10; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return current as T;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return current as T;
}

type RawOperation = {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};
type RawMedia = { schema?: JsonSchema; example?: unknown; examples?: Record<string, { value?: unknown }> };

function firstExample(media: RawMedia | undefined, document: Record<string, unknown>): unknown {
  if (media?.example !== undefined) return media.example;
  const first = Object.values(media?.examples ?? {})[0];
  return first === undefined ? undefined : deref(document, first).value;
}

function readParameter(document: Record<string, unknown>, raw: unknown): SpecParameter {
  const p = deref(document, raw) as Record<string, unknown>;
  return {
    name: String(p.name),
    in: p.in as SpecParameter["in"],
    required: p.required === true,
    schema: deref(document, (p.schema ?? {}) as JsonSchema),
    example: p.example,
  };
}

function readOperation(
  document: Record<string, unknown>,
  path: string,
  method: (typeof METHODS)[number],
  raw: RawOperation,
  shared: unknown[],
): SpecOperation {
  if (!raw.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const byKey = new Map<string, SpecParameter>();
  for (const p of [...shared, ...(raw.parameters ?? [])].map((p) => readParameter(document, p))) {
    byKey.set(`${p.in}:${p.name}`, p); // operation-level parameters override path-level ones (OAS 3.1 §4.8.10)
  }
  const responses: Record<string, SpecResponse> = {};
  for (const [status, rawResponse] of Object.entries(raw.responses ?? {})) {
    const content = (deref(document, rawResponse) as { content?: Record<string, RawMedia> }).content ?? {};
    const json = Object.entries(content).find(([type]) => /json/i.test(type))?.[1];
    responses[status] = { contentTypes: Object.keys(content), ...(json?.schema ? { schema: json.schema } : {}) };
  }
  let requestBody: SpecOperation["requestBody"];
  if (raw.requestBody) {
    const body = deref(document, raw.requestBody) as { required?: boolean; content?: Record<string, RawMedia> };
    const json = Object.entries(body.content ?? {}).find(([type]) => /json/i.test(type))?.[1];
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

/** Reads the spec file and lists its operations in document order. */
export function loadSpec(specPath: string = defaultSpecPath()): SpecModel {
  const document = parse(readFileSync(specPath, "utf8")) as Record<string, unknown>;
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    const item = deref(document, rawItem);
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined;
      if (raw) operations.push(readOperation(document, path, method, raw, (item.parameters ?? []) as unknown[]));
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
