/**
 * Reading and checking request bodies. Bodies are capped (64 KiB by default). A body over the cap is
 * answered at once with INVALID_ARGUMENT while the rest of it is read and thrown away: closing instead
 * would reset the connection under a client still uploading, and such a client would never see the
 * answer (a reset discards what it had not read yet). The connection stays usable afterwards; a body
 * that never ends is cut by the server's request timeout.
 */
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { errors } from "./errors.js";
import { jsonTextTooDeep, MAX_JSON_DEPTH } from "./json-depth.js";

/**
 * Connections whose request was answered while its body still arrives: if that body then stalls past
 * the request timeout, the connection is closed without a second answer to the same request.
 */
export const answeredUploads = new WeakSet<Socket>();

/** Answers now (rejects) and lets node read and drop the rest of the body, then parse the next request. */
function refuseRest(req: IncomingMessage, reject: (error: Error) => void, limit: number): void {
  if (!req.complete) {
    answeredUploads.add(req.socket);
    req.once("end", () => answeredUploads.delete(req.socket));
  }
  // Flowing with no listener: the bytes are dropped as they come.
  req.resume();
  reject(errors.bodyTooLarge(limit));
}

/** Reads the whole body; throws INVALID_ARGUMENT as soon as it exceeds `limit` (the rest is discarded). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return refuseRest(req, reject, limit);
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("close", onClose);
    };
    const settle = (error?: Error) => {
      stop();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > limit) {
        chunks.length = 0;
        stop();
        refuseRest(req, reject, limit);
      }
    };
    const onEnd = () => settle();
    // The client went away (or a timeout cut it) before the body was complete: nobody awaits an answer.
    const onClose = () => settle(errors.bodyIncomplete());
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("close", onClose);
  });
}

/** True for `application/json`, with no charset or UTF-8. */
export function isJsonType(contentType: string): boolean {
  const [type = "", ...params] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  // JSON is UTF-8 (RFC 8259 §8.1); a charset parameter naming anything else is refused.
  return params.every((p) => !p.startsWith("charset=") || p === "charset=utf-8" || p === 'charset="utf-8"');
}

/**
 * The JSON object of a request body, or undefined for an empty body. Refuses a non-JSON content type,
 * nesting deeper than MAX_JSON_DEPTH (checked on the bytes, before anything is built), invalid JSON
 * and anything but an object, each with INVALID_ARGUMENT saying which.
 */
export function parseJsonObject(body: Buffer, contentType: string | undefined): Record<string, unknown> | undefined {
  if (body.length === 0) return undefined;
  if (contentType === undefined || !isJsonType(contentType)) throw errors.unsupportedContentType(contentType ?? "");
  if (jsonTextTooDeep(body)) throw errors.nestedTooDeep(MAX_JSON_DEPTH);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (thrown) {
    throw errors.malformedJson(thrown instanceof Error ? thrown.message : "not JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw errors.bodyNotAnObject();
  return value as Record<string, unknown>;
}

/** Throws INVALID_ARGUMENT for the first member of `body` that is not in `allowed`. */
export function rejectUnknownFields(body: Record<string, unknown> | undefined, allowed: readonly string[]): void {
  if (!body) return;
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw errors.unknownBodyField(key);
}
