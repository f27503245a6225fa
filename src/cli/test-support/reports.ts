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
  timeMs: 12,
};

export const FAILED_CHECK: CheckResult = {
  id: "cancel-running-ends-cancelled/cancelEndedOperation",
  scenario: "cancel-running-ends-cancelled",
  check: "cancelEndedOperation",
  operationIds: ["cancelOperation", "getOperation"],
  status: "failed",
  message: `The operation is still running after cancel <op name="a&b">\nReceived: done false\nDocumented: done true, error.code 1`,
  durationMs: 40,
  timeMs: 25,
};

export const SKIPPED_CHECK: CheckResult = {
  id: "delete-then-get-not-found/answeredWith",
  scenario: "delete-then-get-not-found",
  check: "answeredWith",
  operationIds: ["deleteOperation"],
  status: "skipped",
  message: "needs capability destructive (pass --allow-destructive to let it cancel and delete)",
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

/** A scenario that threw something other than a contract violation. */
export const ABORTED_CHECK: CheckResult = {
  id: "client-lists-and-gets/scenario",
  scenario: "client-lists-and-gets",
  check: "scenario",
  operationIds: ["listOperations"],
  status: "failed",
  message: "Scenario aborted: TypeError: fetch failed",
  durationMs: 30,
};

/** A scenario that ran but found nothing to exercise. */
export const PRECONDITION_CHECK: CheckResult = {
  id: "get-returns-the-listed-operation/precondition",
  scenario: "get-returns-the-listed-operation",
  check: "precondition",
  operationIds: ["getOperation"],
  status: "skipped",
  message: "listing projects/p/locations/l returned no operations",
  durationMs: 8,
};

export const ONE_ABORTED_REPORT = report([PASSED_CHECK, ABORTED_CHECK]);
export const INTERRUPTED_REPORT: ConformanceReport = { ...report([PASSED_CHECK]), interrupted: true };
/** A report with a field no reporter knows by name, as the runner may add later. */
export const REPORT_WITH_EXTRA_FIELD = { ...report([PASSED_CHECK]), retriesOfTomorrow: { retries: 3, waitedMs: 1200 } } as ConformanceReport;

/** A run the server throttled past the budget, against a server without list and cancel. */
export const THROTTLED_OUT_REPORT: ConformanceReport = {
  ...report([PASSED_CHECK, { ...SKIPPED_CHECK, check: "throttled", message: "could not complete: throttled while running" }]),
  incomplete: "throttled",
  throttling: { retries: 7, waitedMs: 3_240, byStatus: { "503": { retries: 2, waitedMs: 700 }, "429": { retries: 5, waitedMs: 2_540 } } },
  unimplemented: ["cancelOperation", "listOperations"],
};

/** A run that completed and met no throttling nor any unimplemented method: facts it has nothing to tell. */
export const QUIET_RUN_REPORT: ConformanceReport = { ...report([PASSED_CHECK]), throttling: { retries: 0, waitedMs: 0, byStatus: {} }, unimplemented: [] };
