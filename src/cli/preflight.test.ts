import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run.js";
import { closedPort, collect, startCountingServer, type CountingServer } from "./test-support/io.js";
import { listenOnLoopback } from "../test-support/loopback-server.js";

const PARENT = "projects/demo/locations/us-central1";
let server: CountingServer;
let dir: string;

beforeAll(async () => {
  server = await startCountingServer();
  dir = await mkdtemp(join(tmpdir(), "automl-ops-preflight-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
});

function conformance(...more: string[]): string[] {
  return ["conformance", "--base-url", server.url, "--parent", PARENT, ...more];
}

/** Runs the CLI and expects exit 2 with exactly one line on stderr, nothing on stdout. */
async function refused(argv: string[]): Promise<string> {
  const { out, io } = collect();
  expect(await runCli(argv, io)).toBe(2);
  expect(out.stdout).toBe("");
  const lines = out.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe("preflight: a run that cannot succeed ends before any scenario, exit 2, one line", () => {
  it("when the server cannot be reached", async () => {
    const port = await closedPort();
    const line = await refused(["conformance", "--base-url", `http://127.0.0.1:${port}`, "--parent", PARENT]);
    expect(line).toBe(`automl-ops: cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it("when the server does not answer within --timeout", async () => {
    const silent = createServer(() => undefined);
    const { url, close } = await listenOnLoopback(silent);
    try {
      expect(await refused(["conformance", "--base-url", url, "--parent", PARENT, "--timeout", "200ms"])).toBe(
        `automl-ops: cannot reach ${url}: no answer in time (see --timeout)`,
      );
    } finally {
      await close();
    }
  });

  it("when the --token-command fails, prints nothing or cannot be run, and nothing is sent", async () => {
    expect(await refused(conformance("--token-command", "echo SECRET-ON-STDOUT; echo gcloud is not logged in >&2; exit 4"))).toBe(
      "automl-ops: --token-command failed with exit code 4: gcloud is not logged in",
    );
    expect(await refused(conformance("--token-command", "true"))).toBe("automl-ops: --token-command printed no token");
    expect(server.requests).toEqual([]);
  });

  it("when the token holds a character a header cannot carry, without showing the token", async () => {
    const line = await refused(conformance("--token-command", "printf 'first-half-of-it\\r\\nsecond-half-of-it\\n'"));
    expect(line).toBe(
      "automl-ops: --token-command gave a token of 35 characters with a carriage return at position 17, which an Authorization header cannot carry (RFC 6750: visible ASCII only)",
    );
    const literal = await refused(conformance("--token", "tok\u0000en-with-a-nul"));
    expect(literal).toContain("--token gave a token of 17 characters with a NUL at position 4");
    expect(literal).not.toContain("en-with-a-nul");
    expect(server.requests).toEqual([]);
  });

  it("when the token would travel in clear text to a host that is not loopback", async () => {
    const line = await refused(["conformance", "--base-url", "http://automl.example.invalid", "--parent", PARENT, "--token", "a-real-looking-token-123"]);
    expect(line).toBe(
      "automl-ops: refusing to send the token in clear text to http://automl.example.invalid: use https, or pass --allow-insecure-http to accept the risk",
    );
  });

  it("when the --output or --har folder cannot be written", async () => {
    expect(await refused(conformance("--output", join(dir, "missing", "report.xml")))).toBe(
      `automl-ops: cannot write --output ${join(dir, "missing", "report.xml")}: the folder ${join(dir, "missing")} does not exist`,
    );
    const file = join(dir, "a-file");
    await writeFile(file, "");
    expect(await refused(conformance("--har", join(file, "run.har")))).toBe(
      `automl-ops: cannot write --har ${join(file, "run.har")}: the folder ${file} is not a folder`,
    );
    expect(await refused(conformance("--output", dir))).toBe(`automl-ops: cannot write --output ${dir}: it is a folder`);
    expect(server.requests).toEqual([]);
  });

  it("when --output names a file that cannot be opened for writing, found by writing (a /proc folder)", async () => {
    expect(await refused(conformance("--output", "/proc/r.json"))).toBe(
      "automl-ops: cannot write --output /proc/r.json: opening it for writing failed with ENOENT",
    );
    expect(server.requests).toEqual([]);
  });

  it("leaves no file behind when --output can be written, and keeps an existing one as it was", async () => {
    const existing = join(dir, "kept.json");
    await writeFile(existing, "earlier report");
    const { io } = collect();
    await runCli(conformance("--output", existing, "--har", join(dir, "fresh.har"), "--only", "nosuch"), io);
    expect(await readFile(existing, "utf8")).toBe("earlier report");
    await expect(readFile(join(dir, "fresh.har"))).rejects.toThrow(/ENOENT/);
  });

  it("when --base-url ends with the spec's version segment, saying what to drop", async () => {
    expect(await refused(["conformance", "--base-url", `${server.url}/v1beta1/`, "--parent", PARENT])).toBe(
      `automl-ops: --base-url ends with /v1beta1, which the spec's paths begin with: drop it (--base-url ${server.url})`,
    );
    expect(server.requests).toEqual([]);
  });

  it("when --only matches no scenario, naming the nearest and every scenario id", async () => {
    const line = await refused(conformance("--only", "cancel-runing"));
    expect(line).toMatch(/^automl-ops: --only "cancel-runing" matches no scenario \(did you mean cancel-running-[a-z-]+\?\); the \d+ scenarios: /);
    expect(line).toContain("getOperation-unknown-resource");
    expect(server.requests).toEqual([]);
  });

  it("when the --spec file cannot be read or is no spec", async () => {
    const missing = join(dir, "nope.yaml");
    expect(await refused(conformance("--spec", missing))).toBe(`automl-ops: cannot read --spec ${missing}: no such file`);
    const notSpec = join(dir, "not-a-spec.yaml");
    await writeFile(notSpec, "just: a map\n");
    expect(await refused(conformance("--spec", notSpec))).toBe(`automl-ops: cannot read --spec ${notSpec}: it is not an OpenAPI document (no paths)`);
    expect(server.requests).toEqual([]);
  });

  it("sends only its reachability probe, without the token, before the scenarios", async () => {
    const { io } = collect();
    await runCli(conformance("--token", "probe-token-0123456789", "--only", "getOperation-unknown-resource", "--quiet"), io);
    expect(server.requests[0]).toEqual({ method: "GET", url: "/" });
    expect(server.requests.slice(1).every((r) => r.authorization === "Bearer probe-token-0123456789")).toBe(true);
  });
});

describe("Ctrl-C before the run starts", () => {
  it("stops a --token-command still running and exits 130, having sent nothing", async () => {
    const controller = new AbortController();
    const { out, io } = collect(controller.signal);
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    expect(await runCli(conformance("--token-command", "sleep 30"), io)).toBe(130);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out.stderr).toContain("automl-ops: interrupted before the run started");
    expect(server.requests).toEqual([]);
  });
});

describe("--allow-insecure-http", () => {
  it("warns that the token may travel in clear text", async () => {
    const { out, io } = collect();
    await runCli(conformance("--token", "t0k3n-value-long-enough", "--allow-insecure-http", "--only", "getOperation-unknown-resource", "--quiet"), io);
    expect(out.stderr).toContain("warning: --allow-insecure-http: the token may travel in clear text");
  });
});
