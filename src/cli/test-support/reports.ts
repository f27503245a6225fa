/**
 * Reports in known states, for the reporter and exit-code tests.
 */
import type { CheckResult, ConformanceReport } from "../../../contract-tests/runner.js";
import { FAKE_CAPABILITIES } from "../../../contract-tests/target.js";

export const PASSED_CHECK: CheckResult = {
  id: "list-pages-no-duplicates/noOperationRepeated",
  scenario: "list-pages-no-duplicates",
  check: "noOperationRepeated",
  operationIds: ["listOperations"],
  status: "passed",
  durationMs: 12,
};

export const FAILED_CHECK: CheckResult = {
  id: "cancel-running-ends-cancelled/cancelEndedOperation",
  scenario: "cancel-running-ends-cancelled",
  check: "cancelEndedOperation",
  operationIds: ["cancelOperation", "getOperation"],
  status: "failed",
  message: `The operation is still running after cancel <op name="a&b">\nReceived: done false\nDocumented: done true, error.code 1`,
  durationMs: 40,
};

export const SKIPPED_CHECK: CheckResult = {
  id: "delete-then-get-not-found/answeredWith",
  scenario: "delete-then-get-not-found",
  check: "answeredWith",
  operationIds: ["deleteOperation"],
  status: "skipped",
  message: "needs destructive calls (pass --allow-destructive)",
  durationMs: 0,
};

function report(results: CheckResult[], notExercised: string[] = []): ConformanceReport {
  return {
    target: { name: "fake", baseUrl: "http://127.0.0.1:4010", capabilities: FAKE_CAPABILITIES },
    results,
    coverage: {},
    uncovered: [],
    notExercised,
    durationMs: 1234,
  };
}

export const ALL_PASSED_REPORT = report([PASSED_CHECK, SKIPPED_CHECK]);
export const ONE_FAILED_REPORT = report([PASSED_CHECK, FAILED_CHECK, SKIPPED_CHECK]);
export const NOTHING_EXERCISED_REPORT = report([SKIPPED_CHECK], ["no operations under projects/p/locations/l"]);
export const ALL_SKIPPED_REPORT = report([SKIPPED_CHECK]);
