/**
 * A Google Discovery document (https://developers.google.com/discovery/v1/reference/apis) derived from
 * the spec, for Google's discovery-based clients (googleapis' `discoverAPI`, google-api-python-client's
 * `build_from_document`). AutoML was never in the public Discovery directory (pitfalls #18), so tests
 * build one: the spec's `Std*` parameters become the document's `parameters`, each operation a method
 * of the resource its path names (`projects.locations.operations`), with Google's `{+name}` path form.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { DEFAULT_SPEC } from "../../../scripts/spec-file.js";

type Json = Record<string, any>;

export interface DiscoveryMethod {
  id: string;
  path: string;
  flatPath: string;
  httpMethod: string;
  parameters: Json;
  parameterOrder: string[];
  request?: { $ref: string };
  response?: { $ref: string };
  scopes: string[];
  description?: string;
}

const SCOPE = "https://www.googleapis.com/auth/cloud-platform";
/** gax's system-parameter spelling of `alt`; Discovery documents list `alt` only. */
const NOT_IN_DISCOVERY = new Set(["$alt"]);

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

function deref(spec: Json, value: Json): Json {
  let current = value;
  while (typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((node: Json, key: string) => node[key], spec);
  }
  return current;
}

/** A Discovery JsonSchema for an OpenAPI schema (types, refs, arrays, enums, maps; enough for the clients). */
function toDiscoverySchema(spec: Json, schema: Json, id?: string): Json {
  if (typeof schema.$ref === "string") return { $ref: refName(schema.$ref) };
  const out: Json = {};
  if (id) out.id = id;
  if (schema.description) out.description = String(schema.description).trim();
  if (schema.enum) out.enum = schema.enum.map(String);
  if (schema.pattern) out.pattern = schema.pattern;
  if (schema.format) out.format = schema.format;
  if (schema.type === "array") {
    out.type = "array";
    out.items = toDiscoverySchema(spec, schema.items ?? {});
  } else if (schema.type === "object" || schema.properties) {
    out.type = "object";
    if (schema.properties) {
      out.properties = Object.fromEntries(
        Object.entries(schema.properties as Json).map(([name, property]) => [name, toDiscoverySchema(spec, property as Json)]),
      );
    }
    if (schema.additionalProperties !== false && !schema.properties) out.additionalProperties = { type: "any" };
  } else {
    out.type = schema.type ?? "any";
  }
  return out;
}

function toDiscoveryParameter(spec: Json, raw: Json): [string, Json] {
  const param = deref(spec, raw);
  const schema = deref(spec, param.schema ?? {});
  const out: Json = { type: schema.type ?? "string", location: param.in };
  if (param.description) out.description = String(param.description).trim();
  if (schema.format) out.format = schema.format;
  if (schema.enum) out.enum = schema.enum.map(String);
  if (schema.default !== undefined) out.default = String(schema.default);
  return [param.name, out];
}

/**
 * The resource path of an operation in Google's form: the name's segments (`projects/{p}/locations/{l}`
 * plus `operations/{o}` for a method on one operation) become `{+name}`, with the `name` parameter's
 * pattern; a collection method keeps its collection after it (`v1beta1/{+name}/operations`, as
 * google.longrunning names the parent of ListOperations `name`).
 */
function googlePath(flatPath: string): { path: string; pattern: string } {
  const [version, ...segments] = flatPath.split("/");
  const last = segments.at(-1)!;
  const verb = last.includes("}:") ? last.slice(last.indexOf("}:") + 1) : "";
  const clean = segments.map((s) => (verb && s === last ? s.slice(0, s.length - verb.length) : s));
  const collection = clean.length % 2 === 1 ? clean.pop()! : undefined;
  const pattern = `^${clean.map((s) => (s.startsWith("{") ? "[^/]+" : s)).join("/")}$`;
  return { path: `${version}/{+name}${collection ? `/${collection}` : ""}${verb}`, pattern };
}

/** The Discovery document of the spec's API, with `rootUrl` (ending in `/`) as its server. */
export function discoveryDocument(rootUrl: string, specFile = DEFAULT_SPEC): Json {
  const spec = parse(readFileSync(specFile, "utf8")) as Json;
  const resources: Json = {};
  let standard: Json = {};
  for (const [flatPath, item] of Object.entries(spec.paths as Json)) {
    // The operations resource only: other collections name their parent `parent`, not `name`.
    const [, , ...segments] = flatPath.split("/");
    const collections = segments.filter((s) => !s.startsWith("{"));
    if (collections.at(-1) !== "operations") continue;
    const shared = ((item as Json).parameters ?? []) as Json[];
    for (const verb of ["get", "post", "delete", "patch", "put"]) {
      const op = (item as Json)[verb] as Json | undefined;
      if (!op) continue;
      const { path, pattern } = googlePath(flatPath.slice(1));
      const parameters: Json = { name: { type: "string", location: "path", required: true, pattern } };
      for (const raw of [...shared, ...((op.parameters ?? []) as Json[])]) {
        const [name, parameter] = toDiscoveryParameter(spec, raw);
        if (parameter.location === "path") continue;
        if (typeof raw.$ref === "string" && refName(raw.$ref).startsWith("Std")) {
          if (!NOT_IN_DISCOVERY.has(name)) standard = { ...standard, [name]: parameter };
        } else parameters[name] = parameter;
      }
      const methodName = String(op.operationId).replace(/Operations?$/, "");
      const ok = deref(spec, op.responses["200"]);
      const responseSchema = ok.content?.["application/json"]?.schema;
      const requestSchema = op.requestBody?.content?.["application/json"]?.schema;
      const method: DiscoveryMethod = {
        id: `automl.${collections.join(".")}.${methodName}`,
        path,
        flatPath: flatPath.slice(1),
        httpMethod: verb.toUpperCase(),
        parameters,
        parameterOrder: ["name"],
        scopes: [SCOPE],
        description: String(op.summary ?? ""),
        ...(requestSchema?.$ref ? { request: { $ref: refName(requestSchema.$ref) } } : {}),
        ...(responseSchema?.$ref ? { response: { $ref: refName(responseSchema.$ref) } } : {}),
      };
      let node = resources;
      for (const [i, segment] of collections.entries()) {
        node[segment] ??= {};
        if (i === collections.length - 1) (node[segment].methods ??= {})[methodName] = method;
        else node = node[segment].resources ??= {};
      }
    }
  }
  const schemas = Object.fromEntries(Object.entries(spec.components.schemas as Json).map(([id, s]) => [id, toDiscoverySchema(spec, s as Json, id)]));
  return {
    kind: "discovery#restDescription",
    discoveryVersion: "v1",
    id: "automl:v1beta1",
    name: "automl",
    version: "v1beta1",
    title: spec.info.title,
    description: String(spec.info.summary ?? ""),
    protocol: "rest",
    rootUrl,
    servicePath: "",
    baseUrl: rootUrl,
    batchPath: "batch",
    parameters: standard,
    auth: { oauth2: { scopes: { [SCOPE]: { description: "See, edit, configure and delete your Google Cloud data." } } } },
    schemas,
    resources,
  };
}
