/**
 * The HTML report in a real browser (Debian's headless Chromium driven by playwright-core, pitfalls #20):
 * the report of a full run against the fake with --start-operations opens from disk with no console
 * error, stays under 1 MB and draws one timeline row per operation the run touched; the report of a run
 * against a broken server filters its scenario table to the failures. Screenshots go to test-results/:
 * report.png (the top of the page), report-timeline.png, report-failures.png. Without /usr/bin/chromium
 * every test is skipped, saying so (.ci/run installs it).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_SERVERS, startBrokenServer } from "../../contract-tests/broken-servers/index.js";
import { QUICK_START_DURATIONS } from "../../contract-tests/targets/local.js";
import { createFakeServer } from "../fake/index.js";
import type { buildHar } from "./report-har.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SKIP_REASON = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (.ci/run installs Debian's chromium with apt-get)`;
if (SKIP_REASON) console.warn(`[report-html-browser.test] skipped: ${SKIP_REASON}`);
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SCREENSHOTS = fileURLToPath(new URL("../../test-results/", import.meta.url));
const PARENT = "projects/demo/locations/us-central1";
const MAX_REPORT_BYTES = 1024 * 1024;

let dir: string;
let browser: Browser;

/** Runs the CLI against a fresh fake (behind `broken`'s proxy when given); returns the exit code. */
async function runAgainstFake(flags: string[], broken?: string): Promise<{ code: number; stderr: string }> {
  const fake = await createFakeServer({ port: 0, host: "127.0.0.1", requireAuth: true, startDurations: QUICK_START_DURATIONS });
  const server = broken === undefined ? undefined : BROKEN_SERVERS.find((s) => s.id === broken)!;
  const proxy = server ? await startBrokenServer(server, fake.url) : undefined;
  try {
    const { out, io } = collect();
    const argv = ["conformance", "--base-url", proxy?.url ?? fake.url, "--parent", PARENT, "--token", "any-token", "--profile", "fake", "--quiet", ...flags];
    return { code: await runCli(argv, io), stderr: out.stderr };
  } finally {
    await proxy?.close();
    await fake.close();
  }
}

/** Opens a report from disk and collects what the page logs as errors. */
async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1240, height: 1000 } });
  const errors: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => void errors.push(String(error)));
  page.on("requestfailed", (request) => void errors.push(`request failed: ${request.url()}`));
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

/**
 * The operations the run touched, read from the HAR independently of the report's code: named in a
 * request's path (or by a started operation's answer) and shown to exist by some successful answer.
 */
function touchedOperations(har: ReturnType<typeof buildHar>): Set<string> {
  const named = new Set<string>();
  for (const entry of har.log.entries) {
    const path = decodeURIComponent(new URL(entry.request.url).pathname);
    const inPath = /(projects\/[^/]+\/locations\/[^/]+\/operations\/[^/:]+)(:\w+)?$/.exec(path)?.[1];
    if (inPath) named.add(inPath);
    else if (entry.request.method === "POST" && entry.response.status === 200) {
      const started = /^\{"name":"(projects\/[^"]+\/operations\/[^"]+)"/.exec(entry.response.content.text.replace(/\s/g, ""))?.[1];
      if (started) named.add(started);
    }
  }
  const answers = har.log.entries.filter((e) => e.response.status === 200).map((e) => e.response.content.text);
  return new Set([...named].filter((name) => answers.some((text) => text.includes(`"name":"${name}"`) || text.includes(`"name": "${name}"`))));
}

describe.skipIf(SKIP_REASON !== undefined)("the HTML report in headless Chromium", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "automl-ops-html-"));
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe("of a full run against the fake with --start-operations", () => {
    const report = () => join(dir, "full.html");
    const har = () => join(dir, "full.har");
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      const run = await runAgainstFake(["--allow-destructive", "--start-operations", "--reporter", "html", "--output", report(), "--har", har()]);
      expect(run.code, run.stderr).toBe(0);
      ({ page, errors } = await open(report()));
      await page.screenshot({ path: join(SCREENSHOTS, "report.png") });
      await page.locator("svg.timeline").screenshot({ path: join(SCREENSHOTS, "report-timeline.png") });
    }, 180_000);

    it("opens from disk with no console error and no request, and says the run passed", async () => {
      expect(errors).toEqual([]);
      await expect(page.locator(".verdict").textContent()).resolves.toBe("PASSED");
    });

    it("is at most 1 MB", async () => {
      expect((await stat(report())).size).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    });

    it("draws one timeline row per operation the run touched", async () => {
      const touched = touchedOperations(JSON.parse(await readFile(har(), "utf8")) as ReturnType<typeof buildHar>);
      expect(touched.size).toBeGreaterThan(10);
      const rows = await page.locator("svg.timeline g.op-row").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-operation")));
      expect(new Set(rows)).toEqual(touched);
      expect(rows).toHaveLength(touched.size);
    });
  });

  describe("of a run against a server whose cancel does nothing", () => {
    const report = () => join(dir, "failures.html");
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      const only = ["cancel-running-ends-cancelled", "getOperation-documented-request", "list-"].flatMap((id) => ["--only", id]);
      const run = await runAgainstFake([...only, "--allow-destructive", "--cancel-timeout", "2s", "--allow-untested", "--reporter", "html", "--output", report()], "cancel-does-nothing");
      expect(run.code, run.stderr).toBe(1);
      ({ page, errors } = await open(report()));
    }, 120_000);

    it("filters the scenario table to the failures and back", async () => {
      expect(errors).toEqual([]);
      const rows = page.locator("tr.scenario");
      const all = await rows.count();
      const visibleGroups = () => rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.getAttribute("data-group")));
      expect((await visibleGroups()).length).toBe(all);
      await page.getByLabel("failures only").check();
      const failing = await visibleGroups();
      expect(failing.length).toBeGreaterThan(0);
      expect(failing.length).toBeLessThan(all);
      expect(new Set(failing)).toEqual(new Set(["failed"]));
      await expect(page.locator("#shown").textContent()).resolves.toBe(`${failing.length} of ${all} scenarios shown`);
      await page.locator("#failure-cancel-running-ends-cancelled_cancelEndedOperation").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, "report-failures.png") });
      await page.getByLabel("all", { exact: true }).check();
      expect((await visibleGroups()).length).toBe(all);
    });

    it("shows the failed cancel with its rule, its exchange, and a cancel mark on a row that stays running", async () => {
      const failure = page.locator("#failure-cancel-running-ends-cancelled_cancelEndedOperation");
      await expect(failure.locator(".rule").textContent()).resolves.toContain("AIP-151");
      // The exchange shown is the one the check failed on: the get that still found the operation running.
      const name = /operations\/[^ ]+ is still running/.exec((await failure.locator("pre").first().textContent()) ?? "")?.[0].split(" ")[0];
      expect(name).toBeDefined();
      const request = (await failure.locator(".exchange pre").first().textContent()) ?? "";
      expect(request.split("\n")[0]).toMatch(new RegExp(`^GET \\S+/${name}$`));
      const cancelled = page.locator("svg.timeline g.op-row", { has: page.locator(".m-cancel") });
      await expect(cancelled.count()).resolves.toBeGreaterThan(0);
      await expect(cancelled.first().locator(".s-cancelled").count()).resolves.toBe(0);
    });
  });
});
