/**
 * Collecting streams for running the CLI in-process, and a loopback server that counts what reaches it.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { CommandIo } from "../io.js";

export function collect(signal?: AbortSignal): { out: { stdout: string; stderr: string }; io: CommandIo } {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      ...(signal ? { signal } : {}),
    },
  };
}

export interface CountingServer {
  url: string;
  /** Every request received, with its Authorization header. */
  requests: Array<{ method: string; url: string; authorization?: string }>;
  close(): Promise<void>;
}

/** A loopback server that answers every request 404 and records it: "was anything sent?" */
export async function startCountingServer(): Promise<CountingServer> {
  const requests: CountingServer["requests"] = [];
  const server = createServer((req: IncomingMessage, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    req.resume();
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: 404, message: "nothing here", status: "NOT_FOUND" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
