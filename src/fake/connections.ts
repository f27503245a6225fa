/**
 * The server's connections: a cap with a clean refusal, and the graceful drain of close().
 *
 * Past the cap a new connection is still accepted, so that it can be told why: its requests get 503
 * UNAVAILABLE with `Retry-After: 1` and `connection: close` (node's own `maxConnections` would drop
 * the socket, which clients see as a reset). Draining stops accepting, asks every connection to close
 * after the response it is writing, closes idle keep-alive connections, and after the grace period
 * cuts whatever is still open.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";

export class Connections {
  private readonly open = new Set<Socket>();
  private readonly overCap = new WeakSet<Socket>();
  /** True once draining began: every answer from then on closes its connection. */
  closing = false;

  constructor(
    private readonly server: Server,
    readonly maxConnections: number,
  ) {
    server.on("connection", (socket: Socket) => {
      // A refused connection does not count: it closes after its answer, and must not refuse others meanwhile.
      if (this.open.size >= maxConnections) return void this.overCap.add(socket);
      this.open.add(socket);
      socket.once("close", () => this.open.delete(socket));
    });
  }

  /** True when requests on this socket are to be refused (it arrived past the cap). */
  refuses(socket: Socket): boolean {
    return this.overCap.has(socket);
  }

  /** Stops accepting, lets responses in flight finish within `graceMs`, then ends every connection. */
  drain(graceMs: number): Promise<void> {
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.open) {
      // The response a connection is writing closes it when done (node then ends the socket).
      const res = (socket as Socket & { _httpMessage?: { headersSent: boolean; setHeader(n: string, v: string): void } })._httpMessage;
      if (res && !res.headersSent) res.setHeader("connection", "close");
    }
    this.server.closeIdleConnections();
    const cut = setTimeout(() => {
      this.server.closeAllConnections();
      for (const socket of this.open) socket.destroy();
    }, graceMs);
    return closed.finally(() => clearTimeout(cut));
  }
}
