/**
 * Servers as an attacker would write them, one behaviour each (issue 18's rows): a redirect to another
 * origin, a body that never ends, a `Content-Length` of 2 GiB, a gzip bomb, JSON nested 100,000 deep,
 * headers and then silence. Each answers every request the same way, so whichever request the kit
 * (or the SDK) sends first meets it. They serve the corpus test (hostile-servers.test.ts) and the
 * memory bench (bench/hostile-memory.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { listenOnLoopback } from "../../src/test-support/loopback-server.js";

export interface HostileServer {
  /** Stable id, such as `endless-body`. */
  id: string;
  /** What it does, for test names and bench rows. */
  does: string;
  /** The check a run against it must fail (undefined: it fails by deadline, with no answer to judge). */
  check: "redirectStaysOnOrigin" | "responseSizeBounded" | "responseDepthBounded" | undefined;
  handle(req: IncomingMessage, res: ServerResponse, elsewhere: string): void;
}

/** What another origin saw: the headers of every request that reached it. */
export interface OtherOrigin {
  url: string;
  received: Array<Record<string, string | string[] | undefined>>;
}

const GIB = 1024 ** 3;

/** The end of a chunk of the endless body: a list page that keeps going. */
const ENDLESS_CHUNK = Buffer.from(`{"name":"projects/demo/locations/us-central1/operations/${"x".repeat(200)}","done":false},`.repeat(256));

/**
 * 1 MiB of zeros as one gzip member, repeated: gzip readers (zlib, hence fetch) read concatenated members
 * as one stream (RFC 1952 §2.2), so about 1 MB on the wire becomes 1 GiB once decoded, and building it
 * costs one 1 MiB compression.
 */
let bomb: Buffer | undefined;
function gzipBomb(): Buffer {
  if (bomb) return bomb;
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  return bomb;
}

const DEPTH = 100_000;
const DEEP = Buffer.from(`${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`);

/** Writes `chunk` again each time the socket drains, until the client goes away. */
function endlessly(res: ServerResponse, chunk: Buffer): void {
  const more = () => {
    while (!res.destroyed && res.write(chunk));
  };
  res.on("drain", more);
  res.on("close", () => res.off("drain", more));
  more();
}

function redirect(status: 302 | 307 | 308): HostileServer {
  return {
    id: `redirect-${status}-elsewhere`,
    does: `answers every request ${status} to another origin`,
    check: "redirectStaysOnOrigin",
    handle(req, res, elsewhere) {
      req.resume();
      res.writeHead(status, { location: `${elsewhere}${req.url ?? "/"}`, "content-length": "0" });
      res.end();
    },
  };
}

export const HOSTILE_SERVERS: readonly HostileServer[] = [
  redirect(307),
  redirect(302),
  redirect(308),
  {
    id: "endless-body",
    does: "sends a JSON body that never ends",
    check: "responseSizeBounded",
    handle(req, res) {
      req.resume();
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"operations":[');
      endlessly(res, ENDLESS_CHUNK);
    },
  },
  {
    id: "content-length-2gib",
    does: "declares a Content-Length of 2 GiB and keeps sending",
    check: "responseSizeBounded",
    handle(req, res) {
      req.resume();
      res.writeHead(200, { "content-type": "application/json", "content-length": String(2 * GIB) });
      endlessly(res, ENDLESS_CHUNK);
    },
  },
  {
    id: "gzip-bomb",
    does: "sends 1 MB of gzip that decodes to 1 GiB",
    check: "responseSizeBounded",
    handle(req, res) {
      req.resume();
      const body = gzipBomb();
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(body.length) });
      res.end(body);
    },
  },
  {
    id: "deep-nesting",
    does: "sends 100,000 nested arrays",
    check: "responseDepthBounded",
    handle(req, res) {
      req.resume();
      res.writeHead(200, { "content-type": "application/json", "content-length": String(DEEP.length) });
      res.end(DEEP);
    },
  },
  {
    id: "headers-then-stall",
    does: "sends its headers, then nothing",
    check: undefined,
    handle(req, res) {
      req.resume();
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    },
  },
];

export interface RunningHostileServer {
  url: string;
  /** The other origin its redirects point to. */
  elsewhere: OtherOrigin;
  close(): Promise<void>;
}

/** Starts `hostile` on 127.0.0.1 (port 0), with another origin beside it that records what reaches it. */
export async function startHostileServer(hostile: HostileServer): Promise<RunningHostileServer> {
  const received: OtherOrigin["received"] = [];
  const other = createServer((req, res) => {
    received.push({ ...req.headers });
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
  const otherOrigin = await listenOnLoopback(other);
  const elsewhere: OtherOrigin = { url: otherOrigin.url, received };
  // Answers are never waited for by the server: stalled ones end when the client or close() ends them.
  const server = createServer((req, res) => hostile.handle(req, res, elsewhere.url));
  server.on("clientError", (_error, socket) => socket.destroy());
  const hostileOrigin = await listenOnLoopback(server);
  return {
    url: hostileOrigin.url,
    elsewhere,
    close: async () => {
      await Promise.all([hostileOrigin.close(), otherOrigin.close()]);
    },
  };
}
