import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { errors } from "./errors.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake, type TestFake } from "./test-support/start-test-fake.js";

const RUNNING_OP = DEFAULT_SEED_IDS.running[0];
const FINISHING_OP = DEFAULT_SEED_IDS.finishing[0];
const SUCCEEDED_OP = DEFAULT_SEED_IDS.succeeded[0];
const FAILED_OP = DEFAULT_SEED_IDS.failed[0];
const MISSING_OP = "NOPE0000000000";

let fake: TestFake;
beforeEach(async () => {
  fake = await startTestFake();
});
afterEach(() => fake.close());

describe("get", () => {
  it("answers a running operation without done, error or response", async () => {
    const { status, body } = await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`);
    expect(status).toBe(200);
    expect(body.name).toBe(NAME_PREFIX + RUNNING_OP);
    expect(body.done).toBeUndefined();
    expect(body.error).toBeUndefined();
    expect(body.response).toBeUndefined();
    expect(body.metadata["@type"]).toBe("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata");
  });

  it("answers a succeeded operation with a typed response", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}/${SUCCEEDED_OP}`);
    expect(body.done).toBe(true);
    expect(body.response["@type"]).toMatch(/^type\.googleapis\.com\//);
    expect(body.metadata.progressPercent).toBe(100);
  });

  it("answers a failed operation with its error, without details in the default seed", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}/${FAILED_OP}`);
    expect(body.done).toBe(true);
    expect(body.error).toEqual({ code: Code.PERMISSION_DENIED, message: "The caller cannot write to gs://demo-bucket/export/." });
  });

  it("answers a failed operation with error details in the rich seed", async () => {
    await fake.close();
    fake = await startTestFake({ seed: "rich" });
    const { body } = await fake.call("GET", `${PARENT_PATH}/${FAILED_OP}`);
    expect(body.error.code).toBe(Code.PERMISSION_DENIED);
    expect(body.error.details[0]["@type"]).toBe("type.googleapis.com/google.rpc.ErrorInfo");
  });

  it("answers NOT_FOUND for an unknown operation", async () => {
    const name = NAME_PREFIX + MISSING_OP;
    const { status, body } = await fake.call("GET", `${PARENT_PATH}/${MISSING_OP}`);
    expect(status).toBe(404);
    expect(body).toEqual(errors.operationNotFound(name).toEnvelope());
  });

  it("shows progress growing and the operation finishing as the clock moves", async () => {
    const before = (await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body;
    fake.clock.advance(30 * 60_000);
    const half = (await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body;
    expect(half.metadata.progressPercent ?? 0).toBeGreaterThan(before.metadata.progressPercent ?? 0);
    expect(Date.parse(half.metadata.updateTime)).toBeGreaterThan(Date.parse(before.metadata.updateTime));
    fake.clock.advance(2 * 3_600_000);
    const done = (await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body;
    expect(done.done).toBe(true);
    expect(done.metadata.progressPercent).toBe(100);
  });
});

describe("cancel", () => {
  it("ends a running operation with CANCELLED and a new updateTime", async () => {
    const before = (await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body;
    fake.clock.advance(1_000);
    const cancel = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`, { body: {} });
    expect(cancel).toMatchObject({ status: 200, body: {} });
    const after = (await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body;
    expect(after.done).toBe(true);
    expect(after.error.code).toBe(Code.CANCELLED);
    expect(after.metadata.updateTime).not.toBe(before.metadata.updateTime);
    expect(fake.store.stats.cancelled).toBe(1);
  });

  it("accepts no body at all", async () => {
    const { status } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`);
    expect(status).toBe(200);
    expect((await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body.error.code).toBe(Code.CANCELLED);
  });

  it("leaves a finished operation as it is and answers {}", async () => {
    const before = (await fake.call("GET", `${PARENT_PATH}/${SUCCEEDED_OP}`)).body;
    const { status, body } = await fake.call("POST", `${PARENT_PATH}/${SUCCEEDED_OP}:cancel`, { body: {} });
    expect([status, body]).toEqual([200, {}]);
    expect((await fake.call("GET", `${PARENT_PATH}/${SUCCEEDED_OP}`)).body).toEqual(before);
  });

  it("keeps a cancelled operation cancelled after its planned end", async () => {
    await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`);
    fake.clock.advance(10 * 3_600_000);
    const { body } = await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`);
    expect(body.error.code).toBe(Code.CANCELLED);
    expect(body.response).toBeUndefined();
  });

  it("answers NOT_FOUND for an unknown operation", async () => {
    const { status, body } = await fake.call("POST", `${PARENT_PATH}/${MISSING_OP}:cancel`, { body: {} });
    expect(status).toBe(404);
    expect(body).toEqual(errors.operationNotFound(NAME_PREFIX + MISSING_OP).toEnvelope());
  });

  it("refuses a body with a member", async () => {
    const { status, body } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`, { body: { force: true } });
    expect(status).toBe(400);
    expect(body).toEqual(errors.unknownBodyField("force").toEnvelope());
    expect((await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).body.done).toBeUndefined();
  });
});

describe("delete", () => {
  it("forgets the operation: get, cancel, wait, delete and list no longer see it", async () => {
    expect(await fake.call("DELETE", `${PARENT_PATH}/${RUNNING_OP}`)).toMatchObject({ status: 200, body: {} });
    expect((await fake.call("GET", `${PARENT_PATH}/${RUNNING_OP}`)).status).toBe(404);
    expect((await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`)).status).toBe(404);
    expect((await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout: "0s" } })).status).toBe(404);
    expect((await fake.call("DELETE", `${PARENT_PATH}/${RUNNING_OP}`)).status).toBe(404);
    const list = (await fake.call("GET", `${PARENT_PATH}?pageSize=1000`)).body;
    expect(list.operations.map((o: { name: string }) => o.name)).not.toContain(NAME_PREFIX + RUNNING_OP);
  });

  it("does not cancel: the stats count no cancel", async () => {
    await fake.call("DELETE", `${PARENT_PATH}/${RUNNING_OP}`);
    expect(fake.store.stats).toMatchObject({ deleted: 1, cancelled: 0 });
  });
});

describe("wait", () => {
  it("returns a finished operation at once", async () => {
    const started = Date.now();
    const { body } = await fake.call("POST", `${PARENT_PATH}/${SUCCEEDED_OP}:wait`, { body: { timeout: "30s" } });
    expect(body.done).toBe(true);
    // Held, it would take its 30 s; a local answer takes far less than half that, even on a loaded machine.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("returns the running operation when the timeout passes", async () => {
    const started = Date.now();
    const { body } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout: "0.2s" } });
    expect(body.done).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("returns as soon as the clock moves past the operation's end", async () => {
    const waiting = fake.call("POST", `${PARENT_PATH}/${FINISHING_OP}:wait`, { body: { timeout: "20s" } });
    await new Promise((r) => setTimeout(r, 50));
    fake.clock.advance(10_000);
    const { body } = await waiting;
    expect(body.done).toBe(true);
  });

  it("returns as soon as the operation is cancelled", async () => {
    const waiting = fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout: "20s" } });
    await new Promise((r) => setTimeout(r, 50));
    await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:cancel`);
    expect((await waiting).body.error.code).toBe(Code.CANCELLED);
  });

  it("is capped at the server's wait deadline", async () => {
    await fake.close();
    fake = await startTestFake({ maxWaitMs: 100 });
    const started = Date.now();
    const { status } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout: "300s" } });
    expect(status).toBe(200);
    // Capped at 100 ms; uncapped it would hold for 300 s (the margin is for a loaded machine).
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each(["3.5", "-1s", "1.0000000001s", "1m", ""])("refuses the timeout %j", async (timeout) => {
    const { status, body } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout } });
    expect(status).toBe(400);
    expect(body).toEqual(errors.invalidDuration(timeout).toEnvelope());
  });

  it("refuses a timeout that is not a string", async () => {
    const { body } = await fake.call("POST", `${PARENT_PATH}/${RUNNING_OP}:wait`, { body: { timeout: 3 } });
    expect(body).toEqual(errors.invalidDuration(3).toEnvelope());
  });
});
