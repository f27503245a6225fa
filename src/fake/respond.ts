/**
 * Writing responses: JSON with `Content-Type: application/json; charset=utf-8` and a Content-Length,
 * and, with self-check on, validation of every body before it leaves. A violation is reported through
 * `onViolation` and answered as INTERNAL with the problems in a DebugInfo, so it cannot go unnoticed.
 */
import type { ServerResponse } from "node:http";
import { errors, type FakeError } from "./errors.js";
import type { MethodName } from "./router.js";
import { checkResponse } from "./self-check.js";
import type { SelfCheckViolation } from "./types.js";

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** A body already serialized as UTF-8 JSON (from the store's view cache); sent as it is. */
export class JsonBytes {
  constructor(readonly bytes: Buffer) {}
}

export interface Responder {
  send(res: ServerResponse, request: { method: string; path: string; route?: MethodName }, status: number, body: unknown, headers?: Readonly<Record<string, string>>): void;
  sendError(res: ServerResponse, request: { method: string; path: string; route?: MethodName }, error: FakeError): void;
}

function write(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>>): void {
  if (res.headersSent || res.destroyed) return;
  const bytes = body instanceof JsonBytes ? body.bytes : Buffer.from(JSON.stringify(body), "utf8");
  for (const name in headers) res.setHeader(name, headers[name]!);
  res.writeHead(status, { "content-type": JSON_CONTENT_TYPE, "content-length": bytes.length });
  res.end(bytes);
}

/** A responder; with `selfCheck`, every response is validated first. */
export function createResponder(selfCheck: boolean, onViolation: (v: SelfCheckViolation) => void): Responder {
  const send: Responder["send"] = (res, request, status, body, headers = {}) => {
    if (selfCheck) {
      const parsed = body instanceof JsonBytes ? JSON.parse(body.bytes.toString("utf8")) : body;
      const problems = checkResponse(request.route, status, parsed, JSON_CONTENT_TYPE);
      if (problems.length > 0) {
        onViolation({ method: request.method, path: request.path, status, problems });
        const internal = errors.internal(`Self-check: the fake's response (HTTP ${status}) violates the spec.`, problems);
        write(res, internal.httpStatus, internal.toEnvelope(), { "x-fake-self-check": "violation" });
        return;
      }
    }
    write(res, status, body, headers);
  };
  return {
    send,
    sendError: (res, request, error) => send(res, request, error.httpStatus, error.toEnvelope(), error.headers),
  };
}

/** The default violation sink: loud, on stderr. */
export function logViolation(v: SelfCheckViolation): void {
  console.error(`[automl-ops fake] SELF-CHECK VIOLATION ${v.method} ${v.path} -> ${v.status}:\n  ${v.problems.join("\n  ")}`);
}
