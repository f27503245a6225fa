/**
 * The fake next to a developer's browser (Debian's headless Chromium driven by playwright-core, pitfalls
 * #20): a page of another site reaches the API routes CORS allows, but not the control routes, whether
 * it sends a preflighted JSON POST or a CORS-simple one (text/plain, `no-cors`: sent without asking),
 * and a DNS-rebound page (a name of its own resolved to 127.0.0.1) is refused on every route. The
 * fake's state is read in-process after each attempt. Without /usr/bin/chromium every test is skipped,
 * saying so (.ci/run installs it with apt-get).
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock, type ManualClock } from "./clock.js";
import { DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./seed.js";
import { createFakeServer } from "./server.js";
import type { FakeServer } from "./types.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SKIP_REASON = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (.ci/run installs Debian's chromium with apt-get)`;
if (SKIP_REASON) console.warn(`[browser-site-isolation.test] skipped: ${SKIP_REASON}`);
// As browser.test.ts, plus names of other sites that resolve to this machine: the page's own site, and
// the attacker's name for a DNS-rebinding attack.
const PAGE_SITE = "page.example";
const REBOUND_SITE = "rebound.example";
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  `--host-resolver-rules=MAP ${PAGE_SITE} 127.0.0.1, MAP ${REBOUND_SITE} 127.0.0.1`,
];
const RUNNING_OP = `${DEFAULT_PARENT}/operations/${DEFAULT_SEED_IDS.running[0]}`;
const CANCELLED_OP = `${DEFAULT_PARENT}/operations/${DEFAULT_SEED_IDS.running[1]}`;

let browser: Browser;
let pageServer: Server;
let page: Page;
let fake: FakeServer;
let clock: ManualClock;

/** Runs `script` (an async function body) in `on`, with `arg`; what it returns comes back as JSON. */
function inPage<T>(on: Page, script: string, arg: Record<string, unknown>): Promise<T> {
  return on.evaluate(({ script, arg }) => new Function("arg", `return (async () => { ${script} })()`)(arg), { script, arg }) as Promise<T>;
}

/** What a page's fetch came to: a status it may read, an opaque answer (no-cors), or a network error. */
const ATTEMPT = `
  try {
    const r = await fetch(arg.url, arg.init);
    return r.type === "opaque" ? "opaque" : r.status;
  } catch (e) {
    return "blocked: " + e.name;
  }`;

/** The state the control routes could change: the operations, one cancel, the clock. */
const snapshot = () => ({ size: fake.store.size, cancelled: fake.store.get(CANCELLED_OP)?.done === true, now: clock.now() });

describe.skipIf(SKIP_REASON !== undefined)("a page of another site against the fake, in headless Chromium", () => {
  beforeAll(async () => {
    clock = createManualClock();
    fake = await createFakeServer({ control: true, clock });
    fake.store.cancel(CANCELLED_OP);
    pageServer = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><title>page</title>'));
    await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.goto(`http://${PAGE_SITE}:${(pageServer.address() as AddressInfo).port}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([fake?.close(), new Promise((r) => pageServer?.close(r))]);
  });

  it("uses the API routes CORS allows: a preflighted get and a cancel", async () => {
    const got = await inPage<{ status: number; name: string }>(
      page,
      "const r = await fetch(arg.url, { headers: { authorization: 'Bearer t', 'x-goog-api-client': 'gl-web/1' } }); return { status: r.status, name: (await r.json()).name };",
      { url: `${fake.url}/v1beta1/${RUNNING_OP}` },
    );
    expect(got).toEqual({ status: 200, name: RUNNING_OP });
  });

  it.each([
    ["a preflighted JSON POST to reset", "/__control/reset", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }],
    ["a simple text/plain POST to reset", "/__control/reset", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }],
    ["a no-cors POST to reset", "/__control/reset", { method: "POST", mode: "no-cors", body: "" }],
    ["a no-cors text/plain POST adding an operation", "/__control/operations", { method: "POST", mode: "no-cors", body: JSON.stringify({ name: `${DEFAULT_PARENT}/operations/PLANTED1` }) }],
    ["a no-cors POST moving the clock", "/__control/clock:advance", { method: "POST", mode: "no-cors", body: '{"by":"3600s"}' }],
    ["a GET of the state", "/__control/state", { method: "GET" }],
  ])("cannot reach the control routes with %s, and the state does not change", async (_what, path, init) => {
    const before = snapshot();
    const outcome = await inPage<string | number>(page, ATTEMPT, { url: `${fake.url}${path}`, init });
    // Readable answers are refused by CORS; opaque ones were sent, and refused by the fake (state below).
    expect(["blocked: TypeError", "opaque"]).toContain(outcome);
    expect(snapshot()).toEqual(before);
    expect(before.cancelled).toBe(true);
  });

  it("is refused on every route from a rebound name, though the browser counts the page as the fake's own origin", async () => {
    const rebound = await browser.newPage();
    try {
      // The attacker's page, loaded from the fake's address under the attacker's name (a DNS rebinding).
      const response = await rebound.goto(`http://${REBOUND_SITE}:${fake.port}/`);
      expect(response?.status()).toBe(403);
      const before = snapshot();
      const url = `http://${REBOUND_SITE}:${fake.port}`;
      const reset = await inPage(rebound, ATTEMPT, { url: `${url}/__control/reset`, init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" } });
      const get = await inPage(rebound, ATTEMPT, { url: `${url}/v1beta1/${RUNNING_OP}`, init: {} });
      expect([reset, get]).toEqual([403, 403]);
      expect(snapshot()).toEqual(before);
    } finally {
      await rebound.close();
    }
  });
});
