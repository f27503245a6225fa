import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperationsClient, type OperationsClient } from "./client.js";
import { ApiError, OperationError } from "./errors.js";
import { createFakeServer, DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./fake/index.js";
import type { FakeServer } from "./fake/index.js";

let server: FakeServer;
let client: OperationsClient;
const op = (id: string | undefined) => `${DEFAULT_PARENT}/operations/${id}`;

beforeAll(async () => {
  server = await createFakeServer({ seed: "rich" }); // failed operations carry error details
  client = createOperationsClient({ baseUrl: server.url, token: "local-token", validateResponses: true });
});
afterAll(() => server.close());

describe("the SDK against the fake server", () => {
  it("gets a succeeded operation that passes validation", async () => {
    const operation = await client.get(op(DEFAULT_SEED_IDS.succeeded[0]));
    expect(operation.done).toBe(true);
    expect(operation.response?.["@type"]).toMatch(/^type\.googleapis\.com\//);
  });

  it("lists every seeded operation across small pages", async () => {
    const names = new Set<string>();
    for await (const operation of client.list(DEFAULT_PARENT, { pageSize: 7 })) names.add(operation.name!);
    for (const id of [...DEFAULT_SEED_IDS.running, ...DEFAULT_SEED_IDS.failed]) expect(names.has(op(id))).toBe(true);
  });

  it("result() of a failed operation throws OperationError with its details", async () => {
    const error = await client.result(op(DEFAULT_SEED_IDS.failed[0])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).details.length).toBeGreaterThan(0);
  });

  it("cancel ends a running operation with CANCELLED, and delete makes get NOT_FOUND", async () => {
    const name = op(DEFAULT_SEED_IDS.running[0]);
    await client.cancel(name);
    const cancelled = await client.pollUntilDone(name, { initialDelayMs: 5, totalTimeoutMs: 5000 });
    expect(cancelled.error?.code).toBe(1);
    await client.delete(name);
    const error = await client.get(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe("NOT_FOUND");
  });

  it("wait returns the latest state within its timeout", async () => {
    const running = await client.wait(op(DEFAULT_SEED_IDS.running[1]), { timeout: "0.05s" });
    expect(running.done).not.toBe(true);
  });

  it("a negative pageSize never reaches the server", async () => {
    await expect(client.listPage(DEFAULT_PARENT, { pageSize: -3 })).rejects.toMatchObject({ name: "InvalidOptionError" });
  });
});
