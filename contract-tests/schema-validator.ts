/**
 * The spec's schemas as the kit judges with them: the shared run-time compiler (src/spec/schema-compiler,
 * ajv on JSON Schema 2020-12, the dialect of OpenAPI 3.1), so a schema changed in the spec is enforced
 * without regenerating anything, and the kit, the fake and the spec's tests read a schema the same way.
 *
 * Two readings of one document. Requests are judged as written: a server parses them strictly, and
 * proto3 JSON parsing refuses an unknown field. Responses are judged as a client reads them: AIP-180 makes
 * adding a field backwards compatible and proto3 JSON readers ignore unknown fields, so the response
 * reading lifts `additionalProperties: false` (a Model the server returns may carry members the spec
 * does not name yet); checks note such fields instead (checks/unknown-fields.ts).
 */
import { isObject, type JsonObject, type OpenApiDocument } from "../src/spec/document.js";
import { SchemaCompiler } from "../src/spec/schema-compiler.js";
import type { JsonSchema, SpecModel } from "./spec-model.js";

export interface SchemaVerdict {
  valid: boolean;
  /** ajv's errors, one line each: `/operations/0/name must match pattern …`. */
  errors: string[];
}

export type SchemaCheck = (value: unknown) => SchemaVerdict;

/** The document with every `additionalProperties: false` dropped, as a reader that ignores unknown fields sees it. */
function openToNewFields(value: unknown, depth = 0): unknown {
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => openToNewFields(v, depth + 1));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === "additionalProperties" && member === false) continue;
    out[key] = openToNewFields(member, depth + 1);
  }
  return out;
}

/** The validator of each spec model: runs of one spec in one process (a corpus, a library user's loop) compile each schema once. */
const validators = new WeakMap<SpecModel, SchemaValidator>();

/** Validators for the schemas of one spec document, compiled on first use and cached per schema object. */
export class SchemaValidator {
  /**
   * The shared validator of `spec`. A model is immutable once loaded (loadSpec makes a new one when the
   * file changes), so its compiled schemas hold for every run that reads it.
   */
  static of(spec: SpecModel): SchemaValidator {
    let found = validators.get(spec);
    if (!found) validators.set(spec, (found = new SchemaValidator(spec)));
    return found;
  }

  readonly #document: OpenApiDocument;
  readonly #requests: SchemaCompiler;
  #responses: SchemaCompiler | undefined;
  readonly #cache = new WeakMap<object, SchemaCheck>();
  readonly #responseCache = new WeakMap<object, SchemaCheck>();

  constructor(spec: SpecModel) {
    this.#document = spec.document as OpenApiDocument;
    this.#requests = new SchemaCompiler(this.#document);
  }

  /** The validator of one schema object taken from the spec, as written (requests, examples). */
  compile(schema: JsonSchema): SchemaCheck {
    return cached(this.#cache, schema, () => this.#requests.compile(schema));
  }

  /**
   * The validator of a schema for what a server answers: unknown members are accepted wherever the
   * spec closes an object (AIP-180). Made on first use: runs that judge no response body skip its setup.
   */
  compileResponse(schema: JsonSchema): SchemaCheck {
    return cached(this.#responseCache, schema, () => {
      this.#responses ??= new SchemaCompiler(openToNewFields(this.#document) as OpenApiDocument);
      return this.#responses.compile(openToNewFields(schema) as JsonObject);
    });
  }
}

/**
 * ajv's lines, without those about the alternatives inside a `oneOf`, `anyOf` or `not`: the group's own
 * line says it ("must match exactly one schema in oneOf"), and nine "must have required property" lines
 * for the nine metadata a Model may carry would bury the one line that matters.
 */
function linesOf(verdict: ReturnType<ReturnType<SchemaCompiler["compile"]>>): string[] {
  const inGroup = (path: string) => /\/(oneOf|anyOf|not)\//.test(path);
  const lines = verdict.errors.map((e, i) => (inGroup(e.schemaPath) ? undefined : verdict.problems[i])).filter((l): l is string => l !== undefined);
  return lines.length > 0 ? lines : verdict.problems;
}

function cached(cache: WeakMap<object, SchemaCheck>, schema: JsonSchema, make: () => ReturnType<SchemaCompiler["compile"]>): SchemaCheck {
  const found = cache.get(schema);
  if (found) return found;
  const check = make();
  const verdict: SchemaCheck = (value) => {
    const result = check(value);
    return { valid: result.valid, errors: result.valid ? [] : linesOf(result) };
  };
  cache.set(schema, verdict);
  return verdict;
}
