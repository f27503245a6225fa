/**
 * Test support for the spec's own tests: the parsed spec, an ajv (2020-12 + formats) that knows its
 * component schemas, and every example the spec holds, each paired with the schema it must satisfy.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { DEFAULT_SPEC } from "../../scripts/generate.js";

type Json = Record<string, unknown>;
export type SpecDocument = Json & { paths: Record<string, Json>; components: Json & { schemas: Json } };

export const SPEC: SpecDocument = parse(readFileSync(DEFAULT_SPEC, "utf8"));
const SPEC_ID = "spec";

/** A full ajv (formats checked too, unlike the generated validators), with the spec's schemas under `spec#`. */
export function specAjv() {
  const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: SPEC.components }, SPEC_ID);
  return ajv;
}

/** Follows a local `$ref` (`#/components/…`) in the spec. */
export function deref<T = Json>(node: unknown): T {
  let current = node as Json;
  while (current && typeof current.$ref === "string") {
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    current = parts.reduce<Json>((acc, key) => acc[key] as Json, SPEC);
  }
  return current as T;
}

/** Rewrites a schema so its local refs point into the `spec#` schema registered in specAjv(). */
export function anchored(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${SPEC_ID}${value}` : value,
  );
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
