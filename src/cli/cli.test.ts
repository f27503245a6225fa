import { describe, expect, it } from "vitest";
import { CHECK_NAMES } from "../../contract-tests/checks/catalog.js";
import { SDK_VERSION } from "../version.js";
import { CONFORMANCE_FLAGS, DEFAULT_TIMEOUT_MS, parseConformanceArgs } from "./conformance-args.js";
import { parseDuration, parseHeaders } from "./flag-values.js";
import type { FlagSpec } from "./flags.js";
import { MOCK_FLAGS } from "./mock-command.js";
import { outcomeOf } from "./outcome.js";
import { summarizeRun } from "./run-summary.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";
import { ALL_PASSED_REPORT, ALL_SKIPPED_REPORT, NOTHING_EXERCISED_REPORT, ONE_FAILED_REPORT } from "./test-support/reports.js";

const REQUIRED = ["--base-url", "http://127.0.0.1:1", "--parent", "projects/p/locations/l"];

const CONFORMANCE_HINT = "Run 'automl-ops conformance --help' for every flag.";
const GENERAL_HINT = "Run 'automl-ops --help' for the commands.";

describe("automl-ops usage errors", () => {
  it.each([
    [[], "no command given; commands: conformance, mock, fake, help", GENERAL_HINT],
    [["frobnicate"], 'unknown command "frobnicate"', GENERAL_HINT],
    [["conformnace"], 'unknown command "conformnace" (did you mean conformance?)', GENERAL_HINT],
    [["conformance"], "--base-url is required", CONFORMANCE_HINT],
    [["conformance", "--base-url", "http://x"], "--parent is required", CONFORMANCE_HINT],
    [["conformance", "--base-url", "not a url", "--parent", "projects/p/locations/l"], "--base-url is not a URL", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED.slice(0, 2), "--parent", "projects/p"], "--parent must look like projects/P/locations/L", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--reporter", "jsno"], '--reporter must be one of console, json, junit, html; got "jsno" (did you mean json?)', CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--token", "t", "--token-command", "echo t"], "either --token or --token-command", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--bogus"], "unknown flag --bogus", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--alow-destructive"], "unknown flag --alow-destructive (did you mean --allow-destructive?)", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--base-ulr=http://x"], "unknown flag --base-ulr (did you mean --base-url?)", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--timeout"], "--timeout needs a value", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "start-operations"], 'unexpected argument "start-operations": every value follows its flag (did you mean --start-operations?)', CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--timeout", "soon"], "--timeout must be a duration", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "-H", "Authorization:Bearer x"], "--header authorization is refused", CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--checks", "statusCodeConformance,noSuchCheck"], '--checks: unknown check "noSuchCheck"', CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--checks", "statusCodeConformanse"], '--checks: unknown check "statusCodeConformanse" (did you mean statusCodeConformance?)', CONFORMANCE_HINT],
    [["conformance", ...REQUIRED, "--exclude-checks", "typo"], '--exclude-checks: unknown check "typo"', CONFORMANCE_HINT],
    [["mock", "--port", "http"], "--port must be an integer", "Run 'automl-ops mock --help' for every flag."],
    [["mock", "--prot", "1"], "unknown flag --prot (did you mean --port?)", "Run 'automl-ops mock --help' for every flag."],
    [["help", "nothing"], 'no help for "nothing"', GENERAL_HINT],
    [["help", "cheks"], 'no help for "cheks" (did you mean checks?)', GENERAL_HINT],
  ])("%j exits 2 with %s in two lines, pointing to --help", async (argv, message, hint) => {
    const { out, io } = collect();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(out.stderr.trimEnd().split("\n")[1]).toBe(hint);
    expect(out.stdout).toBe("");
  });

  it("never echoes a --token value in a usage error", async () => {
    const { out, io } = collect();
    expect(await runCli(["conformance", ...REQUIRED, "--token", "tok-in-argv-0123456789", "--reporter", "tok-in-argv-0123456789"], io)).toBe(2);
    expect(out.stderr).toContain("--reporter must be one of");
    expect(out.stderr).not.toContain("tok-in-argv-0123456789");
  });
});

describe("automl-ops help", () => {
  function flagsIn(text: string, flags: readonly FlagSpec[]): string[] {
    return flags.filter((f) => !text.includes(`--${f.name}`) || (f.short !== undefined && !text.includes(`-${f.short}, --${f.name}`))).map((f) => f.name);
  }

  it("--version prints the kit's version", async () => {
    const { out, io } = collect();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(out.stdout).toBe(`automl-ops ${SDK_VERSION}\n`);
  });

  it("--help and help print the general usage, naming every command", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const { out, io } = collect();
      expect(await runCli(argv, io)).toBe(0);
      for (const command of ["conformance", "mock", "fake", "help", "--version"]) expect(out.stdout).toContain(command);
    }
  });

  it.each([
    ["conformance", CONFORMANCE_FLAGS],
    ["mock", MOCK_FLAGS],
  ])("help %s and %s --help list every flag the command takes", async (command, flags) => {
    const viaHelp = collect();
    expect(await runCli(["help", command], viaHelp.io)).toBe(0);
    const viaFlag = collect();
    expect(await runCli([command, "--help"], viaFlag.io)).toBe(0);
    expect(viaFlag.out.stdout).toBe(viaHelp.out.stdout);
    expect(viaHelp.out.stdout).toContain(`Usage: automl-ops ${command}`);
    expect(flagsIn(viaHelp.out.stdout, flags)).toEqual([]);
  });

  it("help fake and fake --help reach the fake's own help", async () => {
    const viaHelp = collect();
    expect(await runCli(["help", "fake"], viaHelp.io)).toBe(0);
    const viaFlag = collect();
    expect(await runCli(["fake", "--help"], viaFlag.io)).toBe(0);
    expect(viaHelp.out.stdout).toBe(viaFlag.out.stdout);
    expect(viaHelp.out.stdout).toMatch(/automl-ops fake/);
    expect(viaHelp.out.stdout).toContain("--require-auth");
  });

  it("help checks lists every check name --checks accepts, each with the rule it checks and its source", async () => {
    const { out, io } = collect();
    expect(await runCli(["help", "checks"], io)).toBe(0);
    for (const name of CHECK_NAMES) expect(out.stdout).toMatch(new RegExp(`^  ${name}\\n      \\S.+ \\(.+\\)$`, "m"));
    expect(out.stdout).toContain("  cancelEndedOperation\n      ");
    expect(out.stdout).toMatch(/AIP-151/);
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

  it("takes --timeout as a duration, 15 s when absent", () => {
    expect(parseConformanceArgs(REQUIRED).timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(parseConformanceArgs([...REQUIRED, "--timeout", "2m"]).timeoutMs).toBe(120_000);
    expect(parseDuration("timeout", "500ms")).toBe(500);
    expect(parseDuration("timeout", "1.5")).toBe(1_500);
    expect(() => parseDuration("timeout", "0s")).toThrow(/above 0/);
    expect(() => parseDuration("timeout", "2d")).toThrow(/duration/);
  });

  it("collects -H/--header into extra headers and refuses what a header cannot be", () => {
    const args = parseConformanceArgs([...REQUIRED, "-H", "x-goog-user-project: billing-1", "--header", "X-Trace:abc"]);
    expect(args.headers).toEqual({ "x-goog-user-project": "billing-1", "x-trace": "abc" });
    expect(() => parseHeaders(["no-colon"])).toThrow(/NAME:VALUE/);
    expect(() => parseHeaders(["bad name:x"])).toThrow(/not a valid header name/);
    expect(() => parseHeaders(["x-a:1\r\nx-b: 2"])).toThrow(/line break/);
    expect(() => parseHeaders(["proxy-authorization:x"])).toThrow(/--token/);
    expect(() => parseHeaders(["x-a:1", "X-A:2"])).toThrow(/twice/);
  });

  it("takes check names comma-separated or repeated", () => {
    const args = parseConformanceArgs([...REQUIRED, "--checks", "statusCodeConformance,answeredWith", "--checks", "noOperationRepeated"]);
    expect(args.checks).toEqual(["statusCodeConformance", "answeredWith", "noOperationRepeated"]);
    expect(parseConformanceArgs([...REQUIRED, "--exclude-checks", "notAServerError"]).excludeChecks).toEqual(["notAServerError"]);
  });

  it("warns for nothing and sends over http to loopback without --allow-insecure-http", () => {
    expect(parseConformanceArgs(REQUIRED).allowInsecureHttp).toBe(false);
    expect(parseConformanceArgs([...REQUIRED, "--allow-insecure-http"]).allowInsecureHttp).toBe(true);
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

  it("is 130 when the run was interrupted, whatever else happened", () => {
    expect(outcomeOf({ ...ONE_FAILED_REPORT, interrupted: true }, true)).toEqual({ exitCode: 130, reason: "interrupted after 3 of 3 scenarios" });
  });

  it("counts the scenarios of an interrupted run as the totals do: those that ran, of all", () => {
    const stopped = { scenario: "not-started", check: "interrupted", id: "not-started/interrupted", status: "skipped" as const, operationIds: [], durationMs: 0 };
    const report = { ...ONE_FAILED_REPORT, interrupted: true as const, results: [...ONE_FAILED_REPORT.results, stopped] };
    expect(outcomeOf(report, false).reason).toBe("interrupted after 3 of 4 scenarios; the report marks the other 1 interrupted");
    expect(summarizeRun(report, { startedAt: new Date(0), spec: { path: "spec.yaml" }, allowUntested: false }, outcomeOf(report, false)).totals.scenarios).toBe(4);
  });
});
