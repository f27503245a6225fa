/**
 * Byte-level HTTP for tests of what a client library would never send: pipelining, garbage, missing or
 * repeated Host, CONNECT. Writes the bytes given, reads until the server closes (or `idleMs` passes
 * without data), and splits what came back into responses.
 */
import { connect } from "node:net";

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

export interface RawExchange {
  /** Everything the server sent. */
  text: string;
  responses: RawResponse[];
  /** True when the server closed the connection (FIN), false when `idleMs` passed first. */
  closed: boolean;
  /** True when the connection ended in a reset (ECONNRESET) instead of a clean close. */
  reset: boolean;
}

/** Parses a byte stream of HTTP/1.1 responses framed by Content-Length (what the fake sends). */
export function parseResponses(text: string): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = text;
  while (rest.startsWith("HTTP/1.1 ")) {
    const end = rest.indexOf("\r\n\r\n");
    if (end < 0) break;
    const [statusLine = "", ...lines] = rest.slice(0, end).split("\r\n");
    const headers = new Map<string, string>();
    for (const line of lines) {
      const colon = line.indexOf(":");
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = Number(headers.get("content-length") ?? 0);
    const body = rest.slice(end + 4, end + 4 + length);
    responses.push({ status: Number(statusLine.split(" ")[1]), headers, body });
    rest = rest.slice(end + 4 + length);
  }
  return responses;
}

export interface RawExchangeOptions {
  /** How long to wait for more data before giving up on a close. @default 2000 */
  idleMs?: number;
  /** Pause between chunks, in ms. @default 0 */
  gapMs?: number;
  /** Half-close the connection after the last chunk. @default false */
  end?: boolean;
  /**
   * Read nothing until every chunk is written, as a client that uploads before it reads does: a
   * server that answers early and closes makes such a client meet a reset. @default false
   */
  readAfterWrite?: boolean;
}

/** Sends `chunks` (in order, with backpressure, `gapMs` apart) and collects the reply. */
export function rawExchange(port: number, chunks: ReadonlyArray<string | Uint8Array>, options: RawExchangeOptions = {}): Promise<RawExchange> {
  const idleMs = options.idleMs ?? 2_000;
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    let reset = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(received).toString("latin1");
      resolve({ text, responses: parseResponses(text), closed, reset });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(false), idleMs);
    };
    socket.on("data", (chunk: Buffer) => {
      received.push(chunk);
      arm();
    });
    socket.on("end", () => finish(true));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ECONNRESET" || error.code === "EPIPE") {
        reset = true;
        finish(true);
      } else reject(error);
    });
    if (options.readAfterWrite) socket.pause();
    socket.on("connect", async () => {
      arm();
      for (const [i, chunk] of chunks.entries()) {
        if (i > 0 && options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
        if (socket.destroyed) return;
        if (!socket.write(chunk)) await new Promise((r) => socket.once("drain", r));
      }
      if (options.end) socket.end();
      socket.resume();
    });
  });
}
