/**
 * Fields a response carries that the spec does not name. AIP-180 makes adding a field backwards
 * compatible and proto3 JSON readers ignore unknown fields, so these never fail a check; they are noted,
 * so a reader sees what the server sends beyond the spec (`totalSize` in a list, legacy `errors`, new metadata).
 */
import { deref, type JsonSchema } from "../spec-model.js";

/** Deep enough for any Operation; untrusted bodies are never walked further (pitfalls #21). */
const MAX_DEPTH = 24;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Paths (`operations[].metadata.trainingHours`) of members the schema does not name. Objects whose
 * schema names no properties and leaves them open, or allows any (an Any: its fields are its message's),
 * are not looked into.
 */
export function unknownFields(document: Record<string, unknown>, schema: JsonSchema, value: unknown): string[] {
  const found = new Set<string>();
  const walk = (raw: JsonSchema | undefined, node: unknown, path: string, depth: number) => {
    if (raw === undefined || depth > MAX_DEPTH) return;
    const s = deref(document, raw);
    if (Array.isArray(node)) {
      const items = s.items as JsonSchema | undefined;
      for (const item of node) walk(items, item, `${path}[]`, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    // A closed schema that names nothing (Empty) knows no member; an open one without names is not looked into.
    const properties = (s.properties ?? (s.additionalProperties === false ? {} : undefined)) as Record<string, JsonSchema> | undefined;
    if (!properties || s.additionalProperties === true) return;
    for (const [key, member] of Object.entries(node)) {
      const where = path ? `${path}.${key}` : key;
      if (Object.hasOwn(properties, key)) walk(properties[key], member, where, depth + 1);
      else found.add(where);
    }
  };
  walk(schema, value, "", 0);
  return [...found];
}
