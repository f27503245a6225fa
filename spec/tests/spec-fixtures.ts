/**
 * Test support for the spec's own tests: the parsed spec, a validator for any schema in it (the
 * conformance kit's run-time ajv, formats checked too), and every example the spec holds, each paired
 * with the schema it must satisfy.
 */
import { deref as derefIn, loadSpec } from "../../contract-tests/spec-model.js";
import { SchemaValidator } from "../../contract-tests/schema-validator.js";

type Json = Record<string, unknown>;
export type SpecDocument = Json & { paths: Record<string, Json>; components: Json & { schemas: Json } };

const MODEL = loadSpec();
export const SPEC = MODEL.document as SpecDocument;
const validator = new SchemaValidator(MODEL);

/** Validates `value` against a schema of the spec; returns ajv's error lines (empty when valid). */
export function schemaErrors(schema: unknown, value: unknown): string[] {
  return validator.compile(schema as Json)(value).errors;
}

/** The schema of a component, by name. */
export function componentSchema(name: string): Json {
  return { $ref: `#/components/schemas/${name}` };
}

/** Follows a local `$ref` (`#/components/…`) in the spec. */
export function deref<T = Json>(node: unknown): T {
  return derefIn(SPEC, node) as T;
}
export interface SpecExample {
  /** Where the example sits, such as `getOperation 200 application/json failed`. */
  where: string;
  schema: unknown;
  value: unknown;
}

const METHODS = ["get", "put", "post", "delete", "patch"];

function mediaExamples(where: string, content: Json | undefined): SpecExample[] {
  return Object.entries(content ?? {}).flatMap(([type, media]) => {
    const m = media as Json;
    const named = Object.entries((m.examples as Json) ?? {}).map(([name, ex]) => ({
      where: `${where} ${type} ${name}`,
      schema: m.schema,
      value: deref<Json>(ex).value,
    }));
    return m.example === undefined ? named : [...named, { where: `${where} ${type}`, schema: m.schema, value: m.example }];
  });
}

/** Every example of every response, request body and parameter in the spec. */
export function allExamples(): SpecExample[] {
  const found: SpecExample[] = [];
  for (const item of Object.values(SPEC.paths)) {
    const shared = (item.parameters as unknown[]) ?? [];
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method] as Json;
      const id = op.operationId as string;
      for (const [status, response] of Object.entries(op.responses as Json)) {
        found.push(...mediaExamples(`${id} ${status}`, deref<Json>(response).content as Json));
      }
      if (op.requestBody) found.push(...mediaExamples(`${id} request`, deref<Json>(op.requestBody).content as Json));
      for (const p of [...shared, ...((op.parameters as unknown[]) ?? [])].map((x) => deref<Json>(x))) {
        if (p.example !== undefined) found.push({ where: `${id} parameter ${p.name}`, schema: p.schema, value: p.example });
      }
    }
  }
  return found;
}
