/**
 * The kit's fetch against answers it must not take in: redirects followed only within the target's
 * origin (RFC 9110 methods, the user's headers kept home), bodies past the cap or nested past the
 * limit refused with the SDK's typed errors, network failures named by their cause.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NetworkError, ResponseTooDeepError, ResponseTooLargeError } from "../src/errors.js";
import { CrossOriginRedirectError, hostileFinding } from "./hostile-answers.js";
import { defineTarget } from "./target.js";
import { createKitFetch, type WireRecord } from "./transport.js";

interface Seen {
  method: string;
  url: string;
  body: string;
  headers: IncomingMessage["headers"];
}

/** A server that records each request and answers with `answer(url)`: a redirect or `{}`. */
async function recordingServer(answer: (url: string) => { status: number; location?: string }) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", body, headers: req.headers });
      const { status, location } = answer(req.url ?? "/");
      res.writeHead(status, { "content-type": "application/json", ...(location ? { location } : {}) });
      res.end(status === 200 ? "{}" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const KEY = "user-api-key-value";

describe("redirects", () => {
  let other: Awaited<ReturnType<typeof recordingServer>>;
  beforeAll(async () => {
    other = await recordingServer(() => ({ status: 200 }));
  });
  afterAll(() => other.close());

  async function kitFetchOf(answer: (url: string) => { status: number; location?: string }) {
    const server = await recordingServer(answer);
    const target = defineTarget({ name: "t", baseUrl: server.url, parent: "projects/p/locations/l", headers: { "x-goog-api-key": KEY } });
    const records: WireRecord[] = [];
    return { server, records, kitFetch: createKitFetch(target, { secrets: new Set(), onRecord: (r) => records.push(r) }) };
  }

  for (const status of [302, 307, 308]) {
    it(`a ${status} to another origin is refused naming the Location, and nothing reaches it`, async () => {
      const { server, kitFetch, records } = await kitFetchOf((url) => ({ status, location: `${other.url}${url}` }));
      try {
        const error = await kitFetch(`${server.url}/v1/x:cancel`, { method: "POST", body: "{}", headers: { authorization: "Bearer tok" } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CrossOriginRedirectError);
        expect((error as Error).message).toContain(`Location ${other.url}/v1/x:cancel`);
        expect(hostileFinding(error)?.check).toBe("redirectStaysOnOrigin");
        expect(other.seen).toEqual([]);
        expect(records[0]?.error).toContain("redirect to another origin");
      } finally {
        await server.close();
      }
    });
  }

  it("a 303 within the origin turns a POST into a GET without its body; headers stay", async () => {
    const { server, kitFetch } = await kitFetchOf((url) => (url === "/a" ? { status: 303, location: "/b" } : { status: 200 }));
    try {
      const response = await kitFetch(`${server.url}/a`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
      expect(response.status).toBe(200);
      expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([["POST", "/a", "{}"], ["GET", "/b", ""]]);
      expect(server.seen[1]?.headers["x-goog-api-key"]).toBe(KEY);
      expect(server.seen[1]?.headers["content-type"]).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("a redirect loop within the origin ends after five hops with the redirect itself, not a refusal", async () => {
    const { server, kitFetch } = await kitFetchOf(() => ({ status: 302, location: "/again" }));
    try {
      const response = await kitFetch(`${server.url}/start`);
      expect(response.status).toBe(302);
      expect(server.seen).toHaveLength(6);
    } finally {
      await server.close();
    }
  });

  it("a 307 within the origin resends the method and the body; a 301 turns a POST into a GET, keeps a DELETE", async () => {
    const { server, kitFetch } = await kitFetchOf((url) =>
      url === "/t" ? { status: 307, location: "/t2" } : url === "/m" ? { status: 301, location: "/m2" } : { status: 200 },
    );
    try {
      await kitFetch(`${server.url}/t`, { method: "POST", body: '{"timeout":"1s"}' });
      await kitFetch(`${server.url}/m`, { method: "POST", body: "{}" });
      await kitFetch(`${server.url}/m`, { method: "DELETE" });
      expect(server.seen.map((s) => [s.method, s.url, s.body])).toEqual([
        ["POST", "/t", '{"timeout":"1s"}'],
        ["POST", "/t2", '{"timeout":"1s"}'],
        ["POST", "/m", "{}"],
        ["GET", "/m2", ""],
        ["DELETE", "/m", ""],
        ["DELETE", "/m2", ""],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe("bodies", () => {
  function kitFetchAnswering(body: BodyInit, headers: Record<string, string> = {}, maxResponseBytes?: number) {
    const target = defineTarget({
      name: "t",
      baseUrl: "http://127.0.0.1:9",
      parent: "projects/p/locations/l",
      fetch: async () => new Response(body, { headers: { "content-type": "application/json", ...headers } }),
      ...(maxResponseBytes !== undefined ? { maxResponseBytes } : {}),
    });
    return createKitFetch(target, { secrets: new Set() });
  }

  it("a body past the target's maxResponseBytes is ResponseTooLargeError (responseSizeBounded)", async () => {
    const error = await kitFetchAnswering("x".repeat(5000), {}, 4096)("http://127.0.0.1:9/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(hostileFinding(error)).toMatchObject({ check: "responseSizeBounded" });
    expect(hostileFinding(error)?.message).toMatch(/Received: .*\nDocumented: .*4096/);
  });

  it("a body at the cap is read whole", async () => {
    const response = await kitFetchAnswering(`"${"x".repeat(4094)}"`, {}, 4096)("http://127.0.0.1:9/x");
    expect((await response.text()).length).toBe(4096);
  });

  it("JSON nested past 100 levels is ResponseTooDeepError (responseDepthBounded); brackets inside strings do not count", async () => {
    const deep = `${"[".repeat(101)}${"]".repeat(101)}`;
    const error = await kitFetchAnswering(deep)("http://127.0.0.1:9/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooDeepError);
    expect(hostileFinding(error)?.check).toBe("responseDepthBounded");
    const inString = JSON.stringify({ text: "[".repeat(500), escaped: '\\"[[[[' });
    await expect(kitFetchAnswering(inString)("http://127.0.0.1:9/x")).resolves.toBeInstanceOf(Response);
  });

  it("a refused connection is a NetworkError naming ECONNREFUSED", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const kitFetch = createKitFetch(defineTarget({ name: "t", baseUrl: url, parent: "projects/p/locations/l" }), { secrets: new Set() });
    const error = await kitFetch(`${url}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });
});
