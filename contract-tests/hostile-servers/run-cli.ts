/**
 * Runs `automl-ops conformance` from the sources as a child process, the way a user runs it, and
 * returns its exit code, its JSON report and its peak memory (peak-rss.ts). Each run is bounded: the
 * child is killed after `killAfterMs` and the result says so.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../scripts/spec-file.js";

export interface CliRun {
  code: number | null;
  /** The JSON report (stdout), when the run wrote one. */
  report: { results: Array<{ check: string; status: string; message?: string }> } | undefined;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the child, in MiB. */
  peakRssMiB: number | undefined;
  wallMs: number;
  killed: boolean;
}

/** A token and a credential header, to show neither reaches another origin. */
export const CLI_TOKEN = "hostile-corpus-token";
export const CLI_API_KEY = "hostile-corpus-api-key";

export function runCli(baseUrl: string, extra: readonly string[] = [], killAfterMs = 60_000): Promise<CliRun> {
  const args = [
    "--import", "tsx",
    "--import", join(PACKAGE_ROOT, "contract-tests/hostile-servers/peak-rss.ts"),
    join(PACKAGE_ROOT, "src/cli/main.ts"),
    "conformance",
    "--base-url", baseUrl,
    "--parent", "projects/demo/locations/us-central1",
    "--token", CLI_TOKEN,
    "-H", `x-goog-api-key:${CLI_API_KEY}`,
    "--reporter", "json",
    "--quiet",
    ...extra,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let killed = false;
    const guard = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, killAfterMs);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(guard);
      const peak = /PEAK_RSS_KIB (\d+)/.exec(stderr);
      let report: CliRun["report"];
      try {
        report = JSON.parse(stdout) as CliRun["report"];
      } catch {
        report = undefined;
      }
      resolve({
        code,
        report,
        stdout,
        stderr,
        peakRssMiB: peak ? Number(peak[1]) / 1024 : undefined,
        wallMs: performance.now() - started,
        killed,
      });
    });
  });
}
