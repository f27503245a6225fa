/**
 * The edges of HTTP/1.1 (RFC 9112) that node's server answers with bare responses, a reset or a lost
 * answer, each given a Google envelope or a clean close instead:
 *
 * - a request node's parser refuses (bad request line, garbage after a pipelined request, oversized
 *   headers): 400 INVALID_ARGUMENT after the answers to the requests before it, then close;
 * - a request that does not arrive within the headers or request timeout: 408 with a DEADLINE_EXCEEDED
 *   envelope (RFC 9110 §15.5.9), then close;
 * - CONNECT: 404 NOT_FOUND (no method CONNECT), then close;
 * - an Expect other than 100-continue: 400 INVALID_ARGUMENT (RFC 9110 §10.1.1 lets a server refuse it);
 * - a missing Host on HTTP/1.1, or two Host lines: 400 INVALID_ARGUMENT (RFC 9112 §3.2);
 * - an absolute-form target (`GET http://host/path`): served as its path (RFC 9112 §3.2.2).
 */
import type { IncomingMessage, Server } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { answeredUploads } from "./body.js";
import { errors, type FakeError } from "./errors.js";
import { JSON_CONTENT_TYPE } from "./respond.js";

const REASONS: Record<number, string> = { 400: "Bad Request", 404: "Not Found", 408: "Request Timeout" };

/**
 * Ends the connection after `last` (if any): what the client still sends is read and dropped, so the
 * close never resets the connection under an answer it has not read; the end of its side, or a short
 * delay, finishes the close.
 */
function closeSoon(socket: Duplex, last?: string): void {
  socket.resume();
  socket.end(last);
  const timer = setTimeout(() => socket.destroy(), 2_000);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}

/** Writes a whole response on a raw socket, then closes it once the client has it. */
function answerAndClose(socket: Duplex, status: number, envelope: unknown): void {
  const body = JSON.stringify(envelope);
  const head =
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\ncontent-type: ${JSON_CONTENT_TYPE}\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n`;
  closeSoon(socket, head + body);
}

/** The response node is writing on a socket (its `_httpMessage`, as node's own socketOnError reads it). */
function responseOn(socket: Duplex): { writableFinished: boolean; headersSent: boolean; once(e: "close", f: () => void): void } | undefined {
  return (socket as Duplex & { _httpMessage?: never })._httpMessage ?? undefined;
}

/** Runs `then` once every response already under way on `socket` has been written. */
function afterResponses(socket: Duplex, then: () => void): void {
  const res = responseOn(socket);
  if (!res || res.writableFinished) return then();
  res.once("close", () => setImmediate(() => afterResponses(socket, then)));
}

/** Connections whose client error was answered: node reports each further chunk of a broken stream again. */
const answeredErrors = new WeakSet<Duplex>();

/** Installs the server-level answers: parser errors, timeouts, CONNECT and unmet expectations. */
export function installHttpEdges(server: Server, timeouts: { headersTimeoutMs: number; requestTimeoutMs: number }): void {
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (answeredErrors.has(socket)) return;
    answeredErrors.add(socket);
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
      // The request was already answered (its body was too large) and the rest never came: just close.
      if (answeredUploads.has(socket as Socket) || responseOn(socket)?.headersSent) return closeSoon(socket);
      const timeout = errors.requestTimeout(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
      return answerAndClose(socket, 408, timeout.toEnvelope(408));
    }
    // A pipelined request before the garbage is answered first, in order (RFC 9112 §9.3.2).
    afterResponses(socket, () => answerAndClose(socket, 400, errors.unparsableRequest(error.code ?? error.message).toEnvelope()));
  });
  server.on("connect", (req: IncomingMessage, socket: Duplex) => {
    answerAndClose(socket, 404, errors.unknownPath("CONNECT", req.url ?? "").toEnvelope());
  });
  // Node answers an unknown expectation with a bare 417 unless someone listens for it.
  server.on("checkExpectation", (req, res) => {
    const body = JSON.stringify(errors.unsupportedExpectation(String(req.headers.expect)).toEnvelope());
    res.writeHead(400, { "content-type": JSON_CONTENT_TYPE, "content-length": Buffer.byteLength(body) }).end(body);
  });
}

/**
 * The request's target as origin-form (`/path?query`): an absolute-form target is reduced to its path
 * and query (RFC 9112 §3.2.2: a server MUST accept it); anything else is returned as it is.
 */
export function originForm(url: string): string {
  if (url.charCodeAt(0) === 0x2f /* "/" */) return url;
  const match = /^https?:\/\/[^/?#]*/i.exec(url);
  if (!match) return url;
  const rest = url.slice(match[0].length);
  return rest === "" || rest.startsWith("?") ? `/${rest}` : rest;
}

/** RFC 9112 §3.2: an HTTP/1.1 request has exactly one Host line; the error when it does not. */
export function hostProblem(req: IncomingMessage): FakeError | undefined {
  const raw = req.rawHeaders;
  let hosts = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    // Node keeps only the first of two Host lines in req.headers, so they are counted here.
    if (name.length === 4 && (name === "Host" || name === "host" || name.toLowerCase() === "host")) hosts++;
  }
  if (hosts > 1) return errors.badHost("more than one Host header");
  if (hosts === 0 && req.httpVersionMajor === 1 && req.httpVersionMinor >= 1) return errors.badHost("no Host header");
  return undefined;
}
