/**
 * Hostile request bodies: any depth, any size, and control requests that must not reach the store
 * unless the spec's schemas accept what they would make. Each answer is a 400 envelope, never a 500,
 * a reset or a store left answering errors.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { rawExchange } from "./test-support/raw-http.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake, type TestFake } from "./test-support/start-test-fake.js";

const RUNNING_OP = DEFAULT_SEED_IDS.running[0];
const OP_PATH = `${PARENT_PATH}/${RUNNING_OP}`;
const nested = (depth: number, leaf = "1") => "[".repeat(depth) + leaf + "]".repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

let fake: TestFake;
beforeEach(async () => {
  fake = await startTestFake({ control: true });
});
afterEach(() => fake.close());

describe("deeply nested JSON", () => {
  it("answers wait's body nested 4,113 deep with a 400 envelope", async () => {
    const { status, body } = await fake.call("POST", `${OP_PATH}:wait`, { body: `{"timeout":${nested(4113)}}` });
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(body.error.message).toMatch(/nested deeper than 100/);
  });

  it.each([
    ["cancel", `${OP_PATH}:cancel`, `{"x":${nested(30_000)}}`],
    ["wait", `${OP_PATH}:wait`, `{"timeout":${nestedObject(101)}}`],
  ])("answers a %s body nested past the limit with a 400 envelope", async (_, path, text) => {
    const { status, body } = await fake.call("POST", path, { body: text });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/nested deeper than 100/);
  });

  it("accepts a body nested exactly 100 deep (the limit is on depth, not on JSON)", async () => {
    const { status, body } = await fake.call("POST", `${OP_PATH}:cancel`, { body: `{"x":${nested(99)}}` });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Unknown name "x"/);
  });
});

describe("large bodies", () => {
  it("answers 10 MB bodies to a client that reads after it uploads with the envelope, five times of five", async () => {
    const size = 10 * 1024 * 1024;
    const head = `POST ${OP_PATH}:wait HTTP/1.1\r\nHost: 127.0.0.1:${fake.port}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
    const body = Buffer.alloc(size, 0x20);
    for (let attempt = 0; attempt < 5; attempt++) {
      const { responses, reset } = await rawExchange(fake.port, [head, body], { readAfterWrite: true, end: true });
      expect(reset).toBe(false);
      expect(responses[0]?.status).toBe(400);
      expect(JSON.parse(responses[0]!.body).error.message).toMatch(/exceeds the limit of 65536 bytes/);
    }
    expect((await fake.call("GET", OP_PATH)).status).toBe(200);
  }, 60_000);

  it("keeps the connection for the next request after a refused large body", async () => {
    const size = 3 * 1024 * 1024;
    const head = `POST ${OP_PATH}:cancel HTTP/1.1\r\nHost: 127.0.0.1:${fake.port}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
    const next = `GET ${OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${fake.port}\r\n\r\n`;
    const { responses } = await rawExchange(fake.port, [head, Buffer.alloc(size, 0x20), next], { readAfterWrite: true, end: true });
    expect(responses.map((r) => r.status)).toEqual([400, 200]);
  });

  it("answers a 2 MB body to fetch with the envelope", async () => {
    const response = await fetch(`${fake.url}${OP_PATH}:cancel`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: " ".repeat(2 * 1024 * 1024),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.status).toBe("INVALID_ARGUMENT");
    expect(fake.store.stats.cancelled).toBe(0);
  });
});

describe("control route validates before it stores", () => {
  const post = (body: unknown) => fake.call("POST", "/__control/operations", { body: typeof body === "string" ? body : JSON.stringify(body) });
  const op = (id: string, extra: Record<string, unknown> = {}) => ({ name: `${NAME_PREFIX}${id}`, ...extra });

  it.each([
    ["a createTime of 1e20", op("BAD1", { createTime: 1e20 })],
    ["a createTime past year 9999", op("BAD1", { createTime: "9999-12-31T23:00:00Z", duration: "7200s" })],
    ["partialFailures of \"abc\"", op("BAD1", { partialFailures: "abc" })],
    ["21 partialFailures", op("BAD1", { partialFailures: Array.from({ length: 21 }, () => ({ code: 2 })) })],
    ["details that are not the kind's", op("BAD1", { kind: "exportModelDetails", details: { outputInfo: { gcsOutputDirectory: 7 } } })],
    ["a response Any without @type", op("BAD1", { response: { name: "m" } })],
    ["an error whose detail lacks @type", op("BAD1", { duration: 0, error: { code: 3, details: [{ reason: "x" }] } })],
    ["a negative duration", op("BAD1", { duration: -5 })],
  ])("refuses %s and leaves the store as it was", async (_, input) => {
    const before = await fake.call("GET", `${PARENT_PATH}?pageSize=1000`);
    const { status, body } = await post(input);
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(fake.store.size).toBe(40);
    expect((await fake.call("GET", `${PARENT_PATH}/BAD1`)).status).toBe(404);
    const after = await fake.call("GET", `${PARENT_PATH}?pageSize=1000`);
    expect(after.body).toEqual(before.body);
  });

  it("refuses details nested 5,000 deep with a 400 envelope", async () => {
    const { status, body } = await post(`{"name":"${NAME_PREFIX}DEEP1","details":${nestedObject(5000)}}`);
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(fake.store.size).toBe(40);
  });

  it("stores none of a batch when one operation is refused", async () => {
    const { status } = await post({ operations: [op("OK1"), op("OK2"), op("BAD1", { createTime: 1e20 })] });
    expect(status).toBe(400);
    expect(fake.store.size).toBe(40);
    expect((await fake.call("GET", `${PARENT_PATH}/OK1`)).status).toBe(404);
  });

  it("refuses a batch that names one operation twice", async () => {
    const { status, body } = await post({ operations: [op("TWICE1"), op("TWICE1")] });
    expect(status).toBe(409);
    expect(body.error.status).toBe("ALREADY_EXISTS");
    expect(fake.store.size).toBe(40);
  });

  it("refuses an operation built in code that nests too deep, before storing it", () => {
    let details: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) details = { a: details };
    expect(() => fake.store.create({ name: `${NAME_PREFIX}DEEP2`, details })).toThrow(/nested deeper than 100/);
    expect(fake.store.size).toBe(40);
  });
});
