import { describe, expect, it } from "vitest";
import { FAKE_CAPABILITIES } from "../../contract-tests/target.js";
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { EXIT_FAILED, EXIT_INCOMPLETE, outcomeOf } from "./outcome.js";

const THROTTLED: ConformanceReport = {
  target: { name: "t", baseUrl: "http://127.0.0.1:1", capabilities: FAKE_CAPABILITIES },
  results: [{ id: "a/throttled", scenario: "a", check: "throttled", operationIds: [], status: "skipped", message: "could not complete: throttled while running", durationMs: 1 }],
  coverage: {},
  uncovered: [],
  notExercised: [],
  durationMs: 1,
  incomplete: "throttled",
  throttling: { retries: 12, waitedMs: 60_000, byStatus: { "429": { retries: 12, waitedMs: 60_000 } } },
  unimplemented: [],
};

describe("the outcome of a run that could not complete", () => {
  it("exits 3 with the throttling it met, distinct from a contract failure", () => {
    const outcome = outcomeOf(THROTTLED, false);
    expect(outcome.exitCode).toBe(EXIT_INCOMPLETE);
    expect(outcome.reason).toMatch(/could not complete: throttled after 12 retries and 60\.0 s of waiting/);
  });

  it("still exits 1 when a check failed before the throttling took over", () => {
    const failed = { ...THROTTLED, results: [...THROTTLED.results, { ...THROTTLED.results[0]!, id: "b/x", status: "failed" as const }] };
    expect(outcomeOf(failed, true).exitCode).toBe(EXIT_FAILED);
  });
});
