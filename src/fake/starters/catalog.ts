/**
 * The methods a spec file says start operations (x-operation-info), read once per spec text and shared
 * by every fake serving it, with one run-time schema compiler for their request bodies.
 */
import type { OpenApiDocument } from "../../spec/document.js";
import { readStarters, type StarterMethod } from "../../spec/operation-info.js";
import { readSpecFile } from "../../spec/read-spec.js";
import { SchemaCompiler } from "../../spec/schema-compiler.js";
import { DEFAULT_SPEC } from "../../spec/spec-file.js";

export interface StarterCatalog {
  /** The spec file read. */
  specPath: string;
  document: OpenApiDocument;
  /** The methods that start operations, in document order. */
  starters: readonly StarterMethod[];
  /** Their operationIds. */
  ids: readonly string[];
  /** Compiles the document's schemas (request bodies) at run time, each once; made on first use. */
  readonly compiler: SchemaCompiler;
}

const catalogs = new WeakMap<OpenApiDocument, Omit<StarterCatalog, "specPath">>();

/** The catalog's fields, with the compiler made when a body is first checked (ajv's setup is not free). */
function catalogOf(document: OpenApiDocument, starters: StarterMethod[]): Omit<StarterCatalog, "specPath"> {
  let compiler: SchemaCompiler | undefined;
  return {
    document,
    starters,
    ids: starters.map((s) => s.operationId),
    get compiler() {
      return (compiler ??= new SchemaCompiler(document));
    },
  };
}

/** The catalog of the spec in `specPath`; throws naming the spec and the method when an annotation is broken. */
export function loadStarterCatalog(specPath: string = DEFAULT_SPEC): StarterCatalog {
  const document = readSpecFile(specPath);
  let catalog = catalogs.get(document);
  if (!catalog) {
    let starters: StarterMethod[];
    try {
      starters = readStarters(document);
    } catch (thrown) {
      throw new Error(`spec ${specPath}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    catalog = catalogOf(document, starters);
    catalogs.set(document, catalog);
  }
  const shared = catalog;
  return { specPath, document, starters: shared.starters, ids: shared.ids, get compiler() { return shared.compiler; } };
}

/** The operationIds of the bundled spec's methods that start operations. */
export function bundledStarterIds(): readonly string[] {
  return loadStarterCatalog().ids;
}
