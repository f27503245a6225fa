/**
 * Writing responses: JSON with `Content-Type: application/json; charset=utf-8` and a Content-Length,
 * shaped by the request's view (a `fields` selection of a success, `prettyPrint=true` indentation),
 * and, with self-check on, validation of every body as it leaves. A violation is reported through
 * `onViolation` and answered as INTERNAL with the problems in a DebugInfo, so it cannot go unnoticed.
 */
import type { ServerResponse } from "node:http";
import { errors, type FakeError } from "./errors.js";
import { applyFields } from "./fields.js";
import type { MethodName } from "./router.js";
import { checkResponse } from "./self-check.js";
import type { ResponseView } from "./standard-parameters.js";
import type { SelfCheckViolation } from "./types.js";

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** A body already serialized as UTF-8 JSON (from the store's view cache); sent as it is. */
export class JsonBytes {
  constructor(readonly bytes: Buffer) {}
}

export type RequestInfo = { method: string; path: string; route?: MethodName };

export interface Responder {
  send(res: ServerResponse, request: RequestInfo, status: number, body: unknown, headers?: Readonly<Record<string, string>>, view?: ResponseView): void;
  sendError(res: ServerResponse, request: RequestInfo, error: FakeError, view?: ResponseView): void;
}

/** The bytes of `body` as the view renders it (the common case, no view, copies nothing). */
function render(status: number, body: unknown, view: ResponseView | undefined): Buffer {
  if (!view) return body instanceof JsonBytes ? body.bytes : Buffer.from(JSON.stringify(body), "utf8");
  let value = body instanceof JsonBytes ? JSON.parse(body.bytes.toString("utf8")) : body;
  if (view.fields && status === 200) value = applyFields(value, view.fields);
  return Buffer.from(JSON.stringify(value, null, view.pretty ? 2 : undefined), "utf8");
}

function write(res: ServerResponse, status: number, bytes: Buffer, headers: Readonly<Record<string, string>>): void {
  if (res.headersSent || res.destroyed) return;
  for (const name in headers) res.setHeader(name, headers[name]!);
  res.writeHead(status, { "content-type": JSON_CONTENT_TYPE, "content-length": bytes.length });
  res.end(bytes);
}

/** A responder; with `selfCheck`, every response is validated first. */
export function createResponder(selfCheck: boolean, onViolation: (v: SelfCheckViolation) => void): Responder {
  const send: Responder["send"] = (res, request, status, body, headers = {}, view) => {
    const bytes = render(status, body, view);
    if (selfCheck) {
      const problems = checkResponse(request.route, status, JSON.parse(bytes.toString("utf8")), JSON_CONTENT_TYPE);
      if (problems.length > 0) {
        onViolation({ method: request.method, path: request.path, status, problems });
        const internal = errors.internal(`Self-check: the fake's response (HTTP ${status}) violates the spec.`, problems);
        write(res, internal.httpStatus, Buffer.from(JSON.stringify(internal.toEnvelope())), { "x-fake-self-check": "violation" });
        return;
      }
    }
    write(res, status, bytes, headers);
  };
  return {
    send,
    sendError: (res, request, error, view) => send(res, request, error.httpStatus, error.toEnvelope(), error.headers, view),
  };
}

/** The default violation sink: loud, on stderr. */
export function logViolation(v: SelfCheckViolation): void {
  console.error(`[automl-ops fake] SELF-CHECK VIOLATION ${v.method} ${v.path} -> ${v.status}:\n  ${v.problems.join("\n  ")}`);
}
