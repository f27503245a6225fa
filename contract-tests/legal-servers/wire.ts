/**
 * Freedoms of what goes over the wire: canonical names (the project number where the request had the
 * project id), fields the spec does not name (AIP-180: `totalSize` in a list, new metadata, legacy `errors`),
 * proto3 JSON forms (defaults written out, nine fractional digits, any key order, `{}` for an empty
 * list), and pretty-printed, gzip-encoded JSON with a charset parameter in another spelling.
 */
import { jsonOf, methodOf, withBody, type Json } from "../broken-servers/rewrite.js";
import type { Breakage, ProxiedResponse } from "../broken-servers/proxy.js";
import type { LegalServer } from "./types.js";

const PROJECT_NUMBER = "434039606874";

/** Requests may name either form; answers always carry the number. */
function canonicalNames(): Breakage {
  return {
    request: (req) => {
      req.url.pathname = req.url.pathname.replace(`/projects/${PROJECT_NUMBER}/`, "/projects/demo/");
    },
    response: (res) => ({ ...res, body: res.body.replaceAll("projects/demo/", `projects/${PROJECT_NUMBER}/`) }),
  };
}

/** Applies `change` to every object of a JSON body, innermost first, at most `depth` levels down (pitfalls #21). */
function mapObjects(value: unknown, change: (obj: Json) => Json, depth = 24): unknown {
  if (depth === 0) return value;
  if (Array.isArray(value)) return value.map((v) => mapObjects(v, change, depth - 1));
  if (value === null || typeof value !== "object") return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) out[k] = mapObjects(v, change, depth - 1);
  return change(out);
}

function rewriteJson(res: ProxiedResponse, change: (body: Json) => unknown): ProxiedResponse {
  const body = jsonOf(res);
  return body ? withBody(res, change(body)) : res;
}

function newFields(): Breakage {
  return {
    response: (res, req) =>
      rewriteJson(res, (body) => {
        if (res.status >= 400 && body.error && typeof body.error === "object") {
          const error = body.error as Json;
          return { error: { ...error, errors: [{ message: error.message, domain: "global", reason: "backendError" }] } };
        }
        const withMetadata = mapObjects(body, (obj) =>
          obj["@type"] === "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" ? { ...obj, stateMessage: "Working on it." } : obj,
        ) as Json;
        return methodOf(req) === "list" && res.status === 200 ? { ...withMetadata, totalSize: 0 } : withMetadata;
      }),
  };
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

function proto3Forms(): Breakage {
  const reversedKeys = (obj: Json) => Object.fromEntries(Object.entries(obj).reverse());
  return {
    response: (res, req) =>
      rewriteJson(res, (body) => {
        if (methodOf(req) === "list" && Array.isArray(body.operations) && body.operations.length === 0) return {};
        return mapObjects(body, (obj) => {
          const out: Json = { ...obj };
          if (typeof out.name === "string" && out.name.includes("/operations/") && out.done === undefined) out.done = false;
          if (typeof out.code === "number" && out.details === undefined && !("status" in out)) out.details = [];
          for (const key of ["createTime", "updateTime"]) {
            const m = typeof out[key] === "string" ? TIMESTAMP.exec(out[key]) : null;
            if (m) out[key] = `${m[1]}.${(m[2] ?? "").padEnd(9, "0")}Z`;
          }
          return reversedKeys(out);
        });
      }),
  };
}

function presentation(): Breakage {
  return {
    response: (res, req) => {
      const body = jsonOf(res);
      const headers = new Headers(res.headers);
      if (!body) return res;
      headers.set("content-type", "application/json;charset=UTF-8");
      const gzip = /\bgzip\b/.test(req.headers.get("accept-encoding") ?? "");
      return { status: res.status, headers, body: `${JSON.stringify(body, null, 2)}\n`, ...(gzip ? { encoding: "gzip" as const } : {}) };
    },
  };
}

export const WIRE_SERVERS: LegalServer[] = [
  {
    id: "names-canonical-project-number",
    freedom: "canonical names: the project number where the request had the project id",
    auth: true,
    expect: { note: /names answered with project 434039606874 where the request had demo/ },
    breakage: canonicalNames,
  },
  {
    id: "fields-new-and-legacy",
    freedom: "new fields (AIP-180): totalSize (AIP-158), new metadata members, legacy errors beside error",
    auth: true,
    expect: { note: /fields the spec does not name, ignored as AIP-180 allows: .*totalSize/ },
    breakage: newFields,
  },
  {
    id: "json-proto3-forms",
    freedom: "done: false written out, nanosecond timestamps, any key order, {} for an empty list",
    auth: true,
    expect: { note: /timestamps with 9 fractional digits/ },
    breakage: proto3Forms,
  },
  {
    id: "json-pretty-gzip-charset",
    freedom: "pretty-printed JSON, gzip, charset parameters",
    auth: true,
    expect: { note: /Content-Encoding gzip/ },
    breakage: presentation,
  },
];
