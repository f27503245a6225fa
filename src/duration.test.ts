import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { durationOfMs, formatDurationMs, isDuration, MAX_DURATION_SECONDS, parseDurationMs } from "./duration.js";
import { InvalidOptionError } from "./errors.js";
import { OP_NAME, PARENT, RUNNING_OP } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

const MAX_MS = MAX_DURATION_SECONDS * 1000;

describe("Durations", () => {
  it.each([
    [0, "0s"],
    [1500, "1.5s"],
    [0.000001, "0.000000001s"],
    [999.9999999, "1s"],
    [1999.9999996, "2s"],
    [59_999.99999999, "60s"],
    [0.0000004, "0s"],
    [MAX_MS, `${MAX_DURATION_SECONDS}s`],
  ])("formats %s ms as %s, nanos carried into seconds", (ms, text) => {
    expect(formatDurationMs(ms)).toBe(text);
  });

  it.each([-1, -0.0000001, Number.NaN, Infinity, MAX_MS + 1000])("has no Duration for %s ms", (ms) => {
    expect(durationOfMs(ms)).toBeUndefined();
    expect(() => formatDurationMs(ms)).toThrow(RangeError);
  });

  it("reads the largest Duration and nothing past it", () => {
    expect(parseDurationMs(`${MAX_DURATION_SECONDS}.999999999s`)).toBe(MAX_MS + 1000);
    expect(isDuration(`${MAX_DURATION_SECONDS}s`)).toBe(true);
    expect(isDuration(`${MAX_DURATION_SECONDS + 1}s`)).toBe(false);
    expect(parseDurationMs(`${MAX_DURATION_SECONDS + 1}s`)).toBeUndefined();
    expect(parseDurationMs("999999999999s")).toBeUndefined();
  });

  it("every formatted Duration is well-formed, in range, and reads back within a millisecond above", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAX_MS, noNaN: true }), (ms) => {
        const text = formatDurationMs(ms);
        expect(text).toMatch(/^[0-9]{1,12}(\.[0-9]{1,9})?s$/);
        expect(text).not.toMatch(/\.[0-9]*0s$/);
        expect(isDuration(text)).toBe(true);
        const back = parseDurationMs(text)!;
        // Rounding to the nanosecond, then up to the millisecond, never loses more than float precision.
        const slack = Math.max(1e-6, ms * Number.EPSILON * 4);
        expect(back).toBeGreaterThanOrEqual(ms - slack);
        expect(back).toBeLessThanOrEqual(Math.ceil(ms) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("seconds and nanoseconds round-trip exactly while a double still holds the nanosecond (< 2^31 ms)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 999_999_999 }), (seconds, nanos) => {
        const text = nanos === 0 ? `${seconds}s` : `${seconds}.${String(nanos).padStart(9, "0").replace(/0+$/, "")}s`;
        expect(formatDurationMs(seconds * 1000 + nanos / 1e6)).toBe(text);
        expect(parseDurationMs(text)).toBe(seconds * 1000 + Math.ceil(nanos / 1e6));
      }),
      { numRuns: 2000 },
    );
  });

  it("parses only the spec's form", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDurationMs(text);
        if (parsed !== undefined) expect(text).toMatch(/^[0-9]{1,12}(\.[0-9]{1,9})?s$/);
        expect(isDuration(text)).toBe(parsed !== undefined);
      }),
    );
  });
});

describe("wait's timeout and list's text options", () => {
  it("wait({ timeout: 999.9999999 }) sends 1s", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    await createOperationsClient({ fetch: s.fetch }).wait(OP_NAME, { timeout: 999.9999999 });
    expect(s.requests[0]?.body).toBe('{"timeout":"1s"}');
  });

  it.each([
    ["milliseconds past the range", MAX_MS + 1000],
    ["a Duration string past the range", `${MAX_DURATION_SECONDS + 1}s`],
    ["a huge number", 1e300],
    ["NaN", Number.NaN],
  ])("a timeout of %s is InvalidOptionError and nothing is sent", async (_, timeout) => {
    const s = scriptedFetch(json(RUNNING_OP));
    const error = await createOperationsClient({ fetch: s.fetch }).wait(OP_NAME, { timeout }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(s.requests).toHaveLength(0);
  });

  it.each([
    ["filter", { filter: "worksOn=\uD800" }],
    ["pageToken", { pageToken: "tok\uDFFFen" }],
  ])("a lone surrogate in %s is InvalidOptionError (not a URIError) and nothing is sent", async (option, list) => {
    const s = scriptedFetch(json({ operations: [] }));
    const client = createOperationsClient({ fetch: s.fetch });
    const error = await client.listPage(PARENT, list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe(option);
    expect(() => client.list(PARENT, list)).toThrow(InvalidOptionError);
    expect(s.requests).toHaveLength(0);
  });

  it("a well-formed pair and any other text still go, percent-encoded", async () => {
    const s = scriptedFetch(json({ operations: [] }));
    await createOperationsClient({ fetch: s.fetch }).listPage(PARENT, { filter: "worksOn=\uD83D\uDE00 & done=true", pageToken: "a+b/c" });
    const url = new URL(s.requests[0]!.url);
    expect(url.searchParams.get("filter")).toBe("worksOn=\uD83D\uDE00 & done=true");
    expect(url.searchParams.get("pageToken")).toBe("a+b/c");
  });
});
