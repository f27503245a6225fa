/**
 * Methods that start operations the server routes nowhere are a fact of the run, told by name in every
 * reporter, like the methods it answers UNIMPLEMENTED, and never a failure.
 */
import { describe, expect, it } from "vitest";
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { RUN_FACT_FIELDS, runFactLines, runFactProperties } from "./run-facts.js";

const OPERATIONS_ONLY_REPORT: ConformanceReport = {
  target: { name: "ops-only", baseUrl: "http://127.0.0.1:1", capabilities: { stateful: true, destructive: true, strictStatusCodes: true, strictRouting: true, auth: false, startOperations: true } },
  results: [],
  coverage: {},
  uncovered: [],
  notExercised: [],
  durationMs: 1,
  unimplemented: [],
  notServed: ["createModel", "deployModel"],
};

describe("methods not served", () => {
  it("are a line of the console's run facts and a property of JUnit's", () => {
    expect(runFactLines(OPERATIONS_ONLY_REPORT)).toEqual([["Not served by the server", expect.stringMatching(/^createModel, deployModel \(404 or 501 for every resource/)]]);
    expect(runFactProperties(OPERATIONS_ONLY_REPORT)).toContainEqual(["notServed", "createModel, deployModel"]);
    expect(RUN_FACT_FIELDS).toContain("notServed");
  });

  it("say nothing when every method was served", () => {
    const served = { ...OPERATIONS_ONLY_REPORT, notServed: [] };
    expect(runFactLines(served)).toEqual([]);
    expect(runFactProperties(served).map(([name]) => name)).not.toContain("notServed");
  });
});
