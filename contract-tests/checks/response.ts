/**
 * Generic checks: they judge any exchange against what the spec documents for its operation, so every
 * operation in the spec gets them without code of its own (Schemathesis's `not_a_server_error`,
 * `status_code_conformance`, `content_type_conformance`, `response_schema_conformance`).
 */
import { Code, codeNumber, HTTP_STATUS_BY_CODE, httpStatusOf } from "../../src/status.js";
import { describeExchange, type Exchange } from "../exchange.js";
import type { SpecResponse } from "../spec-model.js";
import { isLegalUnimplemented, unimplementedNote } from "./unimplemented.js";
import { unknownFields } from "./unknown-fields.js";
import { note, NOT_APPLICABLE, preview, skip, violation, type CheckContext, type CheckOutcome } from "./verdict.js";

/** HTTP statuses that `default` ("any other google.rpc.Status") stands for: those of google.rpc codes. */
const RPC_ERROR_STATUSES = new Set(Object.values(HTTP_STATUS_BY_CODE).filter((s) => s >= 400));

/** A 422 for input we broke on purpose, from a target allowed to answer so (pitfalls #8). */
export function isToleratedUnprocessable(ex: Exchange, ctx: CheckContext): boolean {
  return ex.response.status === 422 && ex.malformed === true && !ctx.capabilities.strictStatusCodes;
}

/** The response the spec documents for this status: its own entry, else `default` for an rpc error status. */
export function documentedResponse(ex: Exchange, ctx: CheckContext): SpecResponse | undefined {
  const { responses } = ctx.spec.operation(ex.operationId);
  const own = responses[String(ex.response.status)];
  if (own) return own;
  return RPC_ERROR_STATUSES.has(ex.response.status) ? responses.default : undefined;
}

function documentedStatuses(ex: Exchange, ctx: CheckContext): string {
  return Object.keys(ctx.spec.operation(ex.operationId).responses).join(", ");
}

/**
 * A 5xx is a failure unless the operation lists that very status (503 UNAVAILABLE), or it is 501
 * UNIMPLEMENTED from a method google.longrunning lets a server leave out (never get).
 */
export function notAServerError(ex: Exchange, ctx: CheckContext): CheckOutcome {
  const status = ex.response.status;
  if (status < 500) return;
  if (isLegalUnimplemented(ex, ctx)) return note(unimplementedNote(ex));
  if (status !== 500 && ctx.spec.operation(ex.operationId).responses[String(status)]) return;
  violation(`Server error: ${describeExchange(ex)}`, `${status} ${preview(ex.response.text, 200)}`, `no server errors (documented: ${documentedStatuses(ex, ctx)})`);
}

/** How the transport waited out throttling before this answer, for a note. */
function throttledNote(ex: Exchange): string | undefined {
  if (!ex.throttled?.length) return undefined;
  const statuses = [...new Set(ex.throttled.map((t) => t.status))].join("/");
  const sources = [...new Set(ex.throttled.map((t) => t.source))].join(", ");
  return `throttled (${statuses}) and retried after ${sources}; throttling is not counted as a violation`;
}

export function statusCodeConformance(ex: Exchange, ctx: CheckContext): CheckOutcome {
  if (documentedResponse(ex, ctx)) {
    const throttled = throttledNote(ex);
    return throttled === undefined ? undefined : note(throttled);
  }
  if (isToleratedUnprocessable(ex, ctx)) {
    return note(`${describeExchange(ex)}: 422 accepted as a rejection (target has strictStatusCodes false)`);
  }
  violation(`Undocumented status code: ${describeExchange(ex)}`, String(ex.response.status), documentedStatuses(ex, ctx));
}

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

export function contentTypeConformance(ex: Exchange, ctx: CheckContext): CheckOutcome {
  const documented = documentedResponse(ex, ctx);
  if (!documented) return skip(`status ${ex.response.status} is not documented`);
  const received = mediaType(ex.response.headers["content-type"]);
  if (documented.contentTypes.length === 0) {
    if (ex.response.text === "") return;
    violation(`Body where none is documented: ${describeExchange(ex)}`, received || "(no content type)", "no content");
  }
  if (documented.contentTypes.some((t) => mediaType(t) === received)) return encodingNote(ex);
  violation(`Undocumented content type: ${describeExchange(ex)}`, received || "(no content type)", documented.contentTypes.join(", "));
}

/** Media-type parameters and content codings the kit met: legal forms, noted (RFC 9110 §8.3, §8.4). */
function encodingNote(ex: Exchange): CheckOutcome {
  const seen: string[] = [];
  const params = (ex.response.headers["content-type"] ?? "").split(";").slice(1).map((p) => p.trim()).filter(Boolean);
  if (params.some((p) => p !== "charset=utf-8")) seen.push(`content type parameters ${params.join("; ")}`);
  const coding = ex.response.headers["content-encoding"];
  if (coding && coding !== "identity") seen.push(`Content-Encoding ${coding}`);
  return seen.length > 0 ? note(`${seen.join(", ")}: allowed forms`) : undefined;
}

export function responseSchemaConformance(ex: Exchange, ctx: CheckContext): CheckOutcome {
  const documented = documentedResponse(ex, ctx);
  if (!documented?.schema) return skip(`no schema documented for status ${ex.response.status}`);
  if (ex.response.json === undefined) {
    violation(`Response is not JSON: ${describeExchange(ex)}`, preview(ex.response.text || "(empty body)", 200), "a JSON body matching the response schema");
  }
  // Read as a client reads it: fields the spec does not name are ignored (AIP-180), and noted below.
  const verdict = ctx.schemas.compileResponse(documented.schema)(ex.response.json);
  if (verdict.valid) return formNote(ex, documented.schema, ctx);
  violation(`Response violates the schema: ${describeExchange(ex)}`, `${preview(ex.response.json)} — ${verdict.errors.slice(0, 5).join("; ")}`, preview(documented.schema));
}

/** Fields the spec does not name (AIP-180) and pretty-printed JSON: legal, noted. */
function formNote(ex: Exchange, schema: NonNullable<SpecResponse["schema"]>, ctx: CheckContext): CheckOutcome {
  const seen: string[] = [];
  const unknown = unknownFields(ctx.spec.document, schema, ex.response.json);
  if (unknown.length > 0) seen.push(`fields the spec does not name, ignored as AIP-180 allows: ${unknown.join(", ")}`);
  if (/\n/.test(ex.response.text.trim())) seen.push("pretty-printed JSON");
  return seen.length > 0 ? note(seen.join("; ")) : undefined;
}

/** AIP-193: `error.code` is the HTTP status and `error.status` the name of a code mapped to that status. */
export function errorEnvelopeConformance(ex: Exchange, ctx: CheckContext): CheckOutcome {
  const status = ex.response.status;
  if (status < 400) return NOT_APPLICABLE;
  if (isToleratedUnprocessable(ex, ctx)) return skip("422 from a target with strictStatusCodes false: its body is not judged");
  const error = (ex.response.json as { error?: { code?: unknown; status?: unknown } } | undefined)?.error;
  const names = Object.entries(Code).filter(([, n]) => httpStatusOf(n) === status).map(([name]) => name);
  const documented = `{"error":{"code":${status},"message":…,"status":${names.length ? names.join(" | ") : `<a google.rpc.Code answered with HTTP ${status}>`}}}`;
  if (!error || typeof error !== "object") {
    violation(`Error without the AIP-193 envelope: ${describeExchange(ex)}`, preview(ex.response.text || "(empty body)", 200), documented);
  }
  if (error.code !== status) {
    violation(`error.code is not the HTTP status: ${describeExchange(ex)}`, `error.code ${preview(error.code)}`, `error.code ${status}`);
  }
  const name = typeof error.status === "string" ? error.status : undefined;
  const number = name === undefined ? undefined : codeNumber(name);
  if (number === undefined || httpStatusOf(number) !== status) {
    violation(`error.status does not match the HTTP status: ${describeExchange(ex)}`, `error.status ${preview(error.status)}`, documented);
  }
}

interface PrismViolation {
  location?: string[];
  message?: string;
  severity?: string;
}

/** Prism's validating proxy reports what it found in `sl-violations` (pitfalls #10): every one fails. */
export function noProxyViolations(ex: Exchange): CheckOutcome {
  const header = ex.response.headers["sl-violations"];
  if (!header) return;
  let found: PrismViolation[];
  try {
    found = JSON.parse(header) as PrismViolation[];
  } catch {
    found = [{ message: header }];
  }
  // Requests we broke on purpose are expected to violate the spec; their responses still may not.
  const relevant = found.filter((v) => !(ex.malformed && v.location?.[0] === "request"));
  if (relevant.length === 0) return;
  const messages = relevant.map((v) => `[${(v.location ?? []).join(".")}] ${v.message ?? "?"}`).join("; ");
  violation(`Validating proxy reported violations: ${describeExchange(ex)}`, messages, "an exchange the spec allows");
}

/** The checks every exchange gets, in the order they are reported. */
export const GENERIC_CHECKS = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseSchemaConformance,
  errorEnvelopeConformance,
  noProxyViolations,
] as const;
