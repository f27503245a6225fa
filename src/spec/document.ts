/**
 * An OpenAPI document as plain data, and the local `$ref` resolution every reader of it needs. Pure: no
 * file system, no YAML, so the generator, the fake and the conformance kit can all use it.
 */

export type JsonObject = Record<string, unknown>;

/** The parts of an OpenAPI 3.1 document this project reads. */
export interface OpenApiDocument extends JsonObject {
  paths?: Record<string, JsonObject>;
  components?: JsonObject & { schemas?: Record<string, JsonObject> };
}

/** The HTTP methods an operation can sit under, in the order paths list them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;
export type HttpMethod = Uppercase<(typeof HTTP_METHODS)[number]>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Follows a local `$ref` (`#/components/...`, JSON Pointer escapes `~1` and `~0` decoded) until it
 * reaches a node that is not one; other values pass through. Throws on a reference to nothing.
 */
export function deref<T = unknown>(document: OpenApiDocument, value: unknown): T {
  let current = value;
  for (let hops = 0; hops < 16; hops++) {
    const ref = isObject(current) ? current.$ref : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return current as T;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
    if (current === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  throw new Error("$ref chain longer than 16 hops");
}

/** The name of the component schema a `{$ref: "#/components/schemas/X"}` points at, or undefined. */
export function schemaRefName(value: unknown): string | undefined {
  const ref = isObject(value) ? value.$ref : undefined;
  const prefix = "#/components/schemas/";
  return typeof ref === "string" && ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}
