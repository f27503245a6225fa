/**
 * CORS: a page on another origin can call the fake (preflight, then the request), on by default on
 * loopback, restricted to given origins with the `cors` option (`--cors-origin`).
 */
import { describe, expect, it } from "vitest";
import { CORS_ALLOWED_HEADERS, isLoopback } from "./cors.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { fakePerTest, PARENT_PATH, rawRequest } from "./test-support/start-test-fake.js";

const OP_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[0]}`;
const PAGE = "http://127.0.0.1:5173";

const start = fakePerTest();

function preflight(url: string, origin: string, method: string, headers = "authorization, content-type, x-goog-api-client") {
  return rawRequest(url, "OPTIONS", { origin, "access-control-request-method": method, "access-control-request-headers": headers });
}

describe("CORS on by default", () => {
  it("answers a preflight 204 with the API's methods and the headers Google's clients send", async () => {
    const { url } = await start();
    const reply = await preflight(`${url}${OP_PATH}:cancel`, PAGE, "POST", "x-custom-header");
    expect(reply.status).toBe(204);
    expect(reply.text).toBe("");
    expect(reply.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(reply.headers.get("access-control-allow-methods")).toBe("GET, POST, DELETE");
    const allowed = reply.headers.get("access-control-allow-headers")!.split(", ");
    for (const header of [...CORS_ALLOWED_HEADERS, "x-custom-header"]) expect(allowed).toContain(header);
    expect(CORS_ALLOWED_HEADERS).toEqual(["authorization", "content-type", "x-goog-api-client", "x-goog-user-project", "x-goog-request-params"]);
    expect(Number(reply.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });

  it("puts Access-Control-Allow-Origin on every answer to a request with Origin, errors included", async () => {
    const f = await start({ requireAuth: true, faults: [{ method: "list", kind: "503", probability: 1 }] });
    const origin = { origin: PAGE };
    const answers = [
      await f.call("GET", OP_PATH, { headers: { ...origin, authorization: "Bearer t" } }),
      await f.call("GET", OP_PATH, { headers: origin }),
      await f.call("GET", `${PARENT_PATH}/NOPE1`, { headers: { ...origin, authorization: "Bearer t" } }),
      await f.call("GET", PARENT_PATH, { headers: { ...origin, authorization: "Bearer t" } }),
      await f.call("GET", "/nowhere", { headers: origin }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 503, 404]);
    for (const answer of answers) {
      expect(answer.headers.get("access-control-allow-origin")).toBe(PAGE);
      expect(answer.headers.get("vary")).toMatch(/Origin/);
      expect(answer.headers.get("access-control-expose-headers")).toMatch(/retry-after/);
    }
  });

  it("adds nothing to a request without Origin, and an OPTIONS that is no preflight is NOT_FOUND", async () => {
    const f = await start();
    const plain = await f.call("GET", OP_PATH);
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    const options = await f.call("OPTIONS", OP_PATH, { headers: { origin: PAGE } });
    expect(options.status).toBe(404);
  });

  it("is on for loopback addresses only", () => {
    expect(["127.0.0.1", "127.8.9.10", "::1", "localhost"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["0.0.0.0", "192.168.1.4", "::", "example.com"].map(isLoopback)).toEqual([false, false, false, false]);
  });
});

describe("CORS restricted with the cors option", () => {
  it("answers only the given origins", async () => {
    const { url } = await start({ cors: [PAGE] });
    expect((await preflight(`${url}${OP_PATH}`, PAGE, "GET")).status).toBe(204);
    const refused = await preflight(`${url}${OP_PATH}`, "http://evil.example", "GET");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(JSON.parse(refused.text).error.status).toBe("PERMISSION_DENIED");
    const other = await rawRequest(`${url}${OP_PATH}`, "GET", { origin: "http://evil.example" });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is off with cors: false", async () => {
    const { url } = await start({ cors: false });
    expect((await preflight(`${url}${OP_PATH}`, PAGE, "GET")).status).toBe(404);
    expect((await rawRequest(`${url}${OP_PATH}`, "GET", { origin: PAGE })).headers.get("access-control-allow-origin")).toBeNull();
  });
});
