import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_SERVERS, startBrokenServer } from "../../contract-tests/broken-servers/index.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { runCli } from "./run.js";

const PARENT = "projects/demo/locations/us-central1";
/** Two quick scenarios keep these end-to-end runs fast. */
const ONLY = ["--only", "list-operations-are-well-formed", "--only", "getOperation-unknown-resource"];

function collect() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe("automl-ops conformance against the fake", () => {
  let fake: FakeServer;
  let dir: string;
  beforeAll(async () => {
    fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
    dir = await mkdtemp(join(tmpdir(), "automl-ops-cli-"));
  });
  afterAll(async () => {
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 0 with progress on stderr and the table on stdout when every check passes", async () => {
    const { out, io } = collect();
    expect(await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...ONLY], io)).toBe(0);
    expect(out.stderr).toContain("[1/2] list-operations-are-well-formed … passed");
    expect(out.stdout).toMatch(/list-operations-are-well-formed\s+passed/);
    expect(out.stdout).toMatch(/2 scenarios, \d+ checks: \d+ passed, 0 failed/);
  });

  it("exits 1 and names the failed check when the server breaks the contract", async () => {
    const flat = BROKEN_SERVERS.find((s) => s.id === "flat-error-body")!;
    const proxy = await startBrokenServer(flat, fake.url);
    try {
      const { out, io } = collect();
      expect(await runCli(["conformance", "--base-url", proxy.url, "--parent", PARENT, ...ONLY], io)).toBe(1);
      expect(out.stderr).toMatch(/getOperation-unknown-resource … failed \(.*errorEnvelopeConformance\)/);
      expect(out.stdout).toContain("Error without the AIP-193 envelope");
    } finally {
      await proxy.close();
    }
  });

  it("exits 1 when the parent holds no operations, and 0 once that is accepted", async () => {
    const empty = ["conformance", "--base-url", fake.url, "--parent", "projects/nobody/locations/l", ...ONLY, "--quiet"];
    const first = collect();
    expect(await runCli(empty, first.io)).toBe(1);
    expect(first.out.stderr).toContain("not fully exercised");
    expect(first.out.stdout).toContain("no operations under projects/nobody/locations/l");
    expect(await runCli([...empty, "--allow-untested"], collect().io)).toBe(0);
  });

  it("writes a json report that holds every check result to --output", async () => {
    const file = join(dir, "report.json");
    const { io } = collect();
    await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...ONLY, "--reporter", "json", "--output", file], io);
    const report = JSON.parse(await readFile(file, "utf8")) as { results: { id: string; status: string }[] };
    expect(report.results.map((r) => r.id)).toContain("getOperation-unknown-resource/errorEnvelopeConformance");
  });

  it("skips cancel and delete with a reason unless --allow-destructive is given", async () => {
    const only = ["--only", "delete-then-get-is-not-found", "--reporter", "json", "--quiet", "--allow-untested"];
    const without = collect();
    await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...only], without.io);
    expect(without.out.stdout).toContain("needs capability destructive");
    const withFlag = collect();
    expect(await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...only, "--allow-destructive"], withFlag.io)).toBe(0);
    expect(withFlag.out.stdout).toContain('"delete-then-get-is-not-found/answeredWith"');
  });

  it("--via-proxy runs through Prism's validating proxy, which reports what the server breaks", async () => {
    const untyped = BROKEN_SERVERS.find((s) => s.id === "metadata-without-type")!;
    const proxy = await startBrokenServer(untyped, fake.url);
    try {
      const { out, io } = collect();
      const argv = ["conformance", "--base-url", proxy.url, "--parent", PARENT, "--via-proxy", "--token", "t"];
      expect(await runCli([...argv, "--only", "get-returns-the-listed-operation", "--reporter", "json"], io)).toBe(1);
      expect(out.stderr).toContain("Prism's validating proxy at http://127.0.0.1:");
      const report = JSON.parse(out.stdout) as { results: { id: string; status: string }[] };
      const failed = report.results.filter((r) => r.status === "failed").map((r) => r.id);
      expect(failed).toContain("get-returns-the-listed-operation/noProxyViolations");
      expect(failed).toContain("get-returns-the-listed-operation/anyCarriesType");
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
