import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "../src/redact.js";
import { reportPassed, runConformance } from "./runner.js";
import { startFakeTarget, type RunningTarget } from "./targets/local.js";
import type { WireRecord } from "./transport.js";

const TOKEN = "runner-hooks-secret-token";

/** A server that echoes the Authorization header in a 500's body: the echo must never reach a report. */
function echoingAuthorization(): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if ((init?.method ?? "GET") !== "GET" || !String(input).includes("/operations/")) return response;
    const authorization = new Headers(init?.headers).get("authorization");
    return new Response(JSON.stringify({ error: { code: 500, message: `bad header ${authorization}`, status: "INTERNAL" } }), {
      status: 500,
      headers: { "content-type": "application/json" },
    });
  };
}

describe("run hooks", () => {
  let fake: RunningTarget;
  beforeAll(async () => {
    fake = await startFakeTarget({ fake: { requireAuth: true } });
  });
  afterAll(() => fake.close());

  it("redacts a token the server echoes from every result and the report", async () => {
    const target = { ...fake.target, token: TOKEN, fetch: echoingAuthorization() };
    const report = await runConformance(target, { only: ["get-returns-the-listed-operation", "client-lists-and-gets"] });
    const failed = report.results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.check)).toEqual(expect.arrayContaining(["notAServerError", "clientCallSucceeded"]));
    const text = JSON.stringify(report);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain(REDACTED);
  });

  it("redacts tokens a token function gives, and records every exchange on the wire", async () => {
    const records: WireRecord[] = [];
    const target = { ...fake.target, token: async () => TOKEN, fetch: echoingAuthorization() };
    const report = await runConformance(target, { only: ["client-lists-and-gets"], onRecord: (r) => records.push(r) });
    await new Promise((r) => setTimeout(r, 20));
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    // The SDK's requests are recorded too: a list and a get, each with the token as sent.
    expect(records.map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "GET 500"]);
    expect(records[1]?.requestHeaders).toContainEqual(["authorization", `Bearer ${TOKEN}`]);
  });

  it("reports only the checks asked for, and none excluded", async () => {
    const only = await runConformance(fake.target, { only: ["getOperation-"], checks: ["statusCodeConformance"] });
    expect(new Set(only.results.map((r) => r.check))).toEqual(new Set(["statusCodeConformance"]));
    const excluded = await runConformance(fake.target, { only: ["getOperation-"], excludeChecks: ["statusCodeConformance"] });
    expect(excluded.results.some((r) => r.check === "statusCodeConformance")).toBe(false);
    expect(excluded.results.length).toBeGreaterThan(0);
  });

  it("stops when its signal aborts: later scenarios do not start and the run does not pass", async () => {
    const stop = new AbortController();
    const report = await runConformance(fake.target, {
      only: ["list-operations-are-well-formed", "get-returns-the-listed-operation", "wait-honours"],
      concurrency: 1,
      signal: stop.signal,
      onProgress: () => stop.abort(new Error("interrupted by the user")),
    });
    expect(report.interrupted).toBe(true);
    expect(reportPassed(report)).toBe(false);
    const scenarios = new Set(report.results.map((r) => r.scenario));
    expect(scenarios.has("wait-honours-its-timeout")).toBe(false);
    expect(report.results[0]?.scenario).toBe("list-operations-are-well-formed");
  });

  it("stops scenarios in flight side by side: each ends as interrupted, nothing fails", async () => {
    const stop = new AbortController();
    const seen: string[] = [];
    const running = runConformance(fake.target, {
      only: ["wait-honours", "wait-returns-finished", "list-operations-are-well-formed", "pagination-covers"],
      concurrency: 4,
      signal: stop.signal,
      onScenario: (scenario) => seen.push(scenario),
    });
    setTimeout(() => stop.abort(new Error("interrupted by the user")), 150);
    const report = await running;
    expect(report.interrupted).toBe(true);
    expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
    // wait-honours-its-timeout waits a second on the server: the abort finds it in flight.
    expect(report.results).toContainEqual(expect.objectContaining({ scenario: "wait-honours-its-timeout", check: "interrupted", status: "skipped" }));
    expect(seen.length).toBe(new Set(report.results.map((r) => r.scenario)).size);
  });

  it("reports progress per scenario with a known total, in scenario order whatever the order they finish in", async () => {
    const progress: Array<[string, number, number]> = [];
    const report = await runConformance(fake.target, {
      only: ["wait-honours", "getOperation-", "list-operations-are-well-formed"],
      concurrency: 3,
      onScenario: (scenario, _results, done, total) => progress.push([scenario, done, total]),
    });
    expect(progress.map(([, done]) => done)).toEqual(progress.map((_, i) => i + 1));
    expect(new Set(progress.map(([, , total]) => total))).toEqual(new Set([progress.length]));
    // wait-honours-its-timeout holds a second on the server and finishes last, yet is reported in its place.
    const order = [...new Set(report.results.map((r) => r.scenario))];
    expect(progress.map(([scenario]) => scenario)).toEqual(order);
    expect(order.slice(0, 2)).toEqual(["list-operations-are-well-formed", "wait-honours-its-timeout"]);
  });
});
