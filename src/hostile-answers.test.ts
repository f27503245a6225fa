/**
 * The SDK against servers written to hurt it (contract-tests/hostile-servers/servers.ts, real sockets)
 * and against fetches that never finish (manual clock): every call ends with a typed error, in bounded
 * memory and time, whatever the caller set.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { HOSTILE_SERVERS, startHostileServer, type RunningHostileServer } from "../contract-tests/hostile-servers/servers.js";
import { createOperationsClient, DeadlineError, NetworkError, ResponseTooDeepError, ResponseTooLargeError } from "./index.js";
import { OP_NAME, PARENT, RUNNING_OP } from "./test-support/fixtures.js";

const servers = new Map<string, RunningHostileServer>();
beforeAll(async () => {
  for (const hostile of HOSTILE_SERVERS) servers.set(hostile.id, await startHostileServer(hostile));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
});

function clientOf(id: string, options: Parameters<typeof createOperationsClient>[0] = {}) {
  return createOperationsClient({ baseUrl: servers.get(id)!.url, retry: false, ...options });
}

describe("bounded answers", () => {
  it("a body that never ends is cancelled at maxResponseBytes: ResponseTooLargeError", async () => {
    const error = await clientOf("endless-body", { maxResponseBytes: 1024 * 1024 }).listPage(PARENT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).maxBytes).toBe(1024 * 1024);
  });

  it("a Content-Length of 2 GiB fails at once with the default cap, reading nothing", async () => {
    const error = await clientOf("content-length-2gib").get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).declaredBytes).toBe(2 * 1024 ** 3);
    expect((error as Error).message).toContain("33554432");
  });

  it("a gzip bomb is counted after decoding: ResponseTooLargeError, not a string too long", async () => {
    for (const options of [{}, { timeoutMs: 30_000 }, { validateResponses: true }]) {
      const error = await clientOf("gzip-bomb", { maxResponseBytes: 2 * 1024 * 1024, ...options }).get(OP_NAME).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
    }
  });

  it("through raw (openapi-fetch) the cap holds too", async () => {
    const client = clientOf("endless-body", { maxResponseBytes: 1024 * 1024 });
    const error = await client.raw
      .GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations", { params: { path: { projectsId: "demo", locationsId: "us-central1" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("maxResponseBytes must be a positive integer, checked before sending", () => {
    expect(() => createOperationsClient({ maxResponseBytes: 0 })).toThrow(/maxResponseBytes/);
    expect(() => createOperationsClient({ maxResponseBytes: 1.5 })).toThrow(/maxResponseBytes/);
  });
});

describe("depth", () => {
  it("100,000 nested arrays are ResponseTooDeepError, never a RangeError, on every path", async () => {
    for (const options of [{}, { validateResponses: true }, { timeoutMs: 30_000 }]) {
      const error = await clientOf("deep-nesting", options).get(OP_NAME).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooDeepError);
    }
    const client = clientOf("deep-nesting");
    client.raw.use({ onRequest: ({ request }) => request });
    expect(await client.get(OP_NAME).catch((e: unknown) => e)).toBeInstanceOf(ResponseTooDeepError);
  });

  it("an answer nested 100 deep is read as it is; 101 is refused", async () => {
    /** An Operation nested `depth` levels deep in all (the Operation itself and its metadata are two). */
    const nestedTo = (depth: number) => {
      let nested: unknown = {};
      for (let level = 3; level < depth; level++) nested = { n: nested };
      return JSON.stringify({ ...RUNNING_OP, metadata: { ...RUNNING_OP.metadata, deep: nested } });
    };
    const clientAnswering = (body: string) =>
      createOperationsClient({ fetch: async () => new Response(body, { headers: { "content-type": "application/json" } }) });
    await expect(clientAnswering(nestedTo(100)).get(OP_NAME)).resolves.toMatchObject({ name: RUNNING_OP.name });
    await expect(clientAnswering(nestedTo(101)).get(OP_NAME)).rejects.toBeInstanceOf(ResponseTooDeepError);
  });
});

describe("the default deadline (manual clock)", () => {
  /** A fetch whose answer never comes, or whose body never ends. */
  const never = async () => new Promise<Response>(() => {});
  const stalledBody = async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode("{")) }), { status: 200 });

  async function endsAfter(call: () => Promise<unknown>, ms: number): Promise<unknown> {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      let settled = false;
      const pending = call().catch((e: unknown) => e).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(ms - 1);
      expect(settled, "still waiting just before the deadline").toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      return await pending;
    } finally {
      vi.useRealTimers();
    }
  }

  it("a server that sends headers and then nothing ends a plain call after 60 s", async () => {
    const error = await endsAfter(() => createOperationsClient({ fetch: stalledBody, retry: false }).get(OP_NAME), 60_000);
    expect(error).toMatchObject({ name: "DeadlineError", timeoutMs: 60_000 });
  });

  it("an answer that never comes ends a plain call after 60 s", async () => {
    const error = await endsAfter(() => createOperationsClient({ fetch: never, retry: false }).cancel(OP_NAME), 60_000);
    expect(error).toBeInstanceOf(DeadlineError);
  });

  it("wait, which the server may hold 300 s, has 360 s", async () => {
    const error = await endsAfter(() => createOperationsClient({ fetch: never, retry: false }).wait(OP_NAME), 360_000);
    expect(error).toMatchObject({ name: "DeadlineError", timeoutMs: 360_000 });
  });

  it("with a token function (the whole transport) a stalled body ends after 60 s too", async () => {
    const error = await endsAfter(() => createOperationsClient({ fetch: stalledBody, retry: false, token: () => "t" }).get(OP_NAME), 60_000);
    expect(error).toBeInstanceOf(DeadlineError);
  });
});

describe("network errors name their cause", () => {
  let overflow: Server;
  let overflowUrl: string;
  beforeAll(async () => {
    // Headers past undici's 16 KiB limit.
    overflow = createServer((_req, res) => {
      res.writeHead(200, { "x-big": "a".repeat(64 * 1024) });
      res.end("{}");
    });
    await new Promise<void>((resolve) => overflow.listen(0, "127.0.0.1", resolve));
    overflowUrl = `http://127.0.0.1:${(overflow.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => overflow.close(() => resolve())));

  it("a refused connection says ECONNREFUSED, not a bare fetch failed", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await createOperationsClient({ baseUrl: `http://127.0.0.1:${port}`, retry: false }).get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect((error as Error).message).not.toMatch(/fetch failed$/);
  });

  it("headers past the limit say Headers Overflow", async () => {
    const error = await createOperationsClient({ baseUrl: overflowUrl, retry: false }).get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/Headers Overflow/i);
  });
});
