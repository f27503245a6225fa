/**
 * The SDK's browser bundle in a real browser (Debian's headless Chromium driven by playwright-core,
 * pitfalls #20), on a page of one origin calling the fake on another: CORS preflights, get, list,
 * cancel, an ApiError, an exposed Retry-After, and a fake that refuses the page's origin. Without
 * chromium the tests are skipped, saying why, or fail in CI (src/test-support/system-tools.ts).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_PATH, hasSystemTool } from "../test-support/system-tools.js";
import { DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./seed.js";
import { createFakeServer } from "./server.js";
import type { FakeServer } from "./types.js";

// The launch flags known to work here: no sandbox as root, and no background connections to Google's
// hosts, which this machine's closed network refuses.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ENTRY = fileURLToPath(new URL("../index.ts", import.meta.url));
const op = (id: string | undefined) => `${DEFAULT_PARENT}/operations/${id}`;

let browser: Browser;
let pageServer: Server;
let page: Page;
let fake: FakeServer;
let strictFake: FakeServer;

/** Serves the page (origin A): an HTML shell that loads the SDK bundle as `window.sdk`. */
async function servePage(bundle: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><meta charset="utf-8"><title>sdk</title>
<script type="module">import * as sdk from "/sdk.js"; window.sdk = sdk; document.title = "ready";</script>`;
  const server = createServer((req, res) => {
    const js = req.url === "/sdk.js";
    res.writeHead(200, { "content-type": js ? "text/javascript" : "text/html" }).end(js ? bundle : html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe.runIf(hasSystemTool(CHROMIUM))("the SDK in headless Chromium against the fake on another origin", () => {
  beforeAll(async () => {
    const result = await build({ entryPoints: [ENTRY], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
    const served = await servePage(result.outputFiles[0]!.text);
    pageServer = served.server;
    fake = await createFakeServer({ requireAuth: true, faults: [{ method: "delete", kind: "503", probability: 1, retryAfterMs: 2_000 }] });
    strictFake = await createFakeServer({ cors: ["http://some-other-app.test"] });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => document.title === "ready");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([fake?.close(), strictFake?.close(), new Promise((r) => pageServer?.close(r))]);
  });

  /** Runs `scenario` in the page with a client of the fake; what it returns comes back as JSON. */
  function inPage<T>(scenario: string, arg: Record<string, unknown> = {}): Promise<T> {
    return page.evaluate(
      async ({ scenario, arg }) => {
        const sdk = (window as unknown as { sdk: any }).sdk;
        const client = sdk.createOperationsClient({ baseUrl: arg.baseUrl, token: "browser-token", retry: false });
        return new Function("sdk", "client", "arg", `return (async () => { ${scenario} })()`)(sdk, client, arg);
      },
      { scenario, arg: { baseUrl: fake.url, ...arg } },
    ) as Promise<T>;
  }

  it("runs on a page whose origin differs from the fake's", async () => {
    expect(new URL(page.url()).origin).not.toBe(new URL(fake.url).origin);
  });

  it("gets an operation (a preflight for authorization and x-goog-api-client first)", async () => {
    const got = await inPage<{ name: string; done?: boolean }>("return await client.get(arg.name);", { name: op(DEFAULT_SEED_IDS.running[0]) });
    expect(got.name).toBe(op(DEFAULT_SEED_IDS.running[0]));
    expect(got.done).toBeUndefined();
  });

  it("lists every operation across pages", async () => {
    const names = await inPage<string[]>(
      "const names = []; for await (const o of client.list(arg.parent, { pageSize: 7 })) names.push(o.name); return names;",
      { parent: DEFAULT_PARENT },
    );
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
  });

  it("cancels, and the next get shows CANCELLED", async () => {
    const after = await inPage<{ done: boolean; error: { code: number } }>("await client.cancel(arg.name); return await client.get(arg.name);", {
      name: op(DEFAULT_SEED_IDS.running[1]),
    });
    expect(after).toMatchObject({ done: true, error: { code: 1 } });
  });

  it("throws an ApiError carrying the Status for an unknown operation", async () => {
    const error = await inPage<Record<string, unknown>>(
      "try { await client.get(arg.name); return {}; } catch (e) { return { isApiError: e instanceof sdk.ApiError, status: e.status, httpStatus: e.httpStatus, message: e.message }; }",
      { name: op("NOPE0000000001") },
    );
    expect(error).toMatchObject({ isApiError: true, status: "NOT_FOUND", httpStatus: 404 });
  });

  it("can read Retry-After, which the fake exposes", async () => {
    const seen = await inPage<{ status: number; retryAfter: string | null }>(
      "const r = await fetch(arg.url, { method: 'DELETE', headers: { authorization: 'Bearer t' } }); return { status: r.status, retryAfter: r.headers.get('retry-after') };",
      { url: `${fake.url}/v1beta1/${op(DEFAULT_SEED_IDS.running[2])}` },
    );
    expect(seen).toEqual({ status: 503, retryAfter: "2" });
  });

  it("fails with a NetworkError against a fake that does not allow the page's origin", async () => {
    const error = await inPage<{ name: string }>("try { await client.get(arg.name); return { name: 'none' }; } catch (e) { return { name: e.name }; }", {
      baseUrl: strictFake.url,
      name: op(DEFAULT_SEED_IDS.running[0]),
    });
    expect(error.name).toBe("NetworkError");
  });
});
