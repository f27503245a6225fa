/**
 * Generates everything under generated/ from the spec: TypeScript types (openapi-typescript),
 * standalone ajv validators (compiled code, so the SDK never compiles schemas at run time), and the
 * table and types of the methods that start operations (from their x-operation-info).
 *
 *   tsx scripts/generate.ts [--out DIR] [--spec FILE]
 *
 * The output is deterministic, so scripts/check-generated.ts can compare a fresh run with generated/.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import type { OpenApiDocument } from "../src/spec/document.js";
import { renderStarters } from "./generate-starters.js";
import { DEFAULT_SPEC, PACKAGE_ROOT } from "./spec-file.js";

export { DEFAULT_SPEC };
export const GENERATED_DIR = join(PACKAGE_ROOT, "generated");

const HEADER = (spec: string, tool: string) =>
  `// GENERATED FILE: do not edit. Made by \`npm run generate\` (${tool}) from ${spec}.\n`;

/** Keywords of OpenAPI 3.1 that are annotations to ajv (not validation); `components` holds the schemas. */
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs", "components"];

/** The component schemas that travel in requests or responses, each a named validator. */
export const VALIDATED_SCHEMAS = [
  "Operation",
  "ListOperationsResponse",
  "Empty",
  "CancelOperationRequest",
  "WaitOperationRequest",
  "ErrorResponse",
  "Status",
  "Any",
  "OperationMetadata",
] as const;

type Spec = { components: { schemas: Record<string, unknown> } };

/** Drops OpenAPI `x-` extension members, which ajv's strict mode would reject as unknown keywords. */
function withoutExtensions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutExtensions) as T;
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).filter(([k]) => !k.startsWith("x-"));
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutExtensions(v)])) as T;
}

/** Builds the source of the standalone validators module (ESM) for the spec's component schemas. */
export function buildValidators(spec: Spec, specLabel: string): { js: string; dts: string } {
  const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
  // Formats are annotations here: every format in the spec is backed by a pattern or a range, so the
  // compiled code needs no ajv-formats at run time. unicodeRegExp off keeps patterns portable.
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true },
    allErrors: true,
    strict: true,
    strictRequired: false,
    validateFormats: false,
    keywords: OPENAPI_KEYWORDS,
    unicodeRegExp: false,
  });
  const id = "spec";
  ajv.addSchema({ $id: id, components: { schemas: withoutExtensions(spec.components.schemas) } }, id);
  for (const name of VALIDATED_SCHEMAS) {
    if (!(name in spec.components.schemas)) throw new Error(`spec has no schema ${name}`);
  }
  const refs = Object.fromEntries(VALIDATED_SCHEMAS.map((n) => [`validate${n}`, `${id}#/components/schemas/${n}`]));
  const code = standaloneCode.default(ajv, refs);
  const js = `${HEADER(specLabel, "ajv standalone")}/* eslint-disable */\n${code}\n`;
  const dts = [
    HEADER(specLabel, "ajv standalone").trimEnd(),
    `import type { components } from "./schema.js";`,
    ``,
    `/** An ajv error object, as produced by the compiled validators. */`,
    `export interface ValidationErrorObject {`,
    `  instancePath: string;`,
    `  schemaPath: string;`,
    `  keyword: string;`,
    `  params: Record<string, unknown>;`,
    `  message?: string;`,
    `}`,
    `/** A compiled validator: a type guard whose last run's errors sit on \`errors\`. */`,
    `export interface CompiledValidator<T> {`,
    `  (data: unknown): data is T;`,
    `  errors?: ValidationErrorObject[] | null;`,
    `}`,
    ...VALIDATED_SCHEMAS.map(
      (n) => `export declare const validate${n}: CompiledValidator<components["schemas"]["${n}"]>;`,
    ),
    ``,
  ].join("\n");
  return { js, dts };
}

/** Generates types and validators for `specPath` into `outDir`; returns the files written. */
export async function generate(specPath = DEFAULT_SPEC, outDir = GENERATED_DIR): Promise<string[]> {
  const text = await readFile(specPath, "utf8");
  const spec = parse(text) as Spec;
  const label = "spec/" + specPath.split(/[\\/]/).pop();
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, rootTypes: false });
  const types = HEADER(label, "openapi-typescript") + astToString(ast);
  const { js, dts } = buildValidators(spec, label);
  const starters = renderStarters(spec as unknown as OpenApiDocument, HEADER(label, "x-operation-info"));
  await mkdir(outDir, { recursive: true });
  const files: Record<string, string> = {
    "schema.d.ts": types,
    "validators.js": js,
    "validators.d.ts": dts,
    "starters.ts": starters,
  };
  for (const [name, body] of Object.entries(files)) await writeFile(join(outDir, name), body);
  return Object.keys(files).map((f) => join(outDir, f));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { out: { type: "string" }, spec: { type: "string" } } });
  const written = await generate(values.spec ? resolve(values.spec) : DEFAULT_SPEC, values.out ? resolve(values.out) : GENERATED_DIR);
  for (const f of written) console.log(`wrote ${f}`);
}
