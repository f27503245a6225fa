/**
 * What a full conformance run gives away to a hostile server, reporter by reporter: the run goes to
 * the hostile echo (src/cli/test-support/hostile-echo.ts), which echoes the token and an
 * `x-goog-api-key` in every encoding a reader decodes and sends terminal controls and lone surrogates.
 * Printed per reporter: how many HAR entries hold a secret in any reading (strings parsed as JSON, bodies
 * included, and base64-looking runs decoded), whether the report does, whether anything printed or the
 * console report holds a character a terminal acts on, and whether jq accepts the JSON report.
 *
 *   npx tsx bench/report-safety.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFakeServer } from "../src/fake/index.js";
import { runCli } from "../src/cli/run.js";
import { startHostileEcho } from "../src/cli/test-support/hostile-echo.js";

const TOKEN = "ya29.SEKRIT-echo_token/with+odd=chars";
const API_KEY = "AIzaSySEKRIT-api-key-0123456789";
/** Characters a terminal acts on (line feed aside), and lone surrogates. */
const ACTS_ON_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;

/** Every string of a parsed value, keys included, and of every string that is JSON itself (as HAR viewers parse bodies). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    out.push(value);
    if (/^\s*[[{]/.test(value)) {
      try {
        stringsIn(JSON.parse(value), out);
      } catch {
        // Not JSON: the string itself is taken.
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}

/** Whether a reader gets `secret` back from `text`: as it is, or base64-decoded at any of 4 offsets. */
function holds(text: string, secret: string): boolean {
  const blobs = text.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? [];
  const readings = [text, ...blobs.flatMap((blob) => [0, 1, 2, 3].map((skip) => Buffer.from(blob.slice(skip), "base64").toString("latin1")))];
  return readings.some((reading) => reading.includes(secret));
}

const fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true });
const echo = await startHostileEcho(fake.url);
const dir = await mkdtemp(join(tmpdir(), "report-safety-"));
try {
  for (const reporter of ["console", "json", "junit"]) {
    const out = { stdout: "", stderr: "" };
    const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) };
    const report = join(dir, `report.${reporter}`);
    const har = join(dir, `${reporter}.har`);
    const argv = ["conformance", "--base-url", echo.url, "--parent", "projects/demo/locations/us-central1", "--token", TOKEN];
    const exit = await runCli([...argv, "-H", `x-goog-api-key:${API_KEY}`, "--reporter", reporter, "--output", report, "--har", har], io);
    const text = await readFile(report, "utf8");
    const entries = (JSON.parse(await readFile(har, "utf8")) as { log: { entries: unknown[] } }).log.entries;
    const leaking = (secret: string) => entries.filter((entry) => stringsIn(entry).some((s) => holds(s, secret))).length;
    const reportStrings = reporter === "json" ? stringsIn(JSON.parse(text)) : [text];
    console.log(
      JSON.stringify({
        reporter,
        exit,
        harEntries: entries.length,
        harEntriesWithToken: leaking(TOKEN),
        harEntriesWithApiKey: leaking(API_KEY),
        reportHoldsToken: reportStrings.some((s) => holds(s, TOKEN)),
        reportHoldsApiKey: reportStrings.some((s) => holds(s, API_KEY)),
        printedActsOnTerminal: ACTS_ON_TERMINAL.test(out.stdout + out.stderr) || (reporter === "console" && ACTS_ON_TERMINAL.test(text)),
        ...(reporter === "json" ? { jqAccepts: spawnSync("jq", ["-e", ".summary"], { input: text }).status === 0 } : {}),
      }),
    );
  }
} finally {
  await echo.close();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
}
