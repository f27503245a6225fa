import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { InvalidNameError } from "./errors.js";
import { locationName, operationName, parseLocationName, parseOperationName } from "./names.js";
import { RUNNING_OP } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

describe("resource names", () => {
  it("builds and parses an operation name", () => {
    const ref = { project: "demo", location: "us-central1", operation: "TRN123" };
    const name = operationName(ref);
    expect(name).toBe("projects/demo/locations/us-central1/operations/TRN123");
    expect(parseOperationName(name)).toEqual(ref);
    expect(locationName(ref)).toBe("projects/demo/locations/us-central1");
    expect(parseLocationName(locationName(ref))).toEqual({ project: "demo", location: "us-central1" });
  });

  it.each([
    ["wrong collection", "projects/p/regions/l/operations/o"],
    ["too short", "projects/p/locations/l/operations"],
    ["too long", "projects/p/locations/l/operations/o/x"],
    ["leading slash", "/projects/p/locations/l/operations/o"],
    ["empty segment", "projects//locations/l/operations/o"],
    ["dot segment", "projects/./locations/l/operations/o"],
    ["dot-dot segment", "projects/p/locations/../operations/o"],
    ["control character", "projects/p/locations/l/operations/o\n"],
    ["DEL character", "projects/p/locations/l/operations/o\u007f"],
    ["lone surrogate", "projects/p/locations/l/operations/o\uDC00"],
  ])("rejects %s", (_, name) => {
    expect(() => parseOperationName(name)).toThrow(InvalidNameError);
  });

  it("rejects ids with / or nothing when building names", () => {
    expect(() => operationName({ project: "a/b", location: "l", operation: "o" })).toThrow(InvalidNameError);
    expect(() => operationName({ project: "p", location: "", operation: "o" })).toThrow(InvalidNameError);
    expect(() => locationName({ project: "p", location: ".." })).toThrow(InvalidNameError);
  });

  it("percent-encodes odd but legal characters so they stay inside their segment", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch });
    await client.cancel("projects/p%2F..%2F/locations/l?x=1#frag/operations/op:wait");
    const url = new URL(s.requests[0]!.url);
    expect(url.pathname).toBe("/v1beta1/projects/p%252F..%252F/locations/l%3Fx%3D1%23frag/operations/op%3Await:cancel");
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
  });
});

const ODD = ["", ".", "..", "/", "%2F", "%2e%2e", "?", "#", ":", "\\", "\u0000", "\n", "\uD800", " ", "é", "😀", "a", "op", "%", "&", "="];
const segment = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.array(fc.constantFrom(...ODD), { maxLength: 4 }).map((parts) => parts.join("")),
);

describe("property: no name reaches another path", () => {
  const s = scriptedFetch(json(RUNNING_OP));
  const client = createOperationsClient({ fetch: s.fetch });

  it("every generated name throws InvalidNameError or stays under /v1beta1/projects/ in its own segments", async () => {
    await fc.assert(
      fc.asyncProperty(segment, segment, segment, fc.constantFrom("get", "cancel", "wait", "delete"), async (p, l, o, method) => {
        const name = `projects/${p}/locations/${l}/operations/${o}`;
        const before = s.requests.length;
        try {
          await client[method as "get"](name);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidNameError);
          expect(s.requests.length).toBe(before);
          return;
        }
        const url = new URL(s.requests.at(-1)!.url);
        expect(url.pathname.startsWith("/v1beta1/projects/")).toBe(true);
        expect(url.search + url.hash).toBe("");
        const suffix = method === "cancel" ? ":cancel" : method === "wait" ? ":wait" : "";
        const segments = url.pathname.slice(0, url.pathname.length - suffix.length).split("/");
        expect(segments.slice(0, 3)).toEqual(["", "v1beta1", "projects"]);
        expect(segments.slice(3).map(decodeURIComponent)).toEqual([p, "locations", l, "operations", o]);
      }),
      { numRuns: 400 },
    );
  });

  it("parseOperationName round-trips every name it accepts", () => {
    fc.assert(
      fc.property(segment, segment, segment, (project, location, operation) => {
        let name: string;
        try {
          name = operationName({ project, location, operation });
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidNameError);
          return;
        }
        expect(parseOperationName(name)).toEqual({ project, location, operation });
      }),
      { numRuns: 400 },
    );
  });
});
