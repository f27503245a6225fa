/**
 * `createFakeServer`: the handler on a node `http` server bound to 127.0.0.1 (port 0 picks a free one).
 */
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { errors } from "./errors.js";
import { JSON_CONTENT_TYPE } from "./respond.js";
import { createFakeHandler } from "./handler.js";
import type { FakeServer, FakeServerOptions } from "./types.js";

/** Starts a fake server; resolves once it listens. */
export async function createFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const { listener, store, starters } = createFakeHandler(options);
  const server = createServer({ keepAliveTimeout: 5_000 }, listener);
  server.on("clientError", answerClientError);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    store,
    resources: starters.resources,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Pending waits and idle keep-alive sockets would hold close() open: end them now.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/**
 * A request node's parser refuses (bad request line, oversized headers) still gets the Google envelope
 * instead of node's bare 400, then the connection closes since the stream can no longer be trusted.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errors.unparsableRequest(error.code ?? error.message).toEnvelope());
  socket.end(
    `HTTP/1.1 400 Bad Request\r\ncontent-type: ${JSON_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
