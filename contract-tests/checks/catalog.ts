/**
 * Every check of the kit, by the name results carry (the function's name), so tools can offer them by
 * name (the CLI's --checks and --exclude-checks) and refuse a misspelt one instead of silently
 * reporting nothing. checks/catalog.test.ts runs the suite and fails on a result this list lacks.
 */
import { clientCallSucceeded, clientRejectedWith } from "./client.js";
import {
  metadataHasDeclaredDetail,
  metadataHasDeclaredType,
  operationFinishedWithin,
  progressNeverDecreases,
  responseHasDeclaredType,
  responseMatchesDeclaredSchema,
} from "./lifecycle.js";
import { namesKeepOneProject, OPERATION_INVARIANTS, operationIsDone, operationIsNamed, operationNameUnderParent } from "./operation.js";
import { HISTORY_RULES } from "../history/scenarios.js";
import { GENERIC_CHECKS } from "./response.js";
import { HOSTILE_CHECKS } from "../hostile-answers.js";
import { methodServed } from "./unimplemented.js";
import {
  answeredOneOf,
  answeredWith,
  cancelBodyAccepted,
  cancelEndedOperation,
  filterMatches,
  finishedOperationUnchanged,
  invalidArgumentAnswered,
  listAgreesWithGet,
  malformedInputRejected,
  missingTokenRefused,
  noOperationRepeated,
  operationAbsent,
  pagesEqualWhole,
  pageWithinPageSize,
  paginationTerminates,
  repeatedCancelHarmless,
  returnedWithin,
  undocumentedMethodRefused,
} from "./semantics.js";

const CHECKS = [
  ...GENERIC_CHECKS,
  ...OPERATION_INVARIANTS,
  operationNameUnderParent,
  namesKeepOneProject,
  operationIsDone,
  operationIsNamed,
  answeredWith,
  answeredOneOf,
  malformedInputRejected,
  invalidArgumentAnswered,
  missingTokenRefused,
  cancelBodyAccepted,
  cancelEndedOperation,
  repeatedCancelHarmless,
  pageWithinPageSize,
  paginationTerminates,
  noOperationRepeated,
  pagesEqualWhole,
  filterMatches,
  returnedWithin,
  operationAbsent,
  listAgreesWithGet,
  finishedOperationUnchanged,
  undocumentedMethodRefused,
  clientCallSucceeded,
  clientRejectedWith,
  metadataHasDeclaredType,
  metadataHasDeclaredDetail,
  operationFinishedWithin,
  responseHasDeclaredType,
  responseMatchesDeclaredSchema,
  progressNeverDecreases,
  ...HISTORY_RULES,
  methodServed,
];

/** The names of the kit's checks, sorted. */
export const CHECK_NAMES: readonly string[] = [...new Set([...CHECKS.map((check) => check.name), ...HOSTILE_CHECKS])].sort();

/** Results the runner makes itself, about a scenario rather than a check; never filtered out. */
export const RUNNER_RESULT_NAMES: readonly string[] = ["capabilities", "precondition", "scenario", "interrupted", "unimplemented", "not-served", "throttled"];
