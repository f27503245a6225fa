/**
 * The token never appears in anything the CLI writes: stdout, stderr (progress, summaries, errors) and
 * every report file (console, json, junit, html, HAR), even when the server echoes it back in every form.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBreakingProxy, type Breakage } from "../../contract-tests/broken-servers/index.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

const PARENT = "projects/demo/locations/us-central1";
const TOKEN = "ya29.LEAKCHECK-token/with+odd=chars";
const ONLY = ["--only", "getOperation-unknown-resource", "--only", "client-lists-and-gets", "--only", "getOperation-missing-token"];

/** Echoes the Authorization header as is, percent-encoded and JSON-escaped, in headers and bodies; unknown ids answer 500. */
const ECHO: Breakage = {
  response(res, req) {
    const auth = req.headers.get("authorization") ?? "";
    const headers = new Headers(res.headers);
    headers.set("x-echo-authorization", auth);
    headers.set("x-echo-encoded", encodeURIComponent(auth));
    if (res.status < 400) return { ...res, headers };
    const status = req.url.pathname.includes("contract-test-missing") && auth !== "" ? 500 : res.status;
    const body = JSON.stringify({ error: { code: status, message: `you sent ${auth}; encoded ${encodeURIComponent(auth)}`, status: "INTERNAL" } });
    return { status, headers, body };
  },
};

let fake: FakeServer;
let proxy: { url: string; close(): Promise<void> };
let dir: string;

beforeAll(async () => {
  fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true });
  proxy = await startBreakingProxy(fake.url, ECHO);
  dir = await mkdtemp(join(tmpdir(), "automl-ops-leak-"));
});
afterAll(async () => {
  await proxy?.close();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every file the runs wrote, and everything they printed. */
async function everything(printed: string[]): Promise<string> {
  const files = await readdir(dir);
  const contents = await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")));
  return [...printed, ...contents].join("\n");
}

describe("the token stays out of every output", () => {
  it("when the server echoes it in headers, bodies and error messages", async () => {
    const printed: string[] = [];
    for (const reporter of ["console", "json", "junit", "html"]) {
      const { out, io } = collect();
      const args = ["conformance", "--base-url", proxy.url, "--parent", PARENT, "--token", TOKEN, ...ONLY, "--reporter", reporter];
      // Once to stdout and once to files, progress on stderr each time.
      expect(await runCli(args, io)).toBe(1);
      const toFile = collect();
      const files = ["--output", join(dir, `report.${reporter}`), "--har", join(dir, `run-${reporter}.har`)];
      expect(await runCli([...args, ...files], toFile.io)).toBe(1);
      printed.push(out.stdout, out.stderr, toFile.out.stdout, toFile.out.stderr);
    }
    const all = await everything(printed);
    // The run saw the echo: the server's message reached the reports, redacted.
    expect(all).toContain("you sent Bearer [REDACTED]");
    for (const form of [TOKEN, encodeURIComponent(TOKEN), JSON.stringify(TOKEN).slice(1, -1), "LEAKCHECK"]) {
      expect(all).not.toContain(form);
    }
    const har = JSON.parse(await readFile(join(dir, "run-json.har"), "utf8")) as { log: { entries: Array<{ request: { headers: Array<{ name: string; value: string }> } }> } };
    const sent = har.log.entries.flatMap((e) => e.request.headers).filter((h) => h.name === "authorization");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((h) => h.value === "Bearer [REDACTED]")).toBe(true);
  }, 60_000);

  it("when --token-command prints a token with CR/LF: refused, and no part of it printed", async () => {
    const { out, io } = collect();
    const command = "printf 'PARTONE-of-secret\\r\\nPARTTWO-of-secret\\n'";
    const report = join(dir, "crlf.json");
    const argv = ["conformance", "--base-url", proxy.url, "--parent", PARENT, "--token-command", command, "--output", report, "--har", join(dir, "crlf.har")];
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toContain("--token-command gave a token of");
    // Nothing was written: the run never started.
    expect((await readdir(dir)).filter((f) => f.startsWith("crlf"))).toEqual([]);
    for (const part of ["PARTONE", "PARTTWO"]) expect(out.stdout + out.stderr).not.toContain(part);
  });
});
