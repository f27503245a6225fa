/**
 * An http.Server a test starts on 127.0.0.1, and its stop. Every stand-in server of the tests (proxies,
 * hostile and silent servers, echoes) is started and stopped this one way: bound to loopback only, on
 * the port the system picks unless told, and stopped with its open connections closed, since a client's
 * idle keep-alive connection would otherwise hold `close()` open until it times out.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Closes every connection, then the server; resolves once it has stopped. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 at `port` (default 0: one the system picks); rejects if it cannot bind. */
export async function listenOnLoopback(server: Server, port = 0): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, close: () => stopServer(server) };
}

/** Closes `server`'s connections, then the server. */
export function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
