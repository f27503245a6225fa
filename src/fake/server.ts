/**
 * `createFakeServer`: the handler on a node `http` server bound to 127.0.0.1 (port 0 picks a free one),
 * with the limits a long-lived local server needs: a connection cap, timeouts for slow clients, and a
 * graceful close. The defaults, each an option:
 *
 * | limit | default | what happens |
 * |---|---|---|
 * | `maxConnections` | 4096 | connections past it get 503 UNAVAILABLE, `Retry-After: 1`, then close |
 * | `headersTimeoutMs` | 10 s | headers not complete by then: 408 with a DEADLINE_EXCEEDED envelope, close |
 * | `requestTimeoutMs` | 30 s | the whole request (headers and body) not received by then: the same |
 * | `keepAliveTimeoutMs` | 5 s | an idle keep-alive connection is closed |
 * | `shutdownGraceMs` | 10 s | close() lets responses in flight finish this long, then cuts them |
 *
 * Responses take as long as they take (a wait may last 300 s): the timeouts bound only what the client sends.
 * Every request must name a host the fake serves (`allowedHosts`, against DNS rebinding): 403 otherwise.
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { AllowedHosts } from "./allowed-hosts.js";
import { Connections } from "./connections.js";
import { isLoopback } from "./cors.js";
import { errors } from "./errors.js";
import { createFakeHandler } from "./handler.js";
import { hostProblem, installHttpEdges } from "./http-edges.js";
import type { FakeServer, FakeServerOptions } from "./types.js";

/** Starts a fake server; resolves once it listens. */
export async function createFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const host = options.host ?? "127.0.0.1";
  // CORS on by default for a fake on loopback, where only this machine's pages can reach it.
  const handler = createFakeHandler({ ...options, cors: options.cors ?? isLoopback(host) });
  const headersTimeoutMs = options.headersTimeoutMs ?? 10_000;
  const requestTimeoutMs = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeoutMs);
  const graceMs = options.shutdownGraceMs ?? 10_000;
  const server = createServer({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    // Node checks the two timeouts every 30 s by default, which would stretch a 10 s timeout to 40 s.
    connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(headersTimeoutMs / 4))),
    // Answered by the handler with an envelope instead of node's bare 400.
    requireHostHeader: false,
  });
  const connections = new Connections(server, options.maxConnections ?? 4096);
  const tooMany = errors.tooManyConnections(connections.maxConnections);
  let hosts: AllowedHosts | undefined; // set once listening, before the first request
  const listener: RequestListener = (req, res) => {
    if (connections.closing) res.setHeader("connection", "close");
    if (connections.refuses(req.socket)) return handler.refuse(req, res, tooMany);
    // A Host not served is refused here; a doubled one is left to the handler's 400 (RFC 9112 §3.2).
    const misdirected = hosts?.refused(req);
    if (misdirected !== undefined && !hostProblem(req)) {
      req.resume(); // a body is read and dropped, so the client sees the answer (pitfalls #22)
      return handler.refuse(req, res, errors.hostNotServed(misdirected), false);
    }
    handler.listener(req, res);
  };
  server.on("request", listener);
  installHttpEdges(server, { headersTimeoutMs, requestTimeoutMs });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  hosts = new AllowedHosts(host, port, options.allowedHosts);
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    store: handler.store,
    resources: handler.starters.resources,
    clock: handler.clock,
    reset: handler.reset,
    close() {
      // Pending waits answer now with the latest state (wait may return early), so they do not hold the drain.
      handler.drain();
      closing ??= connections.drain(graceMs);
      return closing;
    },
  };
}
