/**
 * `--state FILE` as a crash finds it: saved shortly after each change, so a fake killed with SIGKILL
 * keeps its changes; written through a fresh O_EXCL temporary file, so a link planted beside the file
 * is never followed; an unwritable folder found at start (exit 2); every load error one line naming
 * the file (exit 1).
 */
import { spawn } from "node:child_process";
import { lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFakeCommand } from "./cli.js";
import { createManualClock } from "./clock.js";
import { DEFAULT_SEED_IDS, defaultSeed } from "./seed.js";
import { StateSaver } from "./state-saver.js";
import { OperationStore } from "./store.js";
import { NAME_PREFIX, PARENT_PATH } from "./test-support/start-test-fake.js";

const RUNNING = DEFAULT_SEED_IDS.running;
const VICTIM_TEXT = "a file the fake must never write\n";

const tempFolder = () => mkdtemp(join(tmpdir(), "fake-state-"));

/** Polls `probe` every 20 ms until it returns a value (a condition, not a time margin: the limit only ends a hung test). */
async function eventually<T>(probe: () => Promise<T | undefined>, limitMs = 20_000): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("the condition never held");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs `automl-ops fake ARGS` in-process until `body` is done; resolves with its exit code and stderr. */
async function runFake(args: string[], body: (url: string) => Promise<void> = async () => undefined): Promise<{ code: number; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  const exit = runFakeCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l), signal: stop.signal });
  let exited = false;
  void exit.finally(() => (exited = true));
  const started = await eventually(async () => (exited ? "" : out[0]), 30_000);
  try {
    if (started !== "") await body(started.slice("listening ".length));
  } finally {
    stop.abort();
  }
  return { code: await exit, err };
}

const savedState = async (file: string) => {
  try {
    return JSON.parse(await readFile(file, "utf8")) as { now: string; operations: Array<{ name: string; cancelTime?: string }> };
  } catch {
    return undefined; // not written yet
  }
};

describe("--state survives kill -9", () => {
  it("keeps every change of a fake killed with SIGKILL, and never writes through links planted at its temporary names", async () => {
    const folder = await tempFolder();
    const file = join(folder, "state.json");
    const victim = join(folder, "victim.txt");
    await writeFile(victim, VICTIM_TEXT);
    // One process (tsx as a loader, not its CLI, which runs the script in a child), so the PID killed is the fake's.
    const args = ["--import", "tsx", "scripts/start-fake.ts", "--control", "--manual-clock", "--state", file];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    try {
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      const url = (await eventually(async () => (out.includes("\n") ? out.split("\n")[0] : undefined), 30_000)).slice("listening ".length);
      // Links at the names the saves will try (the start-up check took the first), and at the name saves used before.
      const planted = [`state.json.${child.pid}.tmp`, ...Array.from({ length: 30 }, (_, n) => `.state.json.${child.pid}.${n + 1}.tmp`)];
      for (const name of planted) await symlink(victim, join(folder, name));

      const json = { "content-type": "application/json" };
      // The clock first, saved before the operations change, so their changes must be saved for themselves.
      const advanced = await (await fetch(`${url}/__control/clock:advance`, { method: "POST", headers: json, body: '{"by":"60s"}' })).json();
      await eventually(async () => ((await savedState(file))?.now === advanced.now ? true : undefined));
      expect((await fetch(`${url}${PARENT_PATH}/${RUNNING[0]}:cancel`, { method: "POST", headers: json, body: "{}" })).status).toBe(200);
      expect((await fetch(`${url}${PARENT_PATH}/${RUNNING[1]}`, { method: "DELETE" })).status).toBe(200);
      const added = JSON.stringify({ name: `${NAME_PREFIX}KEPT1`, duration: "90s" });
      expect((await fetch(`${url}/__control/operations`, { method: "POST", headers: json, body: added })).status).toBe(200);

      // Saved while the fake runs, with nothing asked of it: the file catches up with every change.
      const saved = await eventually(async () => {
        const state = await savedState(file);
        const has = (id: string) => state?.operations.find((op) => op.name.endsWith(`/${id}`));
        return state !== undefined && has("KEPT1") && !has(RUNNING[1]!) && has(RUNNING[0]!)?.cancelTime ? state : undefined;
      });
      expect(saved.now).toBe(advanced.now);

      expect(child.kill("SIGKILL")).toBe(true);
      expect(await exited).toBe("SIGKILL");
    } finally {
      child.kill("SIGKILL");
    }

    expect(await readFile(victim, "utf8")).toBe(VICTIM_TEXT);
    for (const name of await readdir(folder)) {
      if (name.endsWith(".tmp")) expect((await lstat(join(folder, name))).isSymbolicLink()).toBe(true);
    }
    const next = await runFake(["--control", "--manual-clock", "--state", file], async (url) => {
      const get = async (path: string) => fetch(`${url}${path}`).then(async (r) => ({ status: r.status, body: await r.json() }));
      expect((await get(`${PARENT_PATH}/${RUNNING[0]}`)).body.error.code).toBe(1);
      expect((await get(`${PARENT_PATH}/${RUNNING[1]}`)).status).toBe(404);
      expect((await get(`${PARENT_PATH}/KEPT1`)).body.done).toBeUndefined();
      expect((await get("/__control/stats")).body.size).toBe(40);
    });
    expect(next).toEqual({ code: 0, err: [] });
  }, 120_000);
});

describe("StateSaver", () => {
  it("saves a burst of changes in one write, shortly after the first", async () => {
    const folder = await tempFolder();
    const file = join(folder, "state.json");
    const store = new OperationStore(createManualClock());
    store.createAll(defaultSeed(store.clock.now()));
    let saves = 0;
    let saved!: () => void;
    const firstSave = new Promise<void>((resolve) => (saved = resolve));
    const saver = new StateSaver(file, store, { intervalMs: 50, onSaved: () => (saves++, saved()) });
    for (const id of RUNNING) store.cancel(NAME_PREFIX + id);
    await firstSave;
    expect(saves).toBe(1);
    expect((await savedState(file))!.operations.filter((op) => op.cancelTime !== undefined)).toHaveLength(RUNNING.length);
    store.delete(NAME_PREFIX + RUNNING[0]);
    await saver.close(); // saves what is left at once
    expect(saves).toBe(2);
    expect((await savedState(file))!.operations).toHaveLength(39);
  });
});

describe("--state problems, each one line naming the file", () => {
  it("exits 2 at start when the folder cannot take the file: missing, or a file in its place", async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, "plain-file"), "");
    for (const file of [join(folder, "missing", "state.json"), join(folder, "plain-file", "state.json")]) {
      const { code, err } = await runFake(["--state", file]);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(`state file ${file}: its folder`);
      expect(err[0]).not.toContain("\n");
    }
  });

  it.each([
    ["a directory", async (file: string) => void (await mkdir(file)), /is not a file/],
    ["bad JSON", (file: string) => writeFile(file, '{"operations": ['), /is not JSON/],
    ["not a list of operations", (file: string) => writeFile(file, '{"ops": []}'), /must hold an array of operations/],
    ["a bad operation", (file: string) => writeFile(file, JSON.stringify([{ name: `${NAME_PREFIX}X0` }, { name: `${NAME_PREFIX}X1`, duration: "soon" }])), /: operation 2 \("projects\/demo\/locations\/us-central1\/operations\/X1"\): duration "soon"/],
    ["an operation twice", (file: string) => writeFile(file, JSON.stringify([{ name: `${NAME_PREFIX}X1` }, { name: `${NAME_PREFIX}X1` }])), /operation 2 .* already exists/],
    ["an operation without a name", (file: string) => writeFile(file, JSON.stringify([{ kind: "deleteDetails" }])), /name/],
    ["a bad now", (file: string) => writeFile(file, JSON.stringify({ now: "yesterday", operations: [] })), /"now" "yesterday"/],
  ])("exits 1 for %s", async (_what, make, message) => {
    const file = join(await tempFolder(), "state.json");
    await make(file);
    const { code, err } = await runFake(["--state", file]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(`state file ${file}`);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain("\n");
  });
});
