import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { errors } from "./errors.js";
import { createResponder } from "./respond.js";
import { checkResponse } from "./self-check.js";
import type { SelfCheckViolation } from "./types.js";

const RUNNING_OP = { name: "projects/demo/locations/us-central1/operations/RUN1" };

describe("checkResponse", () => {
  it("passes a conforming operation, page, empty body and error", () => {
    expect(checkResponse("get", 200, RUNNING_OP)).toEqual([]);
    expect(checkResponse("list", 200, { operations: [RUNNING_OP] })).toEqual([]);
    expect(checkResponse("cancel", 200, {})).toEqual([]);
    expect(checkResponse(undefined, 404, errors.unknownPath("GET", "/x").toEnvelope())).toEqual([]);
  });

  it("finds an operation with both error and response", () => {
    const both = { ...RUNNING_OP, done: true, error: { code: 1 }, response: { "@type": "x/y.Z" } };
    expect(checkResponse("get", 200, both)).not.toEqual([]);
  });

  it("finds an Any without @type", () => {
    expect(checkResponse("wait", 200, { ...RUNNING_OP, done: true, response: { name: "m" } }).join()).toMatch(/@type/);
  });

  it("finds a member in an Empty body", () => {
    expect(checkResponse("delete", 200, { ok: true })).not.toEqual([]);
  });

  it("finds an envelope whose code differs from the HTTP status or whose status maps elsewhere", () => {
    const notFound = errors.operationNotFound("projects/p/locations/l/operations/o").toEnvelope();
    expect(checkResponse("get", 400, notFound).join()).toMatch(/differs from the HTTP status/);
    const mislabelled = { error: { code: 404, message: "m", status: "INVALID_ARGUMENT" } };
    expect(checkResponse("get", 404, mislabelled).join()).toMatch(/does not map to HTTP 404/);
  });

  it("finds a non-JSON content type", () => {
    expect(checkResponse("cancel", 200, {}, "text/plain")).toEqual(['content-type "text/plain" is not application/json']);
  });
});

describe("self-check at run time", () => {
  it("reports a violating response and answers INTERNAL instead", async () => {
    const violations: SelfCheckViolation[] = [];
    const responder = createResponder(true, (v) => violations.push(v));
    const server = createServer((req, res) =>
      responder.send(res, { method: "GET", path: req.url ?? "", route: "get" }, 200, { name: "not a name" }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/op`);
      expect(response.status).toBe(500);
      expect(response.headers.get("x-fake-self-check")).toBe("violation");
      expect((await response.json()).error.status).toBe("INTERNAL");
      expect(violations).toHaveLength(1);
      expect(violations[0]!.problems.join()).toMatch(/\/name must match pattern/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
