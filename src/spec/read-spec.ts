/**
 * Reads an OpenAPI spec file (YAML or JSON) into a document. Parsed documents are kept by their text,
 * so servers started again and again on the same spec (tests, the conformance suites) parse it once.
 * Node only.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { isObject, type OpenApiDocument } from "./document.js";
import { DEFAULT_SPEC } from "./spec-file.js";

const parsed = new Map<string, OpenApiDocument>();
const MAX_CACHED = 8;

/** The document in `path` (the bundled spec by default); throws naming the file when it is not a spec. */
export function readSpecFile(path: string = DEFAULT_SPEC): OpenApiDocument {
  const text = readFileSync(path, "utf8");
  const cached = parsed.get(text);
  if (cached) return cached;
  let document: unknown;
  try {
    document = parse(text);
  } catch (thrown) {
    throw new Error(`spec ${path} is not YAML or JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (!isObject(document) || !isObject(document.paths)) throw new Error(`spec ${path} is not an OpenAPI document (no paths)`);
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value!);
  parsed.set(text, document as OpenApiDocument);
  return document as OpenApiDocument;
}
