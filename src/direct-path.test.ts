import { describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { createOperationsClient, type OperationsClient } from "./client.js";
import { OP_NAME, PARENT, RUNNING_OP, TOKEN } from "./test-support/fixtures.js";
import { json, scriptedFetch, type RecordedRequest } from "./test-support/scripted-fetch.js";

const ODD_OP = `${PARENT}/operations/op%2F:x?y#z é`;

const calls: Array<[string, (client: OperationsClient) => Promise<unknown>]> = [
  ["get", (c) => c.get(OP_NAME)],
  ["get of a name that needs encoding", (c) => c.get(ODD_OP)],
  ["listPage with every option", (c) => c.listPage(PARENT, { filter: 'done=true AND worksOn="a&b"', pageSize: 50, pageToken: "t/+=" })],
  ["listPage with none", (c) => c.listPage(PARENT)],
  ["cancel", (c) => c.cancel(ODD_OP)],
  ["wait with a timeout", (c) => c.wait(OP_NAME, { timeout: 2500 })],
  ["wait without one", (c) => c.wait(OP_NAME)],
  ["delete", (c) => c.delete(OP_NAME)],
];

/** What a server can tell of a request. */
function seen(request: RecordedRequest) {
  const headers = request.headers;
  const names = ["authorization", "content-type", "user-agent", "x-goog-api-client"];
  return { method: request.method, url: request.url, body: request.body, headers: names.map((name) => headers.get(name)) };
}

const passThrough: Middleware = { onRequest: () => undefined };

describe("friendly calls send what openapi-fetch would", () => {
  it.each(calls)("%s: the same request with and without middleware on raw", async (_, call) => {
    const direct = scriptedFetch(json(RUNNING_OP));
    const viaOpenapiFetch = scriptedFetch(json(RUNNING_OP));
    const plain = createOperationsClient({ fetch: direct.fetch, token: TOKEN });
    const observed = createOperationsClient({ fetch: viaOpenapiFetch.fetch, token: TOKEN });
    observed.raw.use(passThrough);
    await call(plain);
    await call(observed);
    expect(seen(direct.requests[0]!)).toEqual(seen(viaOpenapiFetch.requests[0]!));
  });
});

describe("middleware on raw", () => {
  it("registered after calls were made, sees the next ones; ejected, sees no more", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    const urls: string[] = [];
    const recorder: Middleware = {
      onRequest({ request }) {
        urls.push(request.url);
        return undefined;
      },
    };
    await client.get(OP_NAME);
    client.raw.use(recorder);
    await client.cancel(OP_NAME);
    client.raw.eject(recorder);
    await client.delete(OP_NAME);
    expect(urls).toEqual([`https://automl.googleapis.com/v1beta1/${OP_NAME}:cancel`]);
    expect(s.requests).toHaveLength(3);
  });

  it("that is not middleware is refused when registered, as openapi-fetch refuses it", () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch });
    expect(() => client.raw.use({} as Middleware)).toThrow(/Middleware must be an object/);
  });

  it("raw requests carry a token function's token and go through the same guard", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: async () => TOKEN });
    const path = { projectsId: "p", locationsId: "l", operationsId: "o" };
    const { data } = await client.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path } });
    expect(data).toEqual(RUNNING_OP);
    expect(s.requests[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    const elsewhere = createOperationsClient({ fetch: s.fetch, token: async () => TOKEN });
    await expect(
      elsewhere.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", {
        params: { path },
        baseUrl: "http://example.com",
      }),
    ).rejects.toMatchObject({ name: "InsecureTransportError" });
    expect(s.requests).toHaveLength(1);
  });
});
