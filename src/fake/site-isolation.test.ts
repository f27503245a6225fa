/**
 * The fake on a developer's machine, next to their browser: a page of another site cannot drive the
 * control routes (no CORS, Origin refused, JSON only, the token with requireAuth), DNS rebinding is
 * stopped by the Host check on every route, and Private Network Access is granted only where CORS is.
 */
import { describe, expect, it } from "vitest";
import { AllowedHosts } from "./allowed-hosts.js";
import { runFakeCommand } from "./cli.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { rawExchange } from "./test-support/raw-http.js";
import { fakePerTest, NAME_PREFIX, PARENT_PATH, rawRequest, type TestFake } from "./test-support/start-test-fake.js";

const RUNNING_OP_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[0]}`;
const OTHER_SITE = "http://evil.example";
const JSON_TYPE = { "content-type": "application/json" };

const start = fakePerTest();

const envelope = (text: string) => JSON.parse(text).error as { code: number; status: string; message: string };
const stats = async (f: TestFake) => JSON.parse((await rawRequest(`${f.url}/__control/stats`, "GET")).text);
const isCancelled = async (f: TestFake) => (await f.call("GET", RUNNING_OP_PATH)).body.done === true;

describe("the Host check (DNS rebinding)", () => {
  it("answers a request naming another host 403 PERMISSION_DENIED, and does nothing", async () => {
    const f = await start({ control: true });
    const reply = await rawRequest(`${f.url}${RUNNING_OP_PATH}:cancel`, "POST", { host: `evil.example:${f.port}`, origin: `${OTHER_SITE}:${f.port}`, ...JSON_TYPE }, "{}");
    expect(reply.status).toBe(403);
    expect(envelope(reply.text)).toMatchObject({ code: 403, status: "PERMISSION_DENIED" });
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    expect(await isCancelled(f)).toBe(false);
    const preflight = await rawRequest(`${f.url}${RUNNING_OP_PATH}`, "OPTIONS", { host: `evil.example:${f.port}`, origin: `${OTHER_SITE}:${f.port}`, "access-control-request-method": "DELETE" });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
    const reset = await rawRequest(`${f.url}/__control/reset`, "POST", { host: `evil.example:${f.port}` });
    expect(reset.status).toBe(403);
  });

  it("serves the loopback names and the bound address with the fake's port, and nothing on another port", async () => {
    const f = await start();
    const statusFor = async (host: string) => (await rawRequest(`${f.url}${RUNNING_OP_PATH}`, "GET", { host })).status;
    expect(await statusFor(`localhost:${f.port}`)).toBe(200);
    expect(await statusFor(`LOCALHOST:${f.port}`)).toBe(200);
    expect(await statusFor(`127.0.0.1:${f.port}`)).toBe(200);
    expect(await statusFor(`[::1]:${f.port}`)).toBe(200);
    expect(await statusFor(`127.0.0.1:${f.port + 1}`)).toBe(403);
    expect(await statusFor("127.0.0.1")).toBe(403); // port 80, which the fake does not listen on
    expect(await statusFor(`localhost.evil.example:${f.port}`)).toBe(403);
  });

  it("judges an absolute-form target by its authority (RFC 9112 §3.2.2)", async () => {
    const f = await start();
    const served = await rawExchange(f.port, [`GET http://127.0.0.1:${f.port}${RUNNING_OP_PATH} HTTP/1.1\r\nHost: evil.example\r\n\r\n`], { end: true });
    expect(served.responses.map((r) => r.status)).toEqual([200]);
    const refused = await rawExchange(f.port, [`GET http://evil.example:${f.port}${RUNNING_OP_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\n\r\n`], { end: true });
    expect(refused.responses.map((r) => r.status)).toEqual([403]);
  });

  it("serves the hosts of allowedHosts: a name with the fake's port, name:port exactly, or any with *", async () => {
    const f = await start({ allowedHosts: ["fake.internal", "proxy.test:8080"] });
    const statusFor = async (host: string) => (await rawRequest(`${f.url}${RUNNING_OP_PATH}`, "GET", { host })).status;
    expect(await statusFor(`fake.internal:${f.port}`)).toBe(200);
    expect(await statusFor("proxy.test:8080")).toBe(200);
    expect(await statusFor(`proxy.test:${f.port}`)).toBe(403);
    await f.close();
    const any = await start({ allowedHosts: ["*"] });
    expect((await rawRequest(`${any.url}${RUNNING_OP_PATH}`, "GET", { host: "anything.test" })).status).toBe(200);
  });
});

describe("AllowedHosts", () => {
  it("serves a fake bound to every address by the address each connection arrived on, and a bound IPv6 address in brackets", () => {
    const wide = new AllowedHosts("0.0.0.0", 4000);
    expect(wide.allows("192.168.1.4:4000", "::ffff:192.168.1.4")).toBe(true);
    expect(wide.allows("192.168.1.4:4000", "::ffff:10.0.0.2")).toBe(false);
    expect(wide.allows("[fe80::1]:4000", "fe80::1")).toBe(true);
    expect(wide.allows("0.0.0.0:4000")).toBe(true); // the bound address, which some tools send as it is
    const six = new AllowedHosts("::1", 4000);
    expect([six.allows("[::1]:4000"), six.allows("::1:4000"), six.allows("localhost:4001")]).toEqual([true, false, false]);
    const onEighty = new AllowedHosts("127.0.0.1", 80);
    expect([onEighty.allows("localhost"), onEighty.allows("localhost:80"), onEighty.allows("evil.example")]).toEqual([true, true, false]);
  });
});

describe("the control routes", () => {
  it("answer a preflight from another site 403 without any CORS header, Private Network Access included", async () => {
    const f = await start({ control: true });
    const preflight = await rawRequest(`${f.url}/__control/reset`, "OPTIONS", {
      origin: "http://localhost:5173",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
      "access-control-request-private-network": "true",
    });
    expect(preflight.status).toBe(403);
    expect(envelope(preflight.text).status).toBe("PERMISSION_DENIED");
    for (const name of ["access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers", "access-control-allow-private-network"]) {
      expect(preflight.headers.get(name)).toBeNull();
    }
  });

  it("refuse any request carrying another Origin, Origin null, or Sec-Fetch-Site of another site, and change nothing", async () => {
    const f = await start({ control: true, cors: ["http://localhost:5173"] });
    await f.call("POST", `${RUNNING_OP_PATH}:cancel`);
    const attempts = [
      rawRequest(`${f.url}/__control/reset`, "POST", { origin: "http://localhost:5173", ...JSON_TYPE }, "{}"),
      rawRequest(`${f.url}/__control/reset`, "POST", { origin: "null", ...JSON_TYPE }, "{}"),
      rawRequest(`${f.url}/__control/reset`, "POST", { "sec-fetch-site": "cross-site", ...JSON_TYPE }, "{}"),
      rawRequest(`${f.url}/__control/operations`, "POST", { origin: `http://localhost:${f.port + 1}`, ...JSON_TYPE }, JSON.stringify({ name: `${NAME_PREFIX}PLANTED1` })),
      rawRequest(`${f.url}/__control/stats`, "GET", { origin: OTHER_SITE }),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(403);
      expect(envelope(reply.text)).toMatchObject({ code: 403, status: "PERMISSION_DENIED" });
      expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect(await isCancelled(f)).toBe(true);
    expect((await stats(f)).size).toBe(40);
  });

  it("serve a request from the fake's own origin, still without CORS headers", async () => {
    const f = await start({ control: true });
    const own = await rawRequest(`${f.url}/__control/stats`, "GET", { origin: f.url, "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(200);
    expect(own.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuse a CORS-simple text/plain POST, even an empty one, and the state does not change", async () => {
    const f = await start({ control: true, cors: ["http://localhost:5173"] });
    await f.call("POST", `${RUNNING_OP_PATH}:cancel`);
    for (const body of ["", "{}"]) {
      const reply = await rawRequest(`${f.url}/__control/reset`, "POST", { "content-type": "text/plain;charset=UTF-8" }, body);
      expect(reply.status).toBe(400);
      expect(envelope(reply.text).message).toMatch(/Unsupported Content-Type "text\/plain;charset=UTF-8"/);
    }
    const form = await rawRequest(`${f.url}/__control/operations`, "POST", { "content-type": "application/x-www-form-urlencoded" }, "name=x");
    expect(form.status).toBe(400);
    expect(await isCancelled(f)).toBe(true);
    expect((await rawRequest(`${f.url}/__control/reset`, "POST", JSON_TYPE, "{}")).status).toBe(200);
    expect(await isCancelled(f)).toBe(false);
  });

  it("need the token with requireAuth", async () => {
    const f = await start({ control: true, requireAuth: true });
    const without = await rawRequest(`${f.url}/__control/reset`, "POST");
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await rawRequest(`${f.url}/__control/stats`, "GET")).status).toBe(401);
    expect((await rawRequest(`${f.url}/__control/stats`, "GET", { authorization: "Bearer t" })).status).toBe(200);
    expect((await rawRequest(`${f.url}/__control/reset`, "POST", { authorization: "Bearer t" })).status).toBe(200);
  });
});

describe("Private Network Access on the API routes", () => {
  const askPrivateNetwork = (url: string, origin: string) =>
    rawRequest(`${url}${RUNNING_OP_PATH}`, "OPTIONS", { origin, "access-control-request-method": "GET", "access-control-request-private-network": "true" });

  it("is granted by default to pages on loopback only, never to a page on the internet", async () => {
    const f = await start();
    const local = await askPrivateNetwork(f.url, "http://localhost:5173");
    expect(local.status).toBe(204);
    expect(local.headers.get("access-control-allow-private-network")).toBe("true");
    const publicPage = await askPrivateNetwork(f.url, "https://public.example");
    expect(publicPage.headers.get("access-control-allow-private-network")).toBeNull();
  });

  it("is granted to an origin named with --cors-origin, and refused with the preflight to others", async () => {
    const f = await start({ cors: ["https://app.example"] });
    expect((await askPrivateNetwork(f.url, "https://app.example")).headers.get("access-control-allow-private-network")).toBe("true");
    const other = await askPrivateNetwork(f.url, "https://public.example");
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-private-network")).toBeNull();
  });
});

describe("automl-ops fake", () => {
  async function run(args: string[]): Promise<{ out: string[]; err: string[]; code: number }> {
    const out: string[] = [];
    const err: string[] = [];
    const stop = new AbortController();
    const exit = runFakeCommand(args, { out: (l) => (out.push(l), stop.abort()), err: (l) => err.push(l), signal: stop.signal });
    return { out, err, code: await exit };
  }

  it("warns on stderr when the control routes are served on a non-loopback address, and not on loopback", async () => {
    const wide = await run(["--control", "--host", "0.0.0.0"]);
    expect(wide.code).toBe(0);
    expect(wide.err).toEqual([expect.stringMatching(/^automl-ops fake: warning: the control routes are served on 0\.0\.0\.0/)]);
    const local = await run(["--control"]);
    expect(local.err).toEqual([]);
  });

  it("takes --allowed-host and refuses a malformed one with 2", async () => {
    expect((await run(["--allowed-host", "fake.internal", "--allowed-host", "localhost:8080"])).code).toBe(0);
    const bad = await run(["--allowed-host", "http://x.test/"]);
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toMatch(/--allowed-host takes a host name/);
  });
});
