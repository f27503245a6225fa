/**
 * Ctrl-C for real: the CLI runs as a child process against a slow fake and gets SIGINT mid-run. It must
 * stop, write the report of what ran (to --output too) and exit 130.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../scripts/spec-file.js";
import { createFakeServer, parseFaultSpec, type FakeServer } from "../fake/index.js";
import type { RunSummary } from "./run-summary.js";

let fake: FakeServer;
let dir: string;
beforeAll(async () => {
  // Every answer takes 150 ms, so the run is still going when the signal comes.
  fake = await createFakeServer({ port: 0, host: "127.0.0.1", faults: [parseFaultSpec("*:latency:150")] });
  dir = await mkdtemp(join(tmpdir(), "automl-ops-sigint-"));
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source; sends SIGINT once stderr shows `after`. */
function runAndInterrupt(args: string[], after: RegExp): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "src/cli/main.ts"), ...args], {
      cwd: PACKAGE_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the CLI did not stop; stderr so far:\n${stderr}`));
    }, 60_000);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && after.test(stderr)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("Ctrl-C during a run", () => {
  it("stops, writes the report of what ran to --output, and exits 130", async () => {
    const output = join(dir, "report.json");
    const finished = await runAndInterrupt(
      ["conformance", "--base-url", fake.url, "--parent", "projects/demo/locations/us-central1", "--profile", "fake", "--reporter", "json", "--output", output],
      /\[ *2\/\d+\]/,
    );
    expect(finished.code, finished.stderr).toBe(130);
    expect(finished.stderr).toContain("SIGINT: stopping; the report of what ran follows");
    expect(finished.stderr).toContain(`report written to ${output}`);
    const report = JSON.parse(await readFile(output, "utf8")) as { summary: RunSummary; results: Array<{ scenario: string }>; interrupted?: boolean };
    expect(report.interrupted).toBe(true);
    expect(report.summary).toMatchObject({ passed: false, exitCode: 130, interrupted: true });
    const ran = new Set(report.results.map((r) => r.scenario)).size;
    expect(ran).toBeGreaterThanOrEqual(2);
    expect(ran).toBeLessThan(38);
  }, 90_000);

  it("prints the console report of what ran to stdout, then exits 130", async () => {
    const finished = await runAndInterrupt(
      ["conformance", "--base-url", fake.url, "--parent", "projects/demo/locations/us-central1", "--profile", "fake"],
      /\[ *1\/\d+\]/,
    );
    expect(finished.code, finished.stderr).toBe(130);
    expect(finished.stdout).toContain("Result: not passed (exit 130): interrupted");
  }, 90_000);
});
