/**
 * `automl-ops conformance --start-operations`: the lifecycle scenarios of the methods that start
 * operations run only when asked, with requests from the spec's examples or a --start-requests file that
 * is checked before anything is sent, and a whole run against the fake covers every such method.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUICK_START_DURATIONS } from "../../contract-tests/targets/local.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { readStarters } from "../spec/operation-info.js";
import { readSpecFile } from "../spec/read-spec.js";
import { capabilitiesOf, parseConformanceArgs } from "./conformance-args.js";
import { EXIT_PASSED, EXIT_USAGE } from "./outcome.js";
import { runCli } from "./run.js";
import { collect, startCountingServer } from "./test-support/io.js";

const PARENT = "projects/demo/locations/us-central1";
const REQUIRED = ["--base-url", "http://127.0.0.1:1", "--parent", PARENT];
const STARTERS = readStarters(readSpecFile()).map((s) => s.operationId);

let dir: string;
let fake: FakeServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-start-"));
  fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true, startDurations: QUICK_START_DURATIONS });
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("flags of started operations", () => {
  it("--start-operations turns the startOperations capability on, whatever the profile", () => {
    expect(capabilitiesOf(parseConformanceArgs(REQUIRED)).startOperations).toBe(false);
    expect(capabilitiesOf(parseConformanceArgs([...REQUIRED, "--profile", "fake"])).startOperations).toBe(false);
    expect(capabilitiesOf(parseConformanceArgs([...REQUIRED, "--start-operations"])).startOperations).toBe(true);
  });

  it("parses --operation-timeout as a Duration and --start-requests as a file", () => {
    expect(parseConformanceArgs([...REQUIRED, "--operation-timeout", "3h", "--start-requests", "starts.json"])).toMatchObject({
      operationTimeoutMs: 10_800_000,
      startRequestsFile: "starts.json",
    });
    expect(() => parseConformanceArgs([...REQUIRED, "--operation-timeout", "later"])).toThrow(/--operation-timeout/);
    expect(() => parseConformanceArgs([...REQUIRED, "--start-requests", " "])).toThrow(/--start-requests is empty/);
  });

  it("refuses a --start-requests file that does not fit the spec before sending anything, exit 2", async () => {
    const server = await startCountingServer();
    try {
      const file = join(dir, "bad-starts.json");
      await writeFile(file, JSON.stringify({ deployModle: {}, createModel: { body: { displayName: "x" } } }));
      const { out, io } = collect();
      const argv = ["conformance", "--base-url", server.url, "--parent", PARENT, "--start-operations", "--start-requests", file];
      expect(await runCli(argv, io)).toBe(EXIT_USAGE);
      expect(out.stderr).toMatch(/^automl-ops: --start-requests: start requests do not fit the spec/);
      expect(out.stderr).toMatch(/- "deployModle" is not a method of the spec that starts operations/);
      expect(out.stderr).toMatch(/- createModel: body does not match its schema: .*\/ must have required property 'datasetId'/);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("automl-ops conformance against the fake", () => {
  it("skips the lifecycle scenarios without --start-operations, naming the flag", async () => {
    const { out, io } = collect();
    const argv = ["conformance", "--base-url", fake.url, "--parent", PARENT, "--token", "any-token", "--only", "deployModel-lifecycle", "--allow-untested", "--quiet"];
    expect(await runCli(argv, io)).toBe(EXIT_PASSED);
    expect(out.stdout).toMatch(/deployModel-lifecycle-complete\s+skipped/);
    expect(out.stdout).toContain("pass --start-operations to let it start operations");
  });

  it("with --allow-destructive --start-operations passes, every method that starts operations covered by its lifecycle", async () => {
    const output = join(dir, "report.json");
    // A run deletes only datasets it created or that the requests name; it creates none, so one is named.
    const starts = join(dir, "starts.json");
    await writeFile(starts, JSON.stringify({ deleteDataset: { path: { datasetsId: "ICN3704830353955782656" } } }));
    const { out, io } = collect();
    const argv = ["conformance", "--base-url", fake.url, "--parent", PARENT, "--token", "any-token", "--allow-destructive", "--start-operations", "--start-requests", starts, "--reporter", "json", "--output", output, "--quiet"];
    expect(await runCli(argv, io), out.stderr).toBe(EXIT_PASSED);
    const report = JSON.parse(await readFile(output, "utf8")) as { uncovered: string[]; coverage: Record<string, { semantic: string[] }>; results: Array<{ status: string }> };
    expect(report.uncovered).toEqual([]);
    expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
    for (const id of STARTERS) expect(report.coverage[id]?.semantic, id).toContain(`${id}-lifecycle-complete`);
  }, 90_000);
});
