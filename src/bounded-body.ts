/**
 * Reading an answer's body with a cap, for the SDK and the kit alike. fetch's own `text()`,
 * `arrayBuffer()` and `json()` read without limit, after gzip decoding: a 1 MB gzip bomb grew a process
 * to 5.85 GB, and a `Content-Length` of 2 GiB aborted V8 (pitfalls 26). Here the body is read as a
 * stream, the bytes are counted as they arrive (after decoding, as fetch hands them over), and the
 * stream is cancelled, which closes the connection, as soon as the count passes the cap. A declared
 * `Content-Length` past the cap fails at once, without reading anything.
 *
 * Reading through a reader costs no more than `text()` on a local answer (measured side by side), so
 * the SDK's plain calls use it too; it is also what lets a deadline cancel a stalled body.
 */
import { ResponseTooLargeError, type RequestTarget } from "./errors.js";

/** The largest body read by default: 32 MiB, after decoding; far above any page of this API. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const decoder = new TextDecoder();

/** Something that can stop a read early: the call's deadline (plain-deadline.ts). */
export interface BodyWatch {
  /** Called with the reader while the body is read, with undefined once it is done. */
  reading(reader: ReadableStreamDefaultReader<Uint8Array> | undefined): void;
  /** Throws the deadline's error when it cancelled the read. */
  check(): void;
}

/**
 * Lets one large body be read at a time, where many requests are in flight (the kit's workers): past
 * `thresholdBytes` a read waits for `acquire`, so the memory held is one cap plus the threshold per
 * other request, not the cap per request.
 */
export interface LargeBodyGate {
  thresholdBytes: number;
  /** Resolves with the release once this read may go on; rejects when the read's deadline passes. */
  acquire(): Promise<() => void>;
}

/** The body's bytes, at most `maxBytes` of them; throws ResponseTooLargeError past that. */
export async function readBoundedBytes(
  response: Response,
  maxBytes: number,
  target: RequestTarget,
  watch?: BodyWatch,
  gate?: LargeBodyGate,
): Promise<Uint8Array<ArrayBuffer>> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const declared = response.headers.get("content-length");
  // Without Content-Encoding, the declared length is the length fetch hands over.
  if (declared !== null && Number(declared) > maxBytes && response.headers.get("content-encoding") === null) {
    await body.cancel().catch(() => {});
    throw new ResponseTooLargeError(target, maxBytes, Number(declared));
  }
  const reader = body.getReader();
  watch?.reading(reader);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let release: (() => void) | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (gate !== undefined && release === undefined && size > gate.thresholdBytes) release = await gate.acquire();
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new ResponseTooLargeError(target, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    watch?.check();
    throw error;
  } finally {
    release?.();
    watch?.reading(undefined);
  }
  watch?.check();
  if (chunks.length === 1) return chunks[0]! as Uint8Array<ArrayBuffer>;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

/** The body as UTF-8 text (a BOM dropped, as `text()` does), at most `maxBytes` of it. */
export async function readBoundedText(response: Response, maxBytes: number, target: RequestTarget, watch?: BodyWatch): Promise<string> {
  const bytes = await readBoundedBytes(response, maxBytes, target, watch);
  return bytes.byteLength === 0 ? "" : decoder.decode(bytes);
}

/** A watch that cancels the read when `signal` aborts, and then throws its reason. */
export function watchSignal(signal: AbortSignal): BodyWatch {
  let cancel: (() => void) | undefined;
  return {
    reading(reader) {
      if (cancel) signal.removeEventListener("abort", cancel);
      cancel = undefined;
      if (reader === undefined) return;
      cancel = () => void reader.cancel(signal.reason).catch(() => {});
      if (signal.aborted) cancel();
      else signal.addEventListener("abort", cancel, { once: true });
    },
    check() {
      if (signal.aborted) throw signal.reason;
    },
  };
}

/** A gate that lets one read at a time past `thresholdBytes`; a waiting read gives up when `signal` aborts. */
export function createLargeBodyGate(thresholdBytes: number): (signal: AbortSignal) => LargeBodyGate {
  let held = false;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else held = false;
  };
  return (signal) => ({
    thresholdBytes,
    acquire: () =>
      new Promise<() => void>((resolve, reject) => {
        if (!held) {
          held = true;
          resolve(release);
          return;
        }
        const onAbort = () => {
          const at = waiting.indexOf(grant);
          if (at >= 0) waiting.splice(at, 1);
          reject(signal.reason);
        };
        const grant = () => {
          signal.removeEventListener("abort", onAbort);
          resolve(release);
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener("abort", onAbort, { once: true });
        waiting.push(grant);
      }),
  });
}
