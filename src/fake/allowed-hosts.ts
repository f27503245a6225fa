/**
 * The `Host` check against DNS rebinding. A page on `http://evil.example:PORT` whose name is made to
 * resolve to 127.0.0.1 reaches the fake as a same-origin page, past CORS: only the `Host` it sends
 * (`evil.example:PORT`) tells the two apart. So every request must name one of the addresses the fake
 * serves, with the port it listens on:
 *
 * - the loopback names `localhost`, `127.0.0.1` and `[::1]`;
 * - the address it is bound to, and the address the connection arrived on (for a fake bound to
 *   `0.0.0.0` or `::`, which clients reach by the machine's own addresses);
 * - each `allowedHosts` entry: a name (served with the fake's port) or `name:port` (exactly that, for a
 *   port mapped by a container or a proxy); `*` turns the check off.
 *
 * An absolute-form target (`GET http://host:port/path`) is judged by its authority, as RFC 9112 §3.2.2
 * tells a server to ignore Host then. A request without Host (HTTP/1.0) passes: browsers always send one.
 * Anything else is refused 403 PERMISSION_DENIED before it is looked at (421 Misdirected Request would
 * say the same, but AIP-193 maps no google.rpc.Code to it, and the fake's envelopes keep that mapping).
 */
import type { IncomingMessage } from "node:http";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Decides whether the authority a request names is one this fake serves. */
export class AllowedHosts {
  readonly #anyHost: boolean;
  readonly #names: Set<string>;
  readonly #exact: Set<string>;
  readonly #port: number;
  /** Host values already accepted, so the common request costs one lookup. */
  readonly #accepted = new Set<string>();

  /**
   * @param boundHost the address the server is bound to (`127.0.0.1`, `::1`, `0.0.0.0`, a name)
   * @param port the port it listens on
   * @param extra the `allowedHosts` option: names, `name:port`, or `*`
   */
  constructor(boundHost: string, port: number, extra: readonly string[] = []) {
    this.#port = port;
    this.#anyHost = extra.includes("*");
    this.#names = new Set([...LOOPBACK_NAMES, bracketed(boundHost)].map((name) => name.toLowerCase()));
    this.#exact = new Set();
    for (const entry of extra) {
      const { name, port: entryPort } = splitAuthority(entry.toLowerCase());
      if (entryPort === undefined) this.#names.add(name);
      else this.#exact.add(`${name}:${entryPort}`);
    }
  }

  /** The authority of `req` when this fake does not serve it, or undefined when it does. */
  refused(req: IncomingMessage): string | undefined {
    if (this.#anyHost) return undefined;
    const authority = authorityOf(req);
    if (authority === undefined || this.#accepted.has(authority)) return undefined;
    if (!this.allows(authority, req.socket.localAddress)) return authority;
    // Only values that hold on any connection are remembered (not one accepted by its local address).
    if (this.#accepted.size < 64 && this.allows(authority)) this.#accepted.add(authority);
    return undefined;
  }

  /** True when `authority` (`name[:port]`, as a Host header holds it) names this fake. */
  allows(authority: string, localAddress?: string): boolean {
    const { name, port } = splitAuthority(authority.toLowerCase());
    // RFC 9110 §7.2: a Host without a port means the scheme's default, 80 for http.
    const effectivePort = port ?? 80;
    if (this.#exact.has(`${name}:${effectivePort}`)) return true;
    if (effectivePort !== this.#port) return false;
    if (this.#names.has(name)) return true;
    return localAddress !== undefined && name === bracketed(unmapped(localAddress)).toLowerCase();
  }
}

/** The authority a request is addressed to: an absolute-form target's, else the Host header's. */
function authorityOf(req: IncomingMessage): string | undefined {
  const url = req.url ?? "/";
  if (url.charCodeAt(0) !== 0x2f /* "/" */) {
    const absolute = /^https?:\/\/([^/?#]*)/i.exec(url);
    if (absolute) return absolute[1]!.replace(/^[^@]*@/, "");
  }
  return req.headers.host;
}

/** `name` and `port` of an authority; IPv6 literals keep their brackets. */
function splitAuthority(authority: string): { name: string; port?: number } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!match) return { name: authority };
  const port = match[2] === undefined || match[2] === "" ? undefined : Number(match[2]);
  return port === undefined ? { name: match[1]! } : { name: match[1]!, port };
}

/** An IPv6 literal in brackets, as a Host header writes it; anything else as it is. */
function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** An IPv4 address as the socket of a dual-stack server reports it (`::ffff:127.0.0.1`), unwrapped. */
function unmapped(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}
