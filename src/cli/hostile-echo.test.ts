/**
 * Against a server that echoes the token and the credential -H headers in every encoding a reader
 * decodes (JSON `\u` escapes, percent-encoding, base64 alone, after `Bearer `/`Basic ` and at each
 * alignment) into bodies, headers, reason phrases and error messages, with terminal controls and lone
 * surrogates beside them: no output of the CLI, no report file and no HAR holds any secret, read as
 * text, parsed as JSON (bodies too, as HAR viewers parse them) or base64-decoded; the console output
 * holds nothing a terminal acts on, the JSON report is strict UTF-8 JSON and the JUnit report valid.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { decodedViews } from "../secret-views.js";
import { runCli } from "./run.js";
import { startHostileEcho } from "./test-support/hostile-echo.js";
import { collect } from "./test-support/io.js";
import { checkJunit10Rules, validateWithXmllint } from "./test-support/junit-schema.js";

const PARENT = "projects/demo/locations/us-central1";
/** Every secret carries the marker, so any piece of one that survives is found. */
const MARKER = "SEKRIT";
const TOKEN = `ya29.${MARKER}-echo_token/with+odd=chars`;
const API_KEY = `AIzaSy${MARKER}-api-key-0123456789`;
const COOKIE = `SID=${MARKER}cookie0123456789`;
const SECRETS = [TOKEN, API_KEY, COOKIE.slice(4), MARKER];
const ONLY = ["--only", "getOperation-unknown-resource", "--only", "client-lists-and-gets", "--only", "getOperation-missing-token"];

/** Characters a terminal acts on (line feed aside), and lone surrogates. */
const ACTS_ON_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]/u;

/** `text` as readers get it back: as is, decoded once to three times, and each base64-looking run decoded. */
function readings(text: string): string[] {
  const views = [...decodedViews(text)].map((view) => view.text);
  const blobs = views.flatMap((view) => view.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? []);
  return [...views, ...blobs.flatMap((blob) => [0, 1, 2, 3].map((skip) => Buffer.from(blob.slice(skip), "base64").toString("latin1")))];
}

/** The secrets found in any reading of `text` (empty when none). */
function leaks(text: string): string[] {
  return SECRETS.filter((secret) => readings(text).some((reading) => reading.includes(secret)));
}

/** Every string in a parsed JSON value, keys included, and (`nested`) inside every string that is itself JSON. */
function stringsIn(value: unknown, nested = true, out: string[] = []): string[] {
  if (typeof value === "string") {
    out.push(value);
    if (nested && /^\s*[[{"]/.test(value)) {
      try {
        stringsIn(JSON.parse(value), nested, out);
      } catch {
        // Not JSON after all: the string itself was taken.
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, nested, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, nested, out);
    }
  }
  return out;
}

let fake: FakeServer;
let echo: { url: string; close(): Promise<void> };
let dir: string;
const printed: Record<string, { stdout: string; stderr: string }> = {};

beforeAll(async () => {
  fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true });
  echo = await startHostileEcho(fake.url);
  dir = await mkdtemp(join(tmpdir(), "automl-ops-hostile-echo-"));
  for (const reporter of ["console", "json", "junit"]) {
    const { out, io } = collect();
    const argv = [
      "conformance", "--base-url", echo.url, "--parent", PARENT, "--token", TOKEN, ...ONLY,
      "-H", `x-goog-api-key:${API_KEY}`, "-H", `cookie:${COOKIE}; lang=en`, "--reporter", reporter,
      ...(reporter === "console" ? [] : ["--output", join(dir, `report.${reporter}`)]),
      "--har", join(dir, `${reporter}.har`),
    ];
    expect(await runCli(argv, io)).toBe(1);
    printed[reporter] = out;
  }
}, 90_000);

afterAll(async () => {
  await echo?.close();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => readFile(join(dir, name), "utf8");

describe("a server that echoes every credential in every encoding", () => {
  it("reached the reports: the echo is there, redacted, and the run sent the key", async () => {
    const har = await file("json.har");
    expect(har).toContain("[REDACTED]");
    expect(printed.console!.stdout).toContain("you sent [REDACTED]");
    const sent = (JSON.parse(har) as { log: { entries: Array<{ request: { headers: Array<{ name: string; value: string }> } }> } }).log.entries
      .flatMap((e) => e.request.headers)
      .filter((h) => h.name === "x-goog-api-key");
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((h) => h.value === "[REDACTED]")).toBe(true);
  });

  it("leaves no secret in anything printed, in any reading", () => {
    for (const [reporter, out] of Object.entries(printed)) {
      expect(leaks(out.stdout), `${reporter} stdout`).toEqual([]);
      expect(leaks(out.stderr), `${reporter} stderr`).toEqual([]);
    }
  });

  it.each(["report.json", "report.junit"])("leaves no secret in %s, in any reading", async (name) => {
    expect(leaks(await file(name))).toEqual([]);
  });

  it.each(["console.har", "json.har", "junit.har"])("leaves no secret in %s: as text, parsed, bodies parsed, base64 decoded", async (name) => {
    const text = await file(name);
    expect(leaks(text)).toEqual([]);
    const strings = stringsIn(JSON.parse(text));
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.flatMap(leaks)).toEqual([]);
  });

  it("prints nothing a terminal acts on: the server's controls show as visible escapes", () => {
    for (const out of Object.values(printed)) {
      expect(out.stdout).not.toMatch(ACTS_ON_TERMINAL);
      expect(out.stderr).not.toMatch(ACTS_ON_TERMINAL);
    }
    // C0 as the check quoted it (JSON escapes); C1, bidi and the lone surrogate escaped for the terminal.
    expect(printed.console!.stdout).toContain("\\u001b[2J\\u001b]0;owned\\u0007");
    expect(printed.console!.stdout).toContain("\\u009b31m\\u202eevil\\ud800");
    // A listed operation's name, parsed and quoted (JSON.stringify leaves C1 and bidi raw): escaped for the terminal.
    expect(printed.console!.stdout).toContain("\\x9b31m\\u202eevil");
    // Raw, as a body that is not JSON carries them: escaped for the terminal.
    expect(printed.console!.stdout).toContain("\\x1b[2J\\x1b]0;owned\\x07");
    expect(printed.console!.stdout.split("\n").filter((line) => line.startsWith("Result:"))).toHaveLength(1);
  });

  it("writes a JSON report and HAR that strict UTF-8 JSON parsers accept", async () => {
    for (const name of ["report.json", "json.har"]) {
      const bytes = await readFile(join(dir, name));
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(text).not.toMatch(/(?<!\\)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/);
      // The file's own strings; a body it records is the server's text as it came, escapes and all.
      expect(stringsIn(JSON.parse(text), false).filter((s) => /[\ud800-\udfff]/u.test(s))).toEqual([]);
    }
  });

  it("writes a JUnit report that stays valid XML", async () => {
    const xml = await file("report.junit");
    expect(checkJunit10Rules(xml)).toEqual([]);
    expect(await validateWithXmllint(xml)).toBe("valid");
  });
});
