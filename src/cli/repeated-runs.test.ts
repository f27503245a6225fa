/**
 * Runs against one long-lived fake follow one another: a run removes only what it created (or what
 * --start-requests names), and once the fake's running operations are used up it cancels and deletes
 * operations it started itself. Each run here is the part of a whole run that changes state: the
 * cancels and deletes, the model the run trains and removes, and the dataset delete it must not make.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUICK_START_DURATIONS } from "../../contract-tests/targets/local.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { EXIT_PASSED } from "./outcome.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

const PARENT = "projects/demo/locations/us-central1";
const RUNS = 10;
/** What each run removes or uses up: the scenarios that cancel and delete, the model a run trains and removes, the dataset delete. */
const CHANGING = ["cancel-", "client-cancel-", "client-delete-", "delete-then-get", "createModel-lifecycle-complete", "deleteModel-lifecycle", "deleteDataset-lifecycle"];

let fake: FakeServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-repeat-"));
  fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true, startDurations: QUICK_START_DURATIONS });
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

function conformance(only: readonly string[], ...more: string[]): string[] {
  const chosen = only.flatMap((prefix) => ["--only", prefix]);
  return ["conformance", "--base-url", fake.url, "--parent", PARENT, "--token", "any-token", "--allow-destructive", "--start-operations", ...chosen, "--quiet", ...more];
}

describe("runs against one fake with --start-operations", () => {
  it(`pass ${RUNS} times in a row, and leave the fake's own models and datasets in place`, async () => {
    const before = fake.resources.names();
    for (let run = 1; run <= RUNS; run++) {
      const { out, io } = collect();
      expect(await runCli(conformance(CHANGING), io), `run ${run}:\n${out.stdout}\n${out.stderr}`).toBe(EXIT_PASSED);
      expect(out.stdout).toMatch(/deleteDataset-lifecycle-complete\s+skipped/);
    }
    for (const name of before) expect(fake.resources.names(), name).toContain(name);
  }, 120_000);

  it("skip a dataset delete the run has nothing of its own for, saying how to name one", async () => {
    const { out, io } = collect();
    expect(await runCli(conformance(["deleteDataset-lifecycle"], "--allow-untested"), io)).toBe(EXIT_PASSED);
    expect(out.stdout).toContain(
      'deleteDataset removes only what the run created or what --start-requests names, and this run created no datasets: name one to delete with --start-requests {"deleteDataset": {"path": {"datasetsId": "…"}}}',
    );
  });

  it("delete the dataset --start-requests names", async () => {
    const doomed = `${PARENT}/datasets/TCN6188817224573730816`;
    expect(fake.resources.names()).toContain(doomed);
    const file = join(dir, "starts.json");
    await writeFile(file, JSON.stringify({ deleteDataset: { path: { datasetsId: "TCN6188817224573730816" } } }));
    const output = join(dir, "report.json");
    const { out, io } = collect();
    const argv = conformance(["deleteDataset-lifecycle"], "--start-requests", file, "--reporter", "json", "--output", output);
    expect(await runCli(argv, io), out.stderr).toBe(EXIT_PASSED);
    const report = JSON.parse(await readFile(output, "utf8")) as { results: Array<{ scenario: string; status: string }> };
    expect(report.results.filter((r) => r.scenario === "deleteDataset-lifecycle-complete").map((r) => r.status)).toContain("passed");
    expect(fake.resources.names()).not.toContain(doomed);
  });
});
