import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBreakingProxy, type ProxiedRequest } from "./proxy.js";
import { jsonResponse, methodOf } from "./rewrite.js";

/** An upstream that echoes what it received, so the tests see what the proxy forwarded. */
let upstream: Server;
let upstreamUrl: string;
let hits = 0;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    hits += 1;
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      res.writeHead(207, { "content-type": "application/json; charset=utf-8", "x-upstream": "yes" });
      res.end(JSON.stringify({ method: req.method, url: req.url, body, auth: req.headers.authorization ?? null }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

describe("breaking proxy", () => {
  it("passes requests and responses through unchanged when it breaks nothing", async () => {
    const proxy = await startBreakingProxy(upstreamUrl, {});
    try {
      const res = await fetch(`${proxy.url}/v1beta1/projects/p/locations/l/operations/o:cancel?x=1`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer t" },
        body: "{}",
      });
      expect(res.status).toBe(207);
      expect(res.headers.get("x-upstream")).toBe("yes");
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await res.json()).toEqual({
        method: "POST",
        url: "/v1beta1/projects/p/locations/l/operations/o:cancel?x=1",
        body: "{}",
        auth: "Bearer t",
      });
    } finally {
      await proxy.close();
    }
  });

  it("answers from the request hook without reaching the upstream", async () => {
    const proxy = await startBreakingProxy(upstreamUrl, { request: () => jsonResponse(200, { short: true }) });
    try {
      const before = hits;
      const res = await fetch(`${proxy.url}/anything`);
      expect(await res.json()).toEqual({ short: true });
      expect(hits).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  it("forwards what the request hook changed and sends what the response hook returns", async () => {
    const proxy = await startBreakingProxy(upstreamUrl, {
      request: (req) => void req.url.searchParams.delete("pageSize"),
      response: (res) => ({ ...res, status: 500 }),
    });
    try {
      const res = await fetch(`${proxy.url}/v1beta1/projects/p/locations/l/operations?pageSize=2&filter=done%3Dtrue`);
      expect(res.status).toBe(500);
      expect(((await res.json()) as { url: string }).url).toBe("/v1beta1/projects/p/locations/l/operations?filter=done%3Dtrue");
    } finally {
      await proxy.close();
    }
  });
});

describe("methodOf", () => {
  const request = (method: string, path: string): ProxiedRequest => ({
    method,
    url: new URL(path, "http://x.invalid"),
    headers: new Headers(),
    body: "",
  });

  it.each([
    ["GET", "/v1beta1/projects/p/locations/l/operations", "list"],
    ["GET", "/v1beta1/projects/p/locations/l/operations/o", "get"],
    ["DELETE", "/v1beta1/projects/p/locations/l/operations/o", "delete"],
    ["POST", "/v1beta1/projects/p/locations/l/operations/o:cancel", "cancel"],
    ["POST", "/v1beta1/projects/p/locations/l/operations/o:wait", "wait"],
    ["GET", "/v1beta1/projects/p/locations/l/operations/o:cancel", "other"],
    ["GET", "/v1beta1/projects/p/locations/l", "other"],
  ])("%s %s is %s", (method, path, expected) => {
    expect(methodOf(request(method, path))).toBe(expected);
  });
});
