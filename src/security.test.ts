import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./auth.js";
import { createOperationsClient } from "./client.js";
import { InsecureTransportError } from "./errors.js";
import type { OperationsClient } from "./client.js";
import { OP_NAME, PARENT, RUNNING_OP, TOKEN } from "./test-support/fixtures.js";
import { envelope, hang, json, scriptedFetch, type Step } from "./test-support/scripted-fetch.js";

describe("the token never travels in clear text", () => {
  it.each(["localhost", "127.0.0.1", "127.45.3.9", "[::1]"])("allows http to loopback host %s", async (host) => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: TOKEN, baseUrl: `http://${host}:8080` });
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(s.requests[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it.each(["example.com", "10.0.0.1", "128.0.0.1", "localhost.example.com", "[::2]"])(
    "refuses http to %s before sending",
    async (host) => {
      const s = scriptedFetch(json(RUNNING_OP));
      const client = createOperationsClient({ fetch: s.fetch, token: TOKEN, baseUrl: `http://${host}` });
      await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(InsecureTransportError);
      expect(s.requests).toHaveLength(0);
    },
  );

  it("allowInsecureHttp opts in, and no token means nothing to protect", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const optedIn = createOperationsClient({ fetch: s.fetch, token: TOKEN, baseUrl: "http://example.com", allowInsecureHttp: true });
    await expect(optedIn.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    const anonymous = createOperationsClient({ fetch: s.fetch, baseUrl: "http://example.com" });
    await expect(anonymous.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(s.requests[1]?.headers.has("authorization")).toBe(false);
  });

  it("recognises loopback hosts only", () => {
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
    expect(isLoopbackHost("127.0.0.1.nip.io")).toBe(false);
  });
});

describe("redirects keep the token at its origin", () => {
  it("follows a same-origin redirect with the token", async () => {
    const s = scriptedFetch(
      new Response(null, { status: 307, headers: { location: `/v1beta1/${OP_NAME}?moved=1` } }),
      json(RUNNING_OP),
    );
    const client = createOperationsClient({ fetch: s.fetch, token: TOKEN });
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(s.requests[1]?.url).toContain("moved=1");
    expect(s.requests[1]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("does not follow a redirect to another origin", async () => {
    const s = scriptedFetch(new Response(null, { status: 302, headers: { location: "https://evil.example/steal" } }), json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: TOKEN });
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ApiError", httpStatus: 302 });
    expect(String(error)).toContain("https://evil.example");
    expect(s.requests).toHaveLength(1);
  });
});

describe("no error shows the token", () => {
  const cases: Array<[string, Step[], (c: OperationsClient) => Promise<unknown>, object?]> = [
    ["ApiError", [envelope(403, "PERMISSION_DENIED")], (c) => c.get(OP_NAME)],
    ["ApiError after retries", [envelope(503, "UNAVAILABLE")], (c) => c.listPage(PARENT)],
    ["NetworkError", [new TypeError("fetch failed")], (c) => c.cancel(OP_NAME)],
    ["DeadlineError", [hang], (c) => c.delete(OP_NAME), { timeoutMs: 5, retry: { maxAttempts: 1 } }],
    ["OperationError", [json({ ...RUNNING_OP, done: true, error: { code: 13, message: "boom" } })], (c) => c.result(OP_NAME)],
    ["ResponseValidationError", [new Response("not json")], (c) => c.wait(OP_NAME)],
    ["InvalidNameError", [], (c) => c.get("projects/p/locations/l/operations/")],
    ["InsecureTransportError", [], (c) => c.get(OP_NAME), { baseUrl: "http://example.com" }],
  ];

  it.each(cases)("%s", async (_, steps, call, extra = {}) => {
    const s = scriptedFetch(...(steps.length ? steps : [json(RUNNING_OP)]));
    const client = createOperationsClient({
      fetch: s.fetch,
      token: () => TOKEN,
      retry: { maxAttempts: 2, sleep: async () => {} },
      ...extra,
    });
    const error = (await call(client).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    const forms = [error.message, String(error), JSON.stringify(error), error.stack ?? ""];
    expect(JSON.stringify(error)).toContain(error.name);
    for (const form of forms) expect(form).not.toContain(TOKEN);
  });
});
