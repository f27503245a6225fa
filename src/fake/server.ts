/**
 * `createFakeServer`: the handler on a node `http` server bound to 127.0.0.1 (port 0 picks a free one).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeHandler } from "./handler.js";
import type { FakeServer, FakeServerOptions } from "./types.js";

/** Starts a fake server; resolves once it listens. */
export async function createFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const { listener, store } = createFakeHandler(options);
  const server = createServer({ keepAliveTimeout: 5_000 }, listener);
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
