/**
 * Compiles the schemas of an OpenAPI 3.1 document with ajv (JSON Schema 2020-12) at run time, so a
 * schema changed in a spec file is enforced without regenerating anything: the fake validates request
 * bodies of the spec it serves with it. Node or any runtime with ajv; formats checked (ajv-formats).
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonObject, OpenApiDocument } from "./document.js";

/** OpenAPI annotation keywords that ajv would otherwise reject as unknown. */
const ANNOTATIONS = ["example", "discriminator", "xml", "externalDocs"];
const ROOT_ID = "openapi-document";

export interface SchemaVerdict {
  valid: boolean;
  /** ajv's errors, with `parentSchema` (the schema object holding the failed keyword). */
  errors: ErrorObject[];
  /** The same, one line each: `/outputConfig must have required property 'gcsDestination'`. */
  problems: string[];
}

export type SchemaCheck = (value: unknown) => SchemaVerdict;

/** Drops `x-` extensions and points local `$ref`s at the registered document. */
function prepare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prepare);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    out[key] = key === "$ref" && typeof member === "string" && member.startsWith("#/") ? ROOT_ID + member : prepare(member);
  }
  return out;
}

/** Validators for the schemas of one document, compiled on first use and cached per schema object. */
export class SchemaCompiler {
  readonly #ajv: InstanceType<typeof Ajv2020.default>;
  readonly #cache = new WeakMap<object, SchemaCheck>();

  constructor(document: OpenApiDocument) {
    const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
    this.#ajv = new Ajv({ allErrors: true, strict: false, verbose: true, keywords: ANNOTATIONS });
    (addFormats as unknown as typeof addFormats.default)(this.#ajv);
    const { paths: _paths, ...rest } = document;
    this.#ajv.addSchema(prepare({ ...rest, $id: ROOT_ID }) as object);
  }

  /** The validator of one schema object taken from the document (such as `{$ref: "#/components/schemas/Model"}`). */
  compile(schema: JsonObject): SchemaCheck {
    const cached = this.#cache.get(schema);
    if (cached) return cached;
    const validate = this.#ajv.compile(prepare(schema) as object);
    const check: SchemaCheck = (value) => {
      if (validate(value)) return { valid: true, errors: [], problems: [] };
      const errors = [...(validate.errors ?? [])];
      const problems = errors.map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`.trim());
      return { valid: false, errors, problems };
    };
    this.#cache.set(schema, check);
    return check;
  }
}
