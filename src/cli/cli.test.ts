import { describe, expect, it } from "vitest";
import { parseConformanceArgs } from "./conformance-args.js";
import { outcomeOf } from "./outcome.js";
import { runCli } from "./run.js";
import { tokenFromCommand } from "./token-command.js";
import { ALL_PASSED_REPORT, ALL_SKIPPED_REPORT, NOTHING_EXERCISED_REPORT, ONE_FAILED_REPORT } from "./test-support/reports.js";

function collect() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

const REQUIRED = ["--base-url", "http://127.0.0.1:1", "--parent", "projects/p/locations/l"];

describe("automl-ops usage errors", () => {
  it.each([
    [[], "no command given"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["conformance"], "--base-url is required"],
    [["conformance", "--base-url", "http://x"], "--parent is required"],
    [["conformance", "--base-url", "not a url", "--parent", "projects/p/locations/l"], "--base-url is not a URL"],
    [["conformance", ...REQUIRED.slice(0, 2), "--parent", "projects/p"], "--parent must look like projects/P/locations/L"],
    [["conformance", ...REQUIRED, "--reporter", "tap"], "--reporter must be one of console, json, junit"],
    [["conformance", ...REQUIRED, "--token", "t", "--token-command", "echo t"], "either --token or --token-command"],
    [["conformance", ...REQUIRED, "--bogus"], "Unknown option '--bogus'"],
    [["mock", "--port", "http"], "--port must be an integer"],
  ])("%j exits 2 with %s and the usage", async (argv, message) => {
    const { out, io } = collect();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain("Usage: automl-ops <command>");
  });

  it("--help prints the usage on stdout and exits 0", async () => {
    const { out, io } = collect();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.stdout).toContain("--allow-destructive");
  });
});

describe("conformance options", () => {
  it("makes destructive calls only with --allow-destructive", () => {
    expect(parseConformanceArgs(REQUIRED).allowDestructive).toBe(false);
    expect(parseConformanceArgs([...REQUIRED, "--allow-destructive"]).allowDestructive).toBe(true);
  });

  it("keeps a token command to run later, not its output", () => {
    expect(parseConformanceArgs([...REQUIRED, "--token-command", "gcloud auth print-access-token"]).token).toEqual({
      command: "gcloud auth print-access-token",
    });
  });
});

describe("exit code of a report", () => {
  it("is 0 when every check that ran passed", () => {
    expect(outcomeOf(ALL_PASSED_REPORT, false).exitCode).toBe(0);
  });

  it("is 1 when a check failed, even with --allow-untested", () => {
    expect(outcomeOf(ONE_FAILED_REPORT, true)).toEqual({ exitCode: 1, reason: "1 check(s) failed" });
  });

  it("is 1 when the run could not exercise the contract, unless accepted", () => {
    expect(outcomeOf(NOTHING_EXERCISED_REPORT, false).exitCode).toBe(1);
    expect(outcomeOf(NOTHING_EXERCISED_REPORT, false).reason).toContain("no operations under projects/p/locations/l");
    expect(outcomeOf(NOTHING_EXERCISED_REPORT, true).exitCode).toBe(0);
  });

  it("is 1 when an operation of the spec has no semantic scenario, unless accepted", () => {
    const uncovered = { ...ALL_PASSED_REPORT, uncovered: ["getLocation"] };
    expect(outcomeOf(uncovered, false).reason).toContain("getLocation: no semantic scenario");
    expect(outcomeOf(uncovered, true).exitCode).toBe(0);
  });

  it("treats a run where every check was skipped as not exercised", () => {
    expect(outcomeOf(ALL_SKIPPED_REPORT, false).reason).toContain("every check was skipped");
  });
});

describe("--token-command", () => {
  it("uses the command's trimmed output, running it once", async () => {
    const token = tokenFromCommand(`node -e "process.stdout.write('  tok-' + Date.now() + '\\n')"`);
    const first = await token();
    expect(first).toMatch(/^tok-\d+$/);
    expect(await token()).toBe(first);
  });

  it("fails with the command's error when it fails or prints nothing", async () => {
    await expect(tokenFromCommand(`node -e "process.exit(3)"`)()).rejects.toThrow(/--token-command failed/);
    await expect(tokenFromCommand(`node -e ""`)()).rejects.toThrow(/printed no token/);
  });
});
