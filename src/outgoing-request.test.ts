import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { OutgoingRequest, toOutgoingRequest } from "./outgoing-request.js";
import { OP_NAME, RUNNING_OP, TOKEN } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

describe("the request middleware on raw sees", () => {
  it("the URL, method, headers and a readable JSON body, as on a Request", async () => {
    const s = scriptedFetch(json({}));
    const ops = createOperationsClient({ fetch: s.fetch, token: TOKEN });
    const seen: unknown[] = [];
    ops.raw.use({
      async onRequest({ request }) {
        seen.push(request.method, new URL(request.url).pathname, request.headers.get("content-type"), await request.clone().json());
        return undefined;
      },
    });
    await ops.cancel(OP_NAME);
    expect(seen).toEqual(["POST", `/v1beta1/${OP_NAME}:cancel`, "application/json", {}]);
    expect(s.requests[0]?.body).toBe("{}");
  });

  it("a token from a function, asked for on every request", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    let calls = 0;
    const ops = createOperationsClient({ fetch: s.fetch, token: async () => `t${++calls}` });
    await ops.get(OP_NAME);
    await ops.get(OP_NAME);
    expect(s.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
  });
});

describe("OutgoingRequest", () => {
  it("clones with its own headers, so changing a clone leaves the original as it was", () => {
    const original = new OutgoingRequest("https://example.test/a", { method: "post", headers: { a: "1" }, body: "{}" });
    const copy = original.clone();
    copy.headers.set("a", "2");
    expect([original.method, original.headers.get("a"), copy.headers.get("a"), copy.body]).toEqual(["POST", "1", "2", "{}"]);
  });

  it("reads a real Request, body included, for callers of the transport that pass one", async () => {
    const request = await toOutgoingRequest(new Request("https://example.test/b", { method: "POST", body: '{"timeout":"1s"}' }));
    expect([request.method, request.url, await request.text()]).toEqual(["POST", "https://example.test/b", '{"timeout":"1s"}']);
  });

  it("leaves out a signal it was never given, and passes one given per attempt", () => {
    const request = new OutgoingRequest("https://example.test/c");
    const attempt = new AbortController().signal;
    expect(request.init().signal).toBeUndefined();
    expect(request.init(attempt).signal).toBe(attempt);
  });
});
