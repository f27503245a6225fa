/**
 * Reading and checking request bodies. Bodies are capped (64 KiB by default); an oversized body is
 * drained up to a hard cap before answering, so the client sees the error instead of a reset socket,
 * and past the hard cap the connection is closed after the answer.
 */
import type { IncomingMessage } from "node:http";
import { errors, FakeError } from "./errors.js";

/** Beyond this many bytes the fake stops draining and closes the connection after answering. */
const DRAIN_CAP = 1 << 20;

/** Reads the whole body; throws INVALID_ARGUMENT (with `connection: close`) when it exceeds `limit`. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const tooLarge = () => {
      const base = errors.bodyTooLarge(limit);
      return new FakeError(base.code, base.message, base.details, { ...base.headers, connection: "close" });
    };
    const declared = Number(req.headers["content-length"]);
    const finish = (error?: FakeError) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_CAP) finish(tooLarge());
    };
    if (Number.isFinite(declared) && declared > DRAIN_CAP) {
      finish(tooLarge());
      return;
    }
    req.on("data", onData);
    req.once("end", () => finish(size > limit ? tooLarge() : undefined));
    req.once("error", () => finish(tooLarge()));
    req.once("aborted", () => finish(tooLarge()));
  });
}

function isJsonType(contentType: string): boolean {
  const [type = "", ...params] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  // JSON is UTF-8 (RFC 8259 §8.1); a charset parameter naming anything else is refused.
  return params.every((p) => !p.startsWith("charset=") || p === "charset=utf-8" || p === 'charset="utf-8"');
}

/**
 * The JSON object of a request body, or undefined for an empty body. Refuses a non-JSON content type,
 * invalid JSON and anything but an object, each with INVALID_ARGUMENT saying which.
 */
export function parseJsonObject(body: Buffer, contentType: string | undefined): Record<string, unknown> | undefined {
  if (body.length === 0) return undefined;
  if (contentType === undefined || !isJsonType(contentType)) throw errors.unsupportedContentType(contentType ?? "");
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
