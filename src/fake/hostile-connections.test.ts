/**
 * Hostile connections: requests at the edge of HTTP/1.1 (RFC 9112) each get a Google envelope or a
 * clean close, never a bare answer, a lost answer or a hang; a connection cap refuses cleanly; slow
 * clients meet documented timeouts.
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { rawExchange, type RawResponse } from "./test-support/raw-http.js";
import { fakePerTest, PARENT_PATH } from "./test-support/start-test-fake.js";

const RUNNING_OP = DEFAULT_SEED_IDS.running[0];
const OP_PATH = `${PARENT_PATH}/${RUNNING_OP}`;

const start = fakePerTest();

function envelope(response: RawResponse | undefined): { code: number; status: string; message: string } {
  expect(response, "a response").toBeDefined();
  expect(response!.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return JSON.parse(response!.body).error;
}

describe("edges of HTTP/1.1", () => {
  it("answers both a pipelined cancel and the garbage after it, in order", async () => {
    const { port, store } = await start();
    const cancel = `POST ${OP_PATH}:cancel HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;
    const { responses, closed, reset } = await rawExchange(port, [`${cancel}GARBAGE\r\n\r\n`]);
    expect(store.stats.cancelled).toBe(1);
    expect(responses.map((r) => r.status)).toEqual([200, 400]);
    expect(responses[0]!.body).toBe("{}");
    expect(envelope(responses[1]).status).toBe("INVALID_ARGUMENT");
    expect(closed && !reset).toBe(true);
  });

  it("answers an HTTP/1.1 request without Host with a 400 envelope", async () => {
    const { port } = await start();
    const { responses } = await rawExchange(port, [`GET ${OP_PATH} HTTP/1.1\r\n\r\n`], { end: true });
    expect(responses[0]?.status).toBe(400);
    expect(envelope(responses[0]).message).toMatch(/Host/);
  });

  it("answers two Host headers with a 400 envelope", async () => {
    const { port } = await start();
    const { responses } = await rawExchange(port, [`GET ${OP_PATH} HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n`], { end: true });
    expect(responses[0]?.status).toBe(400);
    expect(envelope(responses[0]).message).toMatch(/Host/);
  });

  it("answers an Expect it cannot meet with a 400 envelope", async () => {
    const { port } = await start();
    const { responses } = await rawExchange(port, [`GET ${OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nExpect: teapot\r\n\r\n`], { end: true });
    expect(responses[0]?.status).toBe(400);
    expect(envelope(responses[0]).message).toMatch(/Expect/);
  });

  it("still honours Expect: 100-continue", async () => {
    const { port } = await start();
    const head = `POST ${OP_PATH}:cancel HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n`;
    const { text } = await rawExchange(port, [head, "{}"], { gapMs: 200, idleMs: 1_000 });
    expect(text.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK")).toBe(true);
  });

  it("answers CONNECT with an envelope and closes", async () => {
    const { port } = await start();
    const { responses, closed } = await rawExchange(port, ["CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"]);
    expect(responses[0]?.status).toBe(404);
    expect(envelope(responses[0]).status).toBe("NOT_FOUND");
    expect(closed).toBe(true);
  });

  it("serves an absolute-form request target (RFC 9112 §3.2.2)", async () => {
    const { port, url } = await start();
    const { responses } = await rawExchange(port, [`GET ${url}${OP_PATH}?alt=json HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`], { end: true });
    expect(responses[0]?.status).toBe(200);
    expect(JSON.parse(responses[0]!.body).name).toMatch(new RegExp(`${RUNNING_OP}$`));
  });
});

/** A keep-alive connection held open after its first answer, until closed; resolves once answered. */
function holdConnection(port: number, request: string): Promise<{ status: number; close: () => void }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    socket.once("data", (chunk: Buffer) => resolve({ status: Number(chunk.toString("latin1").split(" ")[1]), close: () => socket.destroy() }));
    socket.once("error", reject);
  });
}

describe("connection cap", () => {
  it("answers a connection over the cap with 503 UNAVAILABLE and Retry-After, then serves again", async () => {
    const { port } = await start({ maxConnections: 2 });
    const get = `GET ${OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;
    // Two connections held open (keep-alive) until the test closes them: answered, so the server
    // counts both, however long a busy machine took; a third is refused cleanly.
    const held = await Promise.all([holdConnection(port, get), holdConnection(port, get)]);
    expect(held.map((h) => h.status)).toEqual([200, 200]);
    const refused = await rawExchange(port, [get], { idleMs: 5_000 });
    expect(refused.responses[0]?.status).toBe(503);
    expect(refused.responses[0]?.headers.get("retry-after")).toBe("1");
    expect(envelope(refused.responses[0]).status).toBe("UNAVAILABLE");
    expect(refused.closed && !refused.reset).toBe(true);
    for (const h of held) h.close();
    // The server frees the two places when it sees the closes; ask until it serves (a refusal until then).
    const getAndClose = `GET ${OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;
    let later = await rawExchange(port, [getAndClose], { idleMs: 5_000 });
    for (let tries = 1; later.responses[0]?.status === 503 && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      later = await rawExchange(port, [getAndClose], { idleMs: 5_000 });
    }
    expect(later.responses[0]?.status).toBe(200);
  });
});

describe("timeouts", () => {
  it("closes a connection whose headers stall, after the headers timeout, with an envelope", async () => {
    const { port } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const started = Date.now();
    const { responses, closed } = await rawExchange(port, [`GET ${OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`], { idleMs: 15_000 });
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(responses[0]?.status).toBe(408);
    expect(envelope(responses[0]).message).toMatch(/did not arrive/);
  });

  it("closes a connection whose body stalls, after the request timeout, with an envelope", async () => {
    const { port } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const head = `POST ${OP_PATH}:wait HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"tim`;
    const started = Date.now();
    const { responses, closed } = await rawExchange(port, [head], { idleMs: 15_000 });
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(responses[0]?.status).toBe(408);
  });

  it("does not cut a response that takes longer than the request timeout (a wait)", async () => {
    const f = await start({ headersTimeoutMs: 200, requestTimeoutMs: 300 });
    const started = Date.now();
    const { status, body } = await f.call("POST", `${OP_PATH}:wait`, { body: { timeout: "1s" } });
    expect(status).toBe(200);
    expect(body.done).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("answers a stalled upload it already refused once, then closes", async () => {
    const { port } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const head = `POST ${OP_PATH}:wait HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n`;
    const { responses, closed } = await rawExchange(port, [head, " ".repeat(1000)], { idleMs: 15_000 });
    expect(closed).toBe(true);
    expect(responses.map((r) => r.status)).toEqual([400]);
    expect(envelope(responses[0]).message).toMatch(/exceeds the limit/);
  });
});
