import { request } from "node:http";
import { connect } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { errors } from "./errors.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { PARENT_PATH, startTestFake, type TestFake } from "./test-support/start-test-fake.js";

const RUNNING_OP = DEFAULT_SEED_IDS.running[0];
const OP_PATH = `${PARENT_PATH}/${RUNNING_OP}`;

let fake: TestFake;
beforeEach(async () => {
  fake = await startTestFake();
});
afterEach(() => fake.close());

describe("request bodies", () => {
  it("refuses invalid JSON", async () => {
    const { status, body } = await fake.call("POST", `${OP_PATH}:cancel`, { body: "{nope" });
    expect(status).toBe(400);
    expect(body.error.status).toBe("INVALID_ARGUMENT");
    expect(body.error.message).toMatch(/^Invalid JSON payload received\./);
  });

  it.each(["[]", "null", "3", '"text"'])("refuses the JSON %s that is not an object", async (text) => {
    const { body } = await fake.call("POST", `${OP_PATH}:wait`, { body: text });
    expect(body).toEqual(errors.bodyNotAnObject().toEnvelope());
  });

  it("refuses an unknown member in wait's body", async () => {
    const { body } = await fake.call("POST", `${OP_PATH}:wait`, { body: { timeout: "1s", deadline: "2s" } });
    expect(body).toEqual(errors.unknownBodyField("deadline").toEnvelope());
  });

  it.each([
    ["GET", OP_PATH, "get"],
    ["DELETE", OP_PATH, "delete"],
    ["GET", PARENT_PATH, "list"],
  ])("refuses a body on %s %s", async (method, path, name) => {
    const { status, body } = await fake.call(method, path, { body: {} });
    expect(status).toBe(400);
    expect(body).toEqual(errors.bodyNotAllowed(name).toEnvelope());
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"])(
    "refuses the content type %s",
    async (type) => {
      const { body } = await fake.call("POST", `${OP_PATH}:cancel`, { body: "{}", headers: { "content-type": type } });
      expect(body).toEqual(errors.unsupportedContentType(type).toEnvelope());
    },
  );

  it("accepts application/json with charset=utf-8", async () => {
    const { status } = await fake.call("POST", `${OP_PATH}:cancel`, { body: "{}", headers: { "content-type": "application/json; charset=UTF-8" } });
    expect(status).toBe(200);
  });

  it("refuses a body over 64 KiB and keeps serving", async () => {
    const big = JSON.stringify({ timeout: "1s", pad: "x".repeat(70_000) });
    const { status, body } = await fake.call("POST", `${OP_PATH}:wait`, { body: big });
    expect(status).toBe(400);
    expect(body).toEqual(errors.bodyTooLarge(65_536).toEnvelope());
    expect((await fake.call("GET", OP_PATH)).status).toBe(200);
  });

  it("refuses invalid UTF-8", async () => {
    const response = await fetch(`${fake.url}${OP_PATH}:cancel`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(response.status).toBe(400);
  });
});

describe("paths and methods", () => {
  it.each([
    ["/", "GET"],
    ["/v1/projects/demo/locations/us-central1/operations", "GET"],
    ["/v1beta1/projects/demo/locations/us-central1/models", "GET"],
    [`${OP_PATH}/extra`, "GET"],
    [`${OP_PATH}:undelete`, "POST"],
  ])("answers NOT_FOUND for the unknown path %s", async (path, method) => {
    const { status, body } = await fake.call(method, path);
    expect(status).toBe(404);
    expect(body).toEqual(errors.unknownPath(method, path).toEnvelope());
  });

  it.each([
    ["PUT", OP_PATH, ["GET", "DELETE"]],
    ["PATCH", OP_PATH, ["GET", "DELETE"]],
    ["POST", OP_PATH, ["GET", "DELETE"]],
    ["GET", `${OP_PATH}:cancel`, ["POST"]],
    ["DELETE", PARENT_PATH, ["GET"]],
  ] as const)("answers NOT_FOUND with Allow for %s %s", async (method, path, allowed) => {
    const { status, headers, body } = await fake.call(method, path);
    expect(status).toBe(404);
    expect(headers.get("allow")).toBe(allowed.join(", "));
    expect(body).toEqual(errors.methodNotAllowed(method, path, allowed).toEnvelope());
  });

  it("refuses a malformed percent-escape", async () => {
    const path = `${PARENT_PATH}/ab%ZZ`;
    expect((await fake.call("GET", path)).body).toEqual(errors.malformedEscape(path).toEnvelope());
  });

  it.each([
    [`${PARENT_PATH}/`, "operation", "", "is empty"],
    [`${PARENT_PATH}/a%20b`, "operation", "a b", "contains whitespace"],
    [`${PARENT_PATH}/a%2Fb`, "operation", "a/b", "must be letters, digits and -._~, starting with a letter or digit"],
    [`/v1beta1/projects//locations/us-central1/operations`, "project", "", "is empty"],
    [`/v1beta1/projects/demo/locations/${"l".repeat(129)}/operations`, "location", "l".repeat(129), "is longer than 128 characters"],
  ])("refuses the malformed name in %s", async (path, field, value, reason) => {
    const { status, body } = await fake.call("GET", path);
    expect(status).toBe(400);
    expect(body).toEqual(errors.malformedName(field, value, reason).toEnvelope());
  });

  it("refuses an unknown query parameter and a repeated one", async () => {
    expect((await fake.call("GET", `${OP_PATH}?pageSize=3`)).body).toEqual(errors.unknownQueryParameter("pageSize").toEnvelope());
    expect((await fake.call("GET", `${PARENT_PATH}?pageSize=1&pageSize=2`)).body).toEqual(
      errors.repeatedQueryParameter("pageSize").toEnvelope(),
    );
  });

  it("accepts Google's system parameters such as $alt", async () => {
    expect((await fake.call("GET", `${OP_PATH}?%24alt=json%3Benum-encoding%3Dint`)).status).toBe(200);
  });

  it("answers a raw request line that is not a path with NOT_FOUND", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${fake.url}/`, { method: "GET", path: "*" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(404);
  });
});

describe("unparsable requests", () => {
  it("answers a request node cannot parse with the envelope, not a bare 400", async () => {
    const port = new URL(fake.url).port;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.end("BR@KEN / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
    const body = JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4));
    expect(body.error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
    expect((await fake.call("GET", OP_PATH)).status).toBe(200);
  });
});

describe("auth", () => {
  beforeEach(async () => {
    await fake.close();
    fake = await startTestFake({ requireAuth: true });
  });

  it.each([
    ["no Authorization header", {}],
    ["an empty bearer token", { authorization: "Bearer " }],
    ["another scheme", { authorization: "Basic dXNlcjpwYXNz" }],
  ])("answers UNAUTHENTICATED for %s", async (_, headers) => {
    const { status, headers: replyHeaders, body } = await fake.call("GET", OP_PATH, { headers });
    expect(status).toBe(401);
    expect(body.error.status).toBe("UNAUTHENTICATED");
    expect(body).toEqual(errors.unauthenticated().toEnvelope());
    expect(replyHeaders.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("answers UNAUTHENTICATED before looking at a bad body", async () => {
    const { status } = await fake.call("POST", `${OP_PATH}:cancel`, { body: "{nope" });
    expect(status).toBe(401);
  });

  it("serves a request with a bearer token", async () => {
    const { status } = await fake.call("GET", OP_PATH, { headers: { authorization: "Bearer fake-token" } });
    expect(status).toBe(200);
  });

  it("does not cancel for an unauthenticated request", async () => {
    await fake.call("POST", `${OP_PATH}:cancel`);
    expect(fake.store.stats.cancelled).toBe(0);
    expect(Code.UNAUTHENTICATED).toBe(16);
  });
});
