import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBreakingProxy } from "../../contract-tests/broken-servers/index.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { capabilitiesOf, parseConformanceArgs } from "./conformance-args.js";
import { EXIT_INCOMPLETE, EXIT_PASSED } from "./outcome.js";
import { runCli } from "./run.js";
import { UsageError } from "./usage-error.js";

const PARENT = "projects/demo/locations/us-central1";
const REQUIRED = ["--base-url", "http://127.0.0.1:1", "--parent", PARENT];

function collect() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe("conformance flags for workers, cancel timeout, throttle budget and auth", () => {
  it("parses --workers, --cancel-timeout and --throttle-budget as a count and Durations", () => {
    const args = parseConformanceArgs([...REQUIRED, "--workers", "3", "--cancel-timeout", "12.5s", "--throttle-budget", "90s"]);
    expect(args).toMatchObject({ workers: 3, cancelTimeoutMs: 12_500, throttleBudgetMs: 90_000 });
    expect(parseConformanceArgs(REQUIRED).workers).toBeUndefined();
  });

  it("refuses a bad value, naming the option", () => {
    expect(() => parseConformanceArgs([...REQUIRED, "--workers", "0"])).toThrow(/--workers must be an integer from 1 to 64/);
    expect(() => parseConformanceArgs([...REQUIRED, "--cancel-timeout", "soon"])).toThrow(UsageError);
    expect(() => parseConformanceArgs([...REQUIRED, "--throttle-budget", "1y"])).toThrow(/--throttle-budget must be a duration/);
  });

  it("--auth-not-enforced turns the auth capability off", () => {
    expect(capabilitiesOf(parseConformanceArgs(REQUIRED)).auth).toBe(true);
    expect(capabilitiesOf(parseConformanceArgs([...REQUIRED, "--auth-not-enforced"])).auth).toBe(false);
  });
});

describe("automl-ops conformance with the new flags", () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => fake?.close());

  it("passes a server that does not enforce auth when told so, the missing-token check skipped", async () => {
    const { out, io } = collect();
    const argv = ["conformance", "--base-url", fake.url, "--parent", PARENT, "--token", "t0ken-for-the-cli", "--only", "listOperations-missing-token", "--only", "list-operations", "--auth-not-enforced", "--workers", "1"];
    expect(await runCli(argv, io)).toBe(EXIT_PASSED);
    expect(out.stdout).toMatch(/listOperations-missing-token\s+skipped/);
  });

  it("exits 3 when the server's throttling outlasts --throttle-budget", async () => {
    const throttling = await startBreakingProxy(fake.url, {
      request: () => ({
        status: 429,
        headers: new Headers({ "content-type": "application/json", "retry-after": "1" }),
        body: JSON.stringify({ error: { code: 429, message: "Quota exceeded.", status: "RESOURCE_EXHAUSTED" } }),
      }),
    });
    try {
      const { out, io } = collect();
      const argv = ["conformance", "--base-url", throttling.url, "--parent", PARENT, "--only", "list-operations-are-well-formed", "--throttle-budget", "1.5s", "--quiet"];
      expect(await runCli(argv, io)).toBe(EXIT_INCOMPLETE);
      expect(out.stderr).toMatch(/could not complete: throttled/);
    } finally {
      await throttling.close();
    }
  });
});
