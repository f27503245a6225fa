import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateOperation } from "../../generated/validators.js";
import { createManualClock } from "./clock.js";
import { createFakeHandler } from "./handler.js";
import { DEFAULT_SEED_IDS, defaultSeed, readSeedFile } from "./seed.js";
import { OperationStore } from "./store.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake } from "./test-support/start-test-fake.js";

describe("default seed", () => {
  it("holds 20 long-running, 5 quickly finishing, 10 succeeded and 5 failed operations", () => {
    const clock = createManualClock();
    const { store } = createFakeHandler({ clock });
    const state = (id: string) => store.get(NAME_PREFIX + id)!;
    expect(store.size).toBe(40);
    for (const id of [...DEFAULT_SEED_IDS.running, ...DEFAULT_SEED_IDS.finishing]) expect(state(id).done).toBeUndefined();
    for (const id of DEFAULT_SEED_IDS.succeeded) expect(state(id).response?.["@type"]).toBeDefined();
    for (const id of DEFAULT_SEED_IDS.failed) expect(state(id).error).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
    // What the real service sends, which Google's gax client can read: no error details (pitfalls #17).
    for (const id of DEFAULT_SEED_IDS.failed) expect(state(id).error?.details).toBeUndefined();
    clock.advance(6_000);
    for (const id of DEFAULT_SEED_IDS.finishing) expect(state(id).done).toBe(true);
    clock.advance(59 * 60_000);
    for (const id of DEFAULT_SEED_IDS.running) expect(state(id).done).toBeUndefined();
    clock.advance(2 * 60_000 + 1);
    for (const id of DEFAULT_SEED_IDS.running) expect(state(id).done).toBe(true);
  });

  it("uses every detail kind and validates against the spec", () => {
    const { store } = createFakeHandler({ clock: createManualClock() });
    const kinds = new Set<string>();
    for (const input of defaultSeed(0)) {
      const op = store.get(input.name)!;
      expect(validateOperation(op), JSON.stringify(validateOperation.errors)).toBe(true);
      for (const key of Object.keys(op.metadata!)) if (key.endsWith("Details")) kinds.add(key);
    }
    expect(kinds.size).toBe(9);
  });
});

describe("rich seed", () => {
  const DETAIL_TYPES = [
    "ErrorInfo", "RetryInfo", "DebugInfo", "QuotaFailure", "PreconditionFailure", "BadRequest", "RequestInfo", "ResourceInfo", "Help", "LocalizedMessage",
  ];

  it("lays out the default seed's operations, with every google.rpc detail type in their errors", () => {
    const clock = createManualClock();
    const rich = createFakeHandler({ clock, seed: "rich" }).store;
    const plain = createFakeHandler({ clock, seed: "default" }).store;
    const types = new Set<string>();
    for (const input of defaultSeed(clock.now())) {
      const [a, b] = [rich.get(input.name)!, plain.get(input.name)!];
      expect(validateOperation(a), JSON.stringify(validateOperation.errors)).toBe(true);
      expect({ ...a, error: a.error && { code: a.error.code, message: a.error.message } }).toMatchObject({ ...b, metadata: { "@type": b.metadata!["@type"] } });
      for (const detail of a.error?.details ?? []) types.add(String(detail["@type"]).replace("type.googleapis.com/google.rpc.", ""));
      for (const failure of a.metadata?.partialFailures ?? []) for (const d of failure.details ?? []) types.add(String(d["@type"]).replace("type.googleapis.com/google.rpc.", ""));
    }
    for (const type of DETAIL_TYPES) expect(types).toContain(type);
    expect([...types].some((t) => !DETAIL_TYPES.includes(t))).toBe(true); // and one type no client knows
  });
});

describe("store", () => {
  it("refuses a second operation of the same name with ALREADY_EXISTS", () => {
    const store = new OperationStore(createManualClock());
    store.create({ name: `${NAME_PREFIX}A1` });
    expect(() => store.create({ name: `${NAME_PREFIX}A1` })).toThrow(/already exists/);
  });

  it.each([
    [{ name: "operations/x" }, /Invalid resource name/],
    [{ name: `${NAME_PREFIX}A1`, kind: "trainDetails" }, /kind must be one of/],
    [{ name: `${NAME_PREFIX}A1`, duration: "an hour" }, /duration "an hour" is not valid/],
    [{ name: `${NAME_PREFIX}A1`, response: { name: "m" } }, /response must be an Any with @type/],
    [{ name: `${NAME_PREFIX}A1`, error: { code: 0 } }, /error.code must not be 0/],
    [{ name: `${NAME_PREFIX}A1`, colour: "red" }, /unknown operation member "colour"/],
  ])("refuses the bad input %j", (input, message) => {
    const store = new OperationStore(createManualClock());
    expect(() => store.create(input as never)).toThrow(message);
  });

  it("cancels a running operation once, however often it is asked", () => {
    const store = new OperationStore(createManualClock());
    store.create({ name: `${NAME_PREFIX}A1` });
    expect([store.cancel(`${NAME_PREFIX}A1`), store.cancel(`${NAME_PREFIX}A1`)]).toEqual(["cancelled", "already-done"]);
    expect(store.stats.cancelled).toBe(1);
  });
});

describe("seed files", () => {
  it("loads {operations: [...]} and serves them instead of the default seed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "fake-seed-"));
    const file = join(dir, "seed.json");
    await writeFile(file, JSON.stringify({ operations: [{ name: `${NAME_PREFIX}SEEDED1`, kind: "importDataDetails", duration: "0s" }] }));
    const fake = await startTestFake({ seed: await readSeedFile(file) });
    try {
      const { body } = await fake.call("GET", PARENT_PATH);
      expect(body.operations).toHaveLength(1);
      expect(body.operations[0]).toMatchObject({ name: `${NAME_PREFIX}SEEDED1`, done: true });
      expect(body.operations[0].metadata.importDataDetails).toEqual({});
    } finally {
      await fake.close();
    }
  });

  it("refuses a file that is not JSON or not a list", async () => {
    const dir = await mkdtemp(join(tmpdir(), "fake-seed-"));
    await writeFile(join(dir, "a.json"), "{oops");
    await writeFile(join(dir, "b.json"), '{"ops": []}');
    await expect(readSeedFile(join(dir, "a.json"))).rejects.toThrow(/is not JSON/);
    await expect(readSeedFile(join(dir, "b.json"))).rejects.toThrow(/must hold an array/);
  });
});

describe("control route", () => {
  it("is off unless asked for", async () => {
    const fake = await startTestFake();
    try {
      const response = await fetch(`${fake.url}/__control/stats`);
      expect(response.status).toBe(404);
    } finally {
      await fake.close();
    }
  });

  it("adds operations and advances a manual clock over HTTP", async () => {
    const fake = await startTestFake({ control: true, seed: "none" });
    try {
      const post = (path: string, body: unknown) =>
        fetch(fake.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const added = await post("/__control/operations", { operations: [{ name: `${NAME_PREFIX}CTL1`, duration: "10s" }] });
      expect(added.status).toBe(200);
      expect((await added.json()).operations[0].name).toBe(`${NAME_PREFIX}CTL1`);
      expect((await fake.call("GET", `${PARENT_PATH}/CTL1`)).body.done).toBeUndefined();
      expect((await post("/__control/clock:advance", { by: "11s" })).status).toBe(200);
      expect((await fake.call("GET", `${PARENT_PATH}/CTL1`)).body.done).toBe(true);
      const bad = await post("/__control/operations", { name: "nope" });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.status).toBe("INVALID_ARGUMENT");
      const stats = await (await fetch(`${fake.url}/__control/stats`)).json();
      expect(stats).toMatchObject({ size: 1, created: 1 });
    } finally {
      await fake.close();
    }
  });
});
