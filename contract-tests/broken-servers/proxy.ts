/**
 * A rewriting HTTP proxy: it forwards each request to a correct server (the fake) and lets one
 * `Breakage` rewrite the request, answer it directly, or rewrite the response. Each broken server is
 * this proxy with one breakage, so exactly one contract rule is broken and everything else stays right.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { listenOnLoopback } from "../../src/test-support/loopback-server.js";

/** A request as the breakage sees it; change it in place to change what the upstream receives. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, relative to the base URL (`/v1beta1/projects/…?pageSize=2`). */
  url: URL;
  headers: Headers;
  /** The body as text; "" when none was sent. */
  body: string;
}

/** A response as the breakage sees it, and as the proxy writes it back. */
export interface ProxiedResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Send the body gzip-encoded, with `Content-Encoding: gzip`. @default identity */
  encoding?: "gzip";
}

/** One contract break. Both hooks are optional; a breakage with neither is a faithful pass-through. */
export interface Breakage {
  /** Rewrites the request in place before it is forwarded, or returns a response to answer it directly. */
  request?(req: ProxiedRequest): ProxiedResponse | void | Promise<ProxiedResponse | void>;
  /** Rewrites the upstream's response; returns the response to send back. */
  response?(res: ProxiedResponse, req: ProxiedRequest): ProxiedResponse | Promise<ProxiedResponse>;
}

export interface RunningProxy {
  /** Base URL such as `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** How long the proxy (and the fakes behind the corpora) keep an idle connection: longer than any client does. */
export const IDLE_CONNECTION_MS = 120_000;

/** Hop-by-hop and length headers: node recomputes them for the rewritten body (RFC 9110 §7.6.1). */
const NOT_FORWARDED = new Set([
  "host",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "upgrade",
]);

function copyHeaders(from: Iterable<[string, string]>): Headers {
  const headers = new Headers();
  for (const [name, value] of from) if (!NOT_FORWARDED.has(name.toLowerCase())) headers.append(name, value);
  return headers;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function incomingHeaders(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
  }
  return pairs;
}

async function forward(upstream: string, req: ProxiedRequest): Promise<ProxiedResponse> {
  const target = upstream + req.url.pathname + req.url.search;
  const hasBody = req.body !== "" && req.method !== "GET" && req.method !== "HEAD";
  const res = await fetch(target, { method: req.method, headers: req.headers, body: hasBody ? req.body : undefined });
  return { status: res.status, headers: copyHeaders(res.headers), body: await res.text() };
}

function send(out: ServerResponse, res: ProxiedResponse): void {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name)) headers[name] = value;
  });
  const body = res.encoding === "gzip" ? gzipSync(res.body) : Buffer.from(res.body);
  if (res.encoding === "gzip") headers["content-encoding"] = "gzip";
  headers["content-length"] = String(body.length);
  out.writeHead(res.status, headers);
  out.end(body);
}

/** Starts the proxy on 127.0.0.1 and a free port (unless `port` is given), in front of `upstream`. */
export async function startBreakingProxy(upstream: string, breakage: Breakage, port = 0): Promise<RunningProxy> {
  const base = upstream.replace(/\/+$/, "");
  const server = createServer((incoming, out) => {
    void (async () => {
      const req: ProxiedRequest = {
        method: incoming.method ?? "GET",
        url: new URL(incoming.url ?? "/", "http://proxy.invalid"),
        headers: copyHeaders(incomingHeaders(incoming)),
        body: await readBody(incoming),
      };
      const early = await breakage.request?.(req);
      if (early) return send(out, early);
      const res = await forward(base, req);
      send(out, breakage.response ? await breakage.response(res, req) : res);
    })().catch((err: unknown) => {
      // A proxy failure must not look like a contract break of the upstream: say so plainly. The client
      // may be gone already (a request still pending when the proxy closed): then there is no one to tell.
      if (out.headersSent || out.destroyed) return void out.destroy();
      const message = err instanceof Error ? err.message : String(err);
      send(out, {
        status: 502,
        headers: new Headers({ "content-type": "application/json" }),
        body: JSON.stringify({ error: { code: 502, message: `breaking proxy: ${message}`, status: "UNAVAILABLE" } }),
      });
    });
  });
  // Idle connections stay open until the client drops them: a server closing one just as a client
  // reuses it makes that request fail ("other side closed"), which under heavy load (late timers on
  // the client's side) is no longer rare, and would read as the server's fault.
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  return listenOnLoopback(server, port);
}
