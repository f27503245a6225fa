import { afterEach, describe, expect, it } from "vitest";
import { runtimeToken } from "./auth.js";
import { createOperationsClient } from "./client.js";
import { InvalidOptionError } from "./errors.js";
import { OP_NAME, RUNNING_OP } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";
import { SDK_VERSION } from "./version.js";

const scope = globalThis as { Bun?: unknown; Deno?: unknown };

async function apiClientHeader(): Promise<string | null> {
  const s = scriptedFetch(json(RUNNING_OP));
  await createOperationsClient({ fetch: s.fetch }).get(OP_NAME);
  return s.requests[0]!.headers.get("x-goog-api-client");
}

describe("x-goog-api-client names the runtime", () => {
  afterEach(() => {
    delete scope.Bun;
    delete scope.Deno;
  });

  it("Node: gl-node/<process.versions.node>, as google-gax and google-auth-library send", async () => {
    expect(await apiClientHeader()).toBe(`gl-node/${process.versions.node} automl-ops-kit/${SDK_VERSION}`);
  });

  it("Deno (which also reports a Node version): gl-deno/<Deno.version.deno>", async () => {
    scope.Deno = { version: { deno: "2.1.4", v8: "13.0.245.12" } };
    expect(await apiClientHeader()).toBe(`gl-deno/2.1.4 automl-ops-kit/${SDK_VERSION}`);
  });

  it("Bun (which also reports a Node version): gl-bun/<Bun.version>", async () => {
    scope.Bun = { version: "1.1.38" };
    expect(await apiClientHeader()).toBe(`gl-bun/1.1.38 automl-ops-kit/${SDK_VERSION}`);
  });

  it("a browser, which has no runtime version: gl-web/<library version>, as google-gax's fallback clients", () => {
    const browser = { navigator: { userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36" } };
    expect(runtimeToken(browser)).toBe(`gl-web/${SDK_VERSION}`);
    expect(runtimeToken({})).toBe(`gl-web/${SDK_VERSION}`);
  });

  it("Deno and Bun known only by navigator.userAgent", () => {
    expect(runtimeToken({ navigator: { userAgent: "Deno/2.1.4" } })).toBe("gl-deno/2.1.4");
    expect(runtimeToken({ navigator: { userAgent: "Bun/1.1.38" }, process: { versions: { node: "22.6.0" } } })).toBe("gl-bun/1.1.38");
    expect(runtimeToken({ navigator: { userAgent: "Node.js/22" }, process: { versions: { node: "22.6.0" } } })).toBe("gl-node/22.6.0");
  });
});

describe("userAgent", () => {
  it("is put before the SDK's own product token", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    await createOperationsClient({ fetch: s.fetch, userAgent: "my-app/2.0 (+https://example.test)" }).get(OP_NAME);
    expect(s.requests[0]?.headers.get("user-agent")).toBe(`my-app/2.0 (+https://example.test) automl-ops-kit/${SDK_VERSION}`);
  });

  it.each([
    ["a line break (a header injected)", "my-app\r\nX-Injected: 1"],
    ["a NUL", "my-app\0"],
    ["a character outside ASCII", "my-app/2.0 é"],
  ])("with %s is InvalidOptionError when the client is made", (_, userAgent) => {
    expect(() => createOperationsClient({ userAgent })).toThrow(InvalidOptionError);
  });
});
