/**
 * Partial responses: the `fields` standard parameter, in the syntax of Google's partial responses (a
 * FieldMask written in JSON names, with sub-selections in parentheses):
 *
 *   fields    := selection ( "," selection )*
 *   selection := path [ "(" fields ")" ]
 *   path      := name ( "/" name )*
 *   name      := "*" | a JSON field name (lowerCamelCase; snake_case is read as its lowerCamelCase)
 *
 * e.g. `name,done`, `operations(name,done),nextPageToken`, `metadata/progressPercent`. A selection
 * names fields of the method's response message; a name the message does not have, a sub-selection of
 * a scalar or a syntax error is INVALID_ARGUMENT. Inside an Any (`metadata`, `response`, error
 * `details`) any name is accepted, and `@type` is always kept, since Google's clients cannot read an
 * Any without it. Selected fields that are absent (proto3 defaults) stay absent.
 */
import { errors } from "./errors.js";
import type { MethodName } from "./router.js";

/** A parsed selection: each name maps to `true` (the whole value) or to a selection inside it. */
export type FieldTree = Map<string, FieldTree | true>;

/** What a response message looks like, as far as selections go. */
type Shape = { open: true } | { open: false; fields: Readonly<Record<string, Shape | "scalar">> };

const ANY: Shape = { open: true };
const message = (fields: Record<string, Shape | "scalar">): Shape => ({ open: false, fields });
const STATUS = message({ code: "scalar", message: "scalar", details: ANY });
const OPERATION = message({ name: "scalar", metadata: ANY, done: "scalar", error: STATUS, response: ANY });

/** The response message of each method, by the spec's schemas (a test compares the two). */
export const RESPONSE_SHAPES: Readonly<Record<MethodName, Shape>> = {
  get: OPERATION,
  wait: OPERATION,
  list: message({ operations: OPERATION, nextPageToken: "scalar", unreachable: "scalar" }),
  cancel: message({}),
  delete: message({}),
  // Every method that starts an operation answers the Operation.
  start: OPERATION,
};

const NAME = /^(\*|@type|[A-Za-z_][A-Za-z0-9_]*)/;
const MAX_NESTING = 16;

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Parses a `fields` value; throws INVALID_ARGUMENT saying where it is malformed. */
export function parseFields(text: string): FieldTree {
  let at = 0;
  const fail = (reason: string): never => {
    throw errors.invalidFields(text, `${reason} at column ${at + 1}`);
  };
  const skipSpaces = () => {
    while (text[at] === " ") at++;
  };
  /** Consumes `c` when it comes next. */
  const eat = (c: string): boolean => {
    if (text[at] !== c) return false;
    at++;
    return true;
  };
  const name = (): string => {
    const match = NAME.exec(text.slice(at)) ?? fail("expected a field name");
    at += match[0].length;
    return match[0] === "@type" ? "@type" : camel(match[0]);
  };
  const list = (depth: number): FieldTree => {
    if (depth > MAX_NESTING) fail(`selections nest deeper than ${MAX_NESTING}`);
    const tree: FieldTree = new Map();
    do {
      skipSpaces();
      const path = [name()];
      while (eat("/")) path.push(name());
      skipSpaces();
      let sub: FieldTree | true = true;
      if (eat("(")) {
        sub = list(depth + 1);
        if (!eat(")")) fail('expected ")"');
        skipSpaces();
      }
      insert(tree, path, sub);
    } while (eat(","));
    return tree;
  };
  const tree = list(0);
  if (at !== text.length) fail(`unexpected ${JSON.stringify(text[at])}`);
  return tree;
}

function insert(tree: FieldTree, path: readonly string[], sub: FieldTree | true): void {
  let node = tree;
  for (const [i, name] of path.entries()) {
    const existing = node.get(name);
    if (existing === true) return; // already selected whole
    if (i === path.length - 1) {
      if (sub === true || existing === undefined) node.set(name, sub);
      else for (const [k, v] of sub) insert(existing, [k], v);
      return;
    }
    if (existing === undefined) node.set(name, (node = new Map()));
    else node = existing;
  }
}

/** Checks a selection against the method's response; throws INVALID_ARGUMENT naming the bad path. */
export function checkFields(text: string, tree: FieldTree, method: MethodName): void {
  const walk = (node: FieldTree, shape: Shape, prefix: string) => {
    if (shape.open) return;
    for (const [name, sub] of node) {
      if (name === "*") continue;
      const field = shape.fields[name];
      if (field === undefined) throw errors.invalidFields(text, `the response has no field ${JSON.stringify(prefix + name)}`);
      if (sub === true) continue;
      if (field === "scalar") throw errors.invalidFields(text, `${JSON.stringify(prefix + name)} has no fields to select`);
      walk(sub, field, `${prefix}${name}/`);
    }
  };
  walk(tree, RESPONSE_SHAPES[method], "");
}

/** The selected part of `value` (arrays are selected element by element). */
export function applyFields(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map((item) => applyFields(item, tree));
  if (value === null || typeof value !== "object" || tree.has("*")) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof source["@type"] === "string") out["@type"] = source["@type"];
  for (const [name, sub] of tree) {
    if (!Object.hasOwn(source, name)) continue;
    out[name] = sub === true ? source[name] : applyFields(source[name], sub);
  }
  return out;
}
