import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_SERVERS, startBreakingProxy, startBrokenServer } from "../../contract-tests/broken-servers/index.js";
import { createFakeServer, parseFaultSpec, type FakeServer } from "../fake/index.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

const PARENT = "projects/demo/locations/us-central1";
/** Two quick scenarios keep these end-to-end runs fast. */
const ONLY = ["--only", "list-operations-are-well-formed", "--only", "getOperation-unknown-resource"];

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
    expect(without.out.stdout).toContain("pass --allow-destructive to let it cancel and delete");
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
  it("names --token as what runs the missing-token scenarios of a server that enforces auth", async () => {
    const { out, io } = collect();
    await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, "--only", "getOperation-missing-token", "--allow-untested"], io);
    expect(out.stdout).toMatch(/getOperation-missing-token\s+skipped/);
    expect(out.stdout).toContain("getOperation-missing-token (skipped): no token configured for the target (pass --token or --token-command)");
  });

  it("sends -H headers on every request, the SDK's included", async () => {
    const seen: Array<string | null> = [];
    const proxy = await startBreakingProxy(fake.url, { request: (req) => void seen.push(req.headers.get("x-goog-user-project")) });
    try {
      const argv = ["conformance", "--base-url", proxy.url, "--parent", PARENT, "--only", "client-lists-and-gets", "-H", "x-goog-user-project:billing-7", "--quiet"];
      expect(await runCli(argv, collect().io)).toBe(0);
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.every((value) => value === "billing-7")).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it("reports only the checks named by --checks, and leaves out --exclude-checks", async () => {
    const only = collect();
    await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...ONLY, "--checks", "statusCodeConformance", "--reporter", "json", "--quiet"], only.io);
    const checks = new Set((JSON.parse(only.out.stdout) as { results: { check: string }[] }).results.map((r) => r.check));
    expect([...checks]).toEqual(["statusCodeConformance"]);
    const without = collect();
    await runCli(["conformance", "--base-url", fake.url, "--parent", PARENT, ...ONLY, "--exclude-checks", "statusCodeConformance", "--reporter", "json", "--quiet"], without.io);
    const rest = (JSON.parse(without.out.stdout) as { results: { check: string }[] }).results.map((r) => r.check);
    expect(rest.length).toBeGreaterThan(2);
    expect(rest).not.toContain("statusCodeConformance");
  });

  it("gives each request --timeout to answer", async () => {
    const slow = await createFakeServer({ port: 0, host: "127.0.0.1", faults: [parseFaultSpec("*:latency:4000")] });
    try {
      const { out, io } = collect();
      const argv = ["conformance", "--base-url", slow.url, "--parent", PARENT, "--only", "getOperation-unknown-resource", "--reporter", "json", "--quiet"];
      // A second for each request: the reachability probe (not delayed) answers within it on a busy machine, the delayed get never.
      expect(await runCli([...argv, "--timeout", "1s"], io), out.stderr).toBe(1);
      const report = JSON.parse(out.stdout) as { results: { check: string; message?: string }[] };
      expect(report.results.find((r) => r.check === "scenario")?.message).toMatch(/TimeoutError/);
    } finally {
      await slow.close();
    }
  });
});
