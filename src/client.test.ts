import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { ApiError, InvalidNameError, InvalidOptionError, ResponseValidationError } from "./errors.js";
import { CANCELLED_OP, OP_NAME, PARENT, RUNNING_OP, SUCCEEDED_OP, TOKEN } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

const OP_URL = `https://automl.googleapis.com/v1beta1/${OP_NAME}`;

describe("each method's happy path", () => {
  it("get sends GET to the operation's flat path and returns the Operation", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: TOKEN });
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(s.requests[0]).toMatchObject({ method: "GET", url: OP_URL, body: "" });
    expect(s.requests[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("listPage sends filter, pageSize and pageToken as query parameters", async () => {
    const s = scriptedFetch(json({ operations: [RUNNING_OP], nextPageToken: "n1" }));
    const client = createOperationsClient({ fetch: s.fetch });
    const page = await client.listPage(PARENT, { filter: "done=false", pageSize: 5, pageToken: "p0" });
    expect(page).toEqual({ operations: [RUNNING_OP], nextPageToken: "n1" });
    const url = new URL(s.requests[0]!.url);
    expect(url.pathname).toBe(`/v1beta1/${PARENT}/operations`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ filter: "done=false", pageSize: "5", pageToken: "p0" });
  });

  it("list iterates across pages until the token is empty", async () => {
    const other = { ...SUCCEEDED_OP, name: `${PARENT}/operations/B` };
    const s = scriptedFetch(
      json({ operations: [RUNNING_OP], nextPageToken: "t1" }),
      json({ operations: [], nextPageToken: "t2" }),
      json({ operations: [other], nextPageToken: "" }),
    );
    const client = createOperationsClient({ fetch: s.fetch });
    const seen = [];
    for await (const op of client.list(PARENT, { pageSize: 1 })) seen.push(op.name);
    expect(seen).toEqual([OP_NAME, other.name]);
    expect(s.requests.map((r) => new URL(r.url).searchParams.get("pageToken"))).toEqual([null, "t1", "t2"]);
  });

  it("list reports a server that repeats a page token instead of looping", async () => {
    const s = scriptedFetch(json({ operations: [RUNNING_OP], nextPageToken: "same" }));
    const client = createOperationsClient({ fetch: s.fetch });
    const drain = async () => {
      for await (const _ of client.list(PARENT)) void _;
    };
    await expect(drain()).rejects.toBeInstanceOf(ResponseValidationError);
    expect(s.requests).toHaveLength(2);
  });

  it("cancel sends {} as application/json, as Google's client does", async () => {
    const s = scriptedFetch(json({}));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.cancel(OP_NAME)).resolves.toBeUndefined();
    expect(s.requests[0]).toMatchObject({ method: "POST", url: `${OP_URL}:cancel`, body: "{}" });
    expect(s.requests[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("delete sends DELETE and accepts an empty body as Empty", async () => {
    const s = scriptedFetch(new Response(null, { status: 200, headers: { "content-length": "0" } }));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.delete(OP_NAME)).resolves.toBeUndefined();
    expect(s.requests[0]).toMatchObject({ method: "DELETE", url: OP_URL });
  });

  it("wait sends the timeout as a Duration in the body", async () => {
    const s = scriptedFetch(json(CANCELLED_OP), json(SUCCEEDED_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    await expect(client.wait(OP_NAME, { timeout: "3.5s" })).resolves.toEqual(CANCELLED_OP);
    await client.wait(OP_NAME, { timeout: 1500 });
    expect(s.requests.map((r) => r.body)).toEqual(['{"timeout":"3.5s"}', '{"timeout":"1.5s"}']);
    expect(s.requests[0]?.url).toBe(`${OP_URL}:wait`);
  });

  it("calls a token function for each request, so a refreshed token is used", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    let n = 0;
    const client = createOperationsClient({ fetch: s.fetch, token: async () => `tok-${++n}` });
    await client.get(OP_NAME);
    await client.get(OP_NAME);
    expect(s.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("identifies itself with User-Agent and x-goog-api-client", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, userAgent: "my-app/2.0" });
    await client.get(OP_NAME);
    expect(s.requests[0]?.headers.get("user-agent")).toMatch(/^my-app\/2\.0 automl-ops-kit\/\d/);
    expect(s.requests[0]?.headers.get("x-goog-api-client")).toMatch(/automl-ops-kit\//);
  });

  it("raw keeps openapi-fetch's { data, error, response }", async () => {
    const s = scriptedFetch(json({ error: { code: 404, message: "gone", status: "NOT_FOUND" } }, 404));
    const client = createOperationsClient({ fetch: s.fetch });
    const { data, error, response } = await client.raw.GET(
      "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}",
      { params: { path: { projectsId: "p", locationsId: "l", operationsId: "o" } } },
    );
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ error: { status: "NOT_FOUND" } });
    expect(response.status).toBe(404);
  });
});

describe("bad input is refused before anything is sent", () => {
  const s = scriptedFetch(json(RUNNING_OP));
  const client = createOperationsClient({ fetch: s.fetch });

  it.each([
    ["a location name", PARENT],
    ["an empty operation id", `${PARENT}/operations/`],
    ["a slash inside an id", `${PARENT}/operations/a/b`],
    ["a dot-dot segment", `${PARENT}/operations/..`],
  ])("get rejects %s with InvalidNameError", async (_, name) => {
    await expect(client.get(name)).rejects.toBeInstanceOf(InvalidNameError);
  });

  it("rejects negative pageSize, bad Duration and negative timeoutMs", async () => {
    await expect(client.listPage(PARENT, { pageSize: -1 })).rejects.toBeInstanceOf(InvalidOptionError);
    expect(() => client.list(PARENT, { pageSize: 1.5 })).toThrow(InvalidOptionError);
    await expect(client.wait(OP_NAME, { timeout: "3 seconds" })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(client.wait(OP_NAME, { timeout: -5 })).rejects.toBeInstanceOf(InvalidOptionError);
    expect(() => createOperationsClient({ timeoutMs: -1 })).toThrow(InvalidOptionError);
    expect(() => createOperationsClient({ retry: { maxAttempts: 0 } })).toThrow(InvalidOptionError);
    expect(() => createOperationsClient({ baseUrl: "ftp://example.com" })).toThrow(InvalidOptionError);
    expect(s.requests).toHaveLength(0);
  });
});

describe("response bodies", () => {
  it("a 200 that is not JSON is a ResponseValidationError naming the URL", async () => {
    const s = scriptedFetch(new Response("<html>proxy</html>", { status: 200 }));
    const client = createOperationsClient({ fetch: s.fetch });
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(String(error)).toContain(OP_URL);
  });

  it("a 200 whose JSON is not an object, or that is empty where an Operation is due, is a ResponseValidationError", async () => {
    for (const body of ["[]", "null", "42", '"done"', ""]) {
      const client = createOperationsClient({ fetch: scriptedFetch(new Response(body, { status: 200 })).fetch });
      const error = await client.get(OP_NAME).catch((e: unknown) => e);
      expect(error, body).toBeInstanceOf(ResponseValidationError);
      const page = await client.listPage(PARENT, { pageSize: 5 }).catch((e: unknown) => e);
      expect(page, body).toBeInstanceOf(ResponseValidationError);
      // A list's error names the resource, without the query.
      expect(String(page)).toContain(`${PARENT}/operations`);
      expect(String(page)).not.toContain("pageSize");
    }
    const empty = createOperationsClient({ fetch: scriptedFetch(new Response("", { status: 200 })).fetch });
    await expect(empty.cancel(OP_NAME)).resolves.toBeUndefined();
    await expect(empty.delete(OP_NAME)).resolves.toBeUndefined();
  });

  it("validateResponses rejects an Operation that breaks the spec", async () => {
    const broken = { ...SUCCEEDED_OP, name: "not/a/valid/name" };
    const s = scriptedFetch(json(broken));
    const client = createOperationsClient({ fetch: s.fetch, validateResponses: true });
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(ResponseValidationError);
    const lenient = createOperationsClient({ fetch: s.fetch });
    await expect(lenient.get(OP_NAME)).resolves.toEqual(broken);
  });

  it("validateResponses passes a conforming Operation and list page", async () => {
    const s = scriptedFetch(json(SUCCEEDED_OP), json({ operations: [RUNNING_OP] }));
    const client = createOperationsClient({ fetch: s.fetch, validateResponses: true });
    await expect(client.get(OP_NAME)).resolves.toEqual(SUCCEEDED_OP);
    await expect(client.listPage(PARENT)).resolves.toEqual({ operations: [RUNNING_OP] });
  });

  it("an error answer becomes an ApiError that names method and URL", async () => {
    const s = scriptedFetch(json({ error: { code: 404, message: "no such op", status: "NOT_FOUND" } }, 404));
    const client = createOperationsClient({ fetch: s.fetch });
    const error = (await client.delete(OP_NAME).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(`DELETE ${OP_URL}: NOT_FOUND (HTTP 404): no such op`);
  });
});
