/**
 * Shared by the fake's tests: start a fake on a manual clock and call it, checking every response
 * against the spec with the generated validators (self-check) so no test can pass on a bad response.
 */
import { request } from "node:http";
import { afterEach } from "vitest";
import { expect } from "vitest";
import { createManualClock, type ManualClock } from "../clock.js";
import type { MethodName } from "../router.js";
import { checkResponse } from "../self-check.js";
import { createFakeServer } from "../server.js";
import type { FakeServer, FakeServerOptions } from "../types.js";

export const PARENT_PATH = "/v1beta1/projects/demo/locations/us-central1/operations";
export const NAME_PREFIX = "projects/demo/locations/us-central1/operations/";

export interface TestFake extends FakeServer {
  clock: ManualClock;
  call(method: string, path: string, init?: { body?: string | object; headers?: Record<string, string> }): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

function routeOf(method: string, path: string): MethodName | undefined {
  const bare = path.split("?")[0]!;
  if (!bare.startsWith("/v1beta1/")) return undefined;
  if (bare.endsWith(":cancel")) return "cancel";
  if (bare.endsWith(":wait")) return "wait";
  if (bare.endsWith("/operations")) return "list";
  return method === "DELETE" ? "delete" : "get";
}

/**
 * A fake on a manual clock (plus `options`) with its self-check on; `violations` collects what the
 * self-check found, for a test to assert empty after every reply.
 */
export async function startSelfCheckedFake(options: FakeServerOptions = {}): Promise<{ server: FakeServer; clock: ManualClock; violations: string[] }> {
  const clock = createManualClock();
  const violations: string[] = [];
  const server = await createFakeServer({
    clock,
    selfCheck: true,
    onViolation: (v) => violations.push(`${v.method} ${v.path}: ${v.problems.join("; ")}`),
    ...options,
  });
  return { server, clock, violations };
}

/** Starts a fake on a manual clock (plus `options`); every reply is checked against the spec. */
/**
 * A fake per test: `start` starts one (closing it after the test, whatever the outcome). Call at the top
 * of a test file; the returned function takes the fake's options.
 */
export function fakePerTest(): (options?: FakeServerOptions) => Promise<TestFake> {
  let fake: TestFake | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  return async (options = {}) => {
    fake = await startTestFake(options);
    return fake;
  };
}

export async function startTestFake(options: FakeServerOptions = {}): Promise<TestFake> {
  const { server, clock, violations } = await startSelfCheckedFake(options);
  const call: TestFake["call"] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
      headers["content-type"] ??= "application/json";
    }
    // node:http rather than fetch: fetch refuses a body on GET, which these tests must be able to send.
    const response = await rawRequest(server.url + path, method, headers, body);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const json = JSON.parse(response.text);
    expect(violations).toEqual([]);
    expect(checkResponse(routeOf(method, path), response.status, json)).toEqual([]);
    return { status: response.status, headers: response.headers, body: json };
  };
  return Object.assign(server, { clock, call });
}

/** One HTTP exchange over node:http, any method with any body. */
export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string | Uint8Array,
): Promise<{ status: number; headers: Headers; text: string }> {
  // An explicit length: without it node sends a GET's body unframed and the server reads it as a new request.
  const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const replyHeaders = new Headers();
        for (const [key, value] of Object.entries(res.headers)) if (typeof value === "string") replyHeaders.set(key, value);
        resolve({ status: res.statusCode ?? 0, headers: replyHeaders, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
