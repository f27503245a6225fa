/**
 * Compiles the spec's schemas with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) at run time,
 * so a schema changed in the spec is enforced without regenerating anything.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema, SpecModel } from "./spec-model.js";

/** OpenAPI annotation keywords that ajv would otherwise reject as unknown. */
const ANNOTATIONS = ["example", "discriminator", "xml", "externalDocs"];
const ROOT_ID = "openapi-document";

export interface SchemaVerdict {
  valid: boolean;
  /** ajv's errors, one line each: `/operations/0/name must match pattern …`. */
  errors: string[];
}

export type SchemaCheck = (value: unknown) => SchemaVerdict;

/** Drops `x-` extensions and points local `$ref`s at the registered document. */
function prepare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prepare);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (key.startsWith("x-")) continue;
    out[key] = key === "$ref" && typeof member === "string" && member.startsWith("#/") ? ROOT_ID + member : prepare(member);
  }
  return out;
}

/** A cache of compiled validators for one spec document. */
export class SchemaValidator {
  readonly #ajv: InstanceType<typeof Ajv2020.default>;
  readonly #cache = new WeakMap<JsonSchema, SchemaCheck>();

  constructor(spec: SpecModel) {
    const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
    this.#ajv = new Ajv({ allErrors: true, strict: false, keywords: ANNOTATIONS });
    (addFormats as unknown as typeof addFormats.default)(this.#ajv);
    const { paths: _paths, ...rest } = spec.document;
    this.#ajv.addSchema(prepare({ ...rest, $id: ROOT_ID }) as object);
  }

  /** The validator of one schema object taken from the spec (compiled once, then cached). */
  compile(schema: JsonSchema): SchemaCheck {
    const cached = this.#cache.get(schema);
    if (cached) return cached;
    const validate = this.#ajv.compile(prepare(schema) as object);
    const check: SchemaCheck = (value) => {
      const valid = validate(value) as boolean;
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`.trim());
      return { valid, errors: valid ? [] : errors };
    };
    this.#cache.set(schema, check);
    return check;
  }
}
