/**
 * Long-lived development use: back to the seed with the reset route, a manual clock from the command
 * line moved by clock:advance, and --state kept across runs (loaded at start, saved on exit).
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFakeCommand } from "./cli.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake } from "./test-support/start-test-fake.js";

const RUNNING = DEFAULT_SEED_IDS.running;

/** Runs `automl-ops fake ARGS` in-process until `body` is done; resolves with its exit code. */
async function withFakeCommand(args: string[], body: (url: string) => Promise<void>): Promise<{ code: number; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  const exit = runFakeCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l), signal: stop.signal });
  const until = Date.now() + 10_000;
  while (out.length === 0 && err.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  try {
    if (out[0]) await body(out[0].slice("listening ".length));
  } finally {
    stop.abort();
  }
  return { code: await exit, err };
}

const json = async (response: Response) => ({ status: response.status, body: await response.json() });
const post = (url: string, body?: unknown) =>
  fetch(url, { method: "POST", ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) }).then(json);
const get = (url: string) => fetch(url).then(json);

describe("reset", () => {
  it("goes back to the seed: cancelled running again, deleted back, added gone, stats zeroed", async () => {
    const fake = await startTestFake({ control: true });
    try {
      await fake.call("POST", `${PARENT_PATH}/${RUNNING[0]}:cancel`);
      await fake.call("DELETE", `${PARENT_PATH}/${RUNNING[1]}`);
      expect((await post(`${fake.url}/__control/operations`, { name: `${NAME_PREFIX}ADDED1` })).status).toBe(200);
      const waiting = fake.call("POST", `${PARENT_PATH}/${RUNNING[2]}:wait`, { body: { timeout: "30s" } });
      const reset = await post(`${fake.url}/__control/reset`);
      expect(reset).toEqual({ status: 200, body: { size: 40 } });
      expect((await fake.call("GET", `${PARENT_PATH}/${RUNNING[0]}`)).body.done).toBeUndefined();
      expect((await fake.call("GET", `${PARENT_PATH}/${RUNNING[1]}`)).status).toBe(200);
      expect((await fake.call("GET", `${PARENT_PATH}/ADDED1`)).status).toBe(404);
      expect((await get(`${fake.url}/__control/stats`)).body).toEqual({ size: 40, created: 40, cancelled: 0, deleted: 0 });
      // A wait in progress carries on with the operation as the seed has it again.
      fake.clock.advance(3 * 3_600_000);
      expect((await waiting).body.done).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it("brings back the models and datasets the starters work on", async () => {
    const fake = await startTestFake({ control: true });
    const model = "projects/demo/locations/us-central1/models/TBL2866487218853462016";
    try {
      // deleteModel answers an Operation (the test helper's own check knows the operations resource only).
      expect((await fetch(`${fake.url}/v1beta1/${model}`, { method: "DELETE" })).status).toBe(200);
      fake.clock.advance(60_000);
      expect(fake.resources.has(model)).toBe(false);
      expect((await post(`${fake.url}/__control/reset`)).status).toBe(200);
      expect(fake.resources.has(model)).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it("refuses a body, and is a control route (off without control)", async () => {
    const fake = await startTestFake({ control: true });
    const off = await startTestFake();
    try {
      expect((await post(`${fake.url}/__control/reset`, { to: "yesterday" })).status).toBe(400);
      expect((await post(`${off.url}/__control/reset`)).status).toBe(404);
    } finally {
      await Promise.all([fake.close(), off.close()]);
    }
  });
});

describe("--manual-clock", () => {
  it("stands still until clock:advance moves it", async () => {
    const { code } = await withFakeCommand(["--manual-clock", "--control"], async (url) => {
      const op = `${url}${PARENT_PATH}/${DEFAULT_SEED_IDS.finishing[0]}`;
      const before = await get(op);
      await new Promise((r) => setTimeout(r, 2_200)); // past its 2 s on a wall clock
      expect((await get(op)).body).toEqual(before.body);
      const advanced = await post(`${url}/__control/clock:advance`, { by: "3s" });
      expect(Date.parse(advanced.body.now) - Date.parse(before.body.metadata.createTime)).toBe(3_000);
      expect((await get(op)).body.done).toBe(true);
    });
    expect(code).toBe(0);
  });
});

describe("--state FILE", () => {
  it("starts from the seed when the file is missing, saves on exit, and serves the same operations next run", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "fake-state-")), "state.json");
    let first: unknown;
    const run1 = await withFakeCommand(["--control", "--manual-clock", "--state", file], async (url) => {
      expect((await get(`${url}/__control/stats`)).body.size).toBe(40);
      await post(`${url}${PARENT_PATH}/${RUNNING[0]}:cancel`);
      await fetch(`${url}${PARENT_PATH}/${RUNNING[1]}`, { method: "DELETE" });
      await post(`${url}/__control/operations`, { name: `${NAME_PREFIX}KEPT1`, kind: "exportModelDetails", duration: "90s" });
      await post(`${url}/__control/clock:advance`, { by: "60s" });
      first = (await get(`${url}${PARENT_PATH}?pageSize=1000`)).body;
    });
    expect(run1.code).toBe(0);
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.operations).toHaveLength(40);
    expect(typeof saved.now).toBe("string");
    const run2 = await withFakeCommand(["--control", "--manual-clock", "--state", file], async (url) => {
      expect((await get(`${url}${PARENT_PATH}?pageSize=1000`)).body).toEqual(first);
      expect((await get(`${url}${PARENT_PATH}/${RUNNING[0]}`)).body.error.code).toBe(1);
      expect((await get(`${url}${PARENT_PATH}/${RUNNING[1]}`)).status).toBe(404);
      await post(`${url}/__control/clock:advance`, { by: "31s" });
      expect((await get(`${url}${PARENT_PATH}/KEPT1`)).body.done).toBe(true);
    });
    expect(run2.code).toBe(0);
  });

  it("exits 1 naming the problem for a state file the spec's schemas refuse, and leaves it as it was", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "fake-state-")), "state.json");
    const text = JSON.stringify({ operations: [{ name: `${NAME_PREFIX}X1`, createTime: 1e20 }] });
    await writeFile(file, text);
    const { code, err } = await withFakeCommand(["--state", file], async () => undefined);
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/createTime falls outside the years 0001 to 9999/);
    expect(await readFile(file, "utf8")).toBe(text);
  });

  it("is what GET /__control/state answers", async () => {
    const fake = await startTestFake({ control: true, seed: "none" });
    try {
      await post(`${fake.url}/__control/operations`, { name: `${NAME_PREFIX}S1`, duration: "10s", createTime: "2026-11-20T12:00:00Z" });
      const { body } = await get(`${fake.url}/__control/state`);
      expect(body).toEqual({
        now: "2026-11-20T12:00:00.000Z",
        operations: [
          {
            name: `${NAME_PREFIX}S1`,
            kind: "createModelDetails",
            details: {},
            createTime: "2026-11-20T12:00:00.000Z",
            duration: "10s",
            worksOn: "projects/demo/locations/us-central1/models/S1",
            response: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", name: "projects/demo/locations/us-central1/models/S1", displayName: "model_S1" },
          },
        ],
      });
    } finally {
      await fake.close();
    }
  });
});
