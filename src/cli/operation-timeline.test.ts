import { describe, expect, it } from "vitest";
import type { WireRecord } from "../../contract-tests/transport.js";
import { operationTimeline } from "./operation-timeline.js";

const BASE = "http://127.0.0.1:4010/v1beta1/";
const NAME = "projects/demo/locations/us-central1/operations/RUN1";
const T0 = Date.parse("2026-01-02T03:04:05.000Z");

function exchange(at: number, method: string, path: string, status: number, body: unknown, scenario = "cancel-running-ends-cancelled"): WireRecord {
  return {
    startedAt: T0 + at,
    method,
    url: BASE + path,
    requestHeaders: [],
    status,
    statusText: "",
    responseHeaders: [],
    responseBody: body === undefined ? "" : JSON.stringify(body),
    timeMs: 5,
    scenario,
  };
}

const RUNNING_OP = { name: NAME, metadata: { "@type": "x", createModelDetails: {} }, done: false };
const CANCELLED_OP = { ...RUNNING_OP, done: true, error: { code: 1, message: "cancelled" } };
const NOT_FOUND = { error: { code: 404, status: "NOT_FOUND", message: "no" } };

describe("operation timeline", () => {
  const timeline = operationTimeline([
    exchange(0, "GET", NAME, 200, RUNNING_OP),
    exchange(100, "POST", `${NAME}:cancel`, 200, {}),
    exchange(200, "GET", `projects/demo/locations/us-central1/operations?pageSize=5`, 200, { operations: [CANCELLED_OP, { name: "projects/demo/locations/us-central1/operations/OTHER", done: true }] }),
    exchange(300, "DELETE", NAME, 200, {}),
    exchange(400, "GET", NAME, 404, NOT_FOUND),
    exchange(500, "GET", "projects/demo/locations/us-central1/operations/NOSUCH", 404, NOT_FOUND, "getOperation-unknown-resource"),
  ]);

  it("draws a row for each operation a request named and an answer showed, not for listed-only or never-existing ones", () => {
    expect(timeline.operations.map((o) => o.name)).toEqual([NAME]);
    expect(timeline.probes).toBe(1);
    expect(timeline.start).toBe(T0);
    expect(timeline.end).toBe(T0 + 505);
  });

  it("follows the states the answers showed, a list's included, and what a delete did", () => {
    const [op] = timeline.operations;
    expect(op!.kind).toBe("createModel");
    expect(op!.observations.map((o) => [o.at - T0, o.state, o.via])).toEqual([
      [5, "running", "GET 200"],
      [205, "cancelled", "list"],
      [305, "deleted", "DELETE 200"],
      [405, "deleted", "GET 404"],
    ]);
    expect(op!.marks.map((m) => [m.at - T0, m.action, m.status])).toEqual([
      [0, "get", 200],
      [100, "cancel", 200],
      [300, "delete", 200],
      [400, "get", 404],
    ]);
  });

  it("marks the start of an operation a method started, and tells failed from done", () => {
    const started = operationTimeline([
      exchange(0, "POST", "projects/demo/locations/us-central1/models", 200, RUNNING_OP),
      exchange(50, "GET", NAME, 200, { ...RUNNING_OP, done: true, error: { code: 13, message: "boom" } }),
    ]);
    expect(started.operations[0]!.marks.map((m) => m.action)).toEqual(["start", "get"]);
    expect(started.operations[0]!.observations.map((o) => o.state)).toEqual(["running", "failed"]);
  });
});
