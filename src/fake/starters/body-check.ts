/**
 * Checks a request body against the method's request schema from the spec, and says what is wrong the
 * way Google's front end does: one google.rpc.BadRequest field violation per problem, unknown members
 * as `Unknown name "x": Cannot find field.` (proto3 JSON parsing refuses them). The errors ajv reports
 * inside a `oneOf`, `anyOf` or `not` are folded into one line about the group.
 */
import type { ErrorObject } from "ajv";
import type { JsonObject } from "../../spec/document.js";
import type { SchemaCompiler } from "../../spec/schema-compiler.js";
import type { FieldViolation } from "../errors.js";
import { starterErrors } from "./start-errors.js";

/** `/inputConfig/gcsSource/inputUris/0` → `inputConfig.gcsSource.inputUris[0]`. */
function fieldOf(instancePath: string, child?: string): string {
  const parts = instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) parts.push(child);
  return parts.reduce((path, part) => (/^[0-9]+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

/** The members a group of alternatives is about: `oneOf: [{required: [a]}, {required: [b]}]` → a, b. */
function membersOf(group: unknown): string[] {
  const alternatives = Array.isArray(group) ? group : [group];
  return [...new Set(alternatives.flatMap((alt) => {
    const node = alt as { required?: unknown; anyOf?: unknown };
    if (Array.isArray(node?.required)) return node.required as string[];
    return node?.anyOf ? membersOf(node.anyOf) : [];
  }))];
}

function describe(error: ErrorObject): FieldViolation {
  const field = fieldOf(error.instancePath);
  const at = field ? ` at '${field}'` : "";
  const schema = (error.parentSchema ?? {}) as JsonObject;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      return { field: fieldOf(error.instancePath, name), description: `Invalid JSON payload received. Unknown name ${JSON.stringify(name)}${at}: Cannot find field.` };
    }
    case "required": {
      const missing = fieldOf(error.instancePath, String((error.params as { missingProperty?: unknown }).missingProperty));
      return { field: missing, description: `${missing} is required.` };
    }
    case "oneOf":
    case "not": {
      const members = membersOf(error.keyword === "oneOf" ? schema.oneOf : schema.not);
      if (members.length === 0) break;
      const rule = error.keyword === "oneOf" ? "exactly one of %s must be set" : "at most one of %s may be set";
      return { field, description: `${rule.replace("%s", members.join(", "))}${at}.` };
    }
  }
  return { field, description: `Invalid value${at}: ${error.message ?? error.keyword}.` };
}

/** Throws INVALID_ARGUMENT naming every problem of `body` for `schema`; returns when it conforms. */
export function checkRequestBody(compiler: SchemaCompiler, operationId: string, schema: JsonObject, body: unknown): void {
  const verdict = compiler.compile(schema)(body);
  if (verdict.valid) return;
  const inGroup = (e: ErrorObject) => /\/(oneOf|anyOf|not)\//.test(e.schemaPath);
  // A violation of the body as a whole names no field (google.rpc.BadRequest's field is a path into the request).
  const violations = verdict.errors
    .filter((e) => !inGroup(e) && e.keyword !== "if")
    .map(describe)
    .map((v) => (v.field ? v : { description: v.description }));
  const unique = [...new Map(violations.map((v) => [`${v.field}|${v.description}`, v])).values()];
  throw starterErrors.invalidBody(operationId, unique);
}
