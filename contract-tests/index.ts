/**
 * The public face of the conformance kit, exported as `automl-ops-kit/conformance`: define or start a
 * target, run the suite against it, read the report. The CLI's `conformance` command is built on these.
 */
export {
  ConformanceSession,
  DEFAULT_CANCEL_TIMEOUT_MS,
  DEFAULT_CONCURRENCY,
  DEFAULT_OPERATION_TIMEOUT_MS,
  DEFAULT_THROTTLE_BUDGET_MS,
  listScenarios,
  readStartRequestsFile,
  reportPassed,
  runConformance,
  selectScenarios,
  StartRequestsError,
  summarize,
  type CheckResult,
  type CheckStatus,
  type ConformanceReport,
  type IncompleteReason,
  type OperationCoverage,
  type RunOptions,
  type ScenarioProgress,
  type StartRequest,
  type StartRequests,
  type ThrottlingSummary,
} from "./runner.js";
export {
  DEFAULT_CAPABILITIES,
  defineTarget,
  FAKE_CAPABILITIES,
  PRISM_MOCK_CAPABILITIES,
  type Capabilities,
  type Target,
  type TokenSource,
} from "./target.js";
export {
  QUICK_START_DURATIONS,
  startFakeTarget,
  startPrismMockTarget,
  startProxyTarget,
  type FakeTargetOptions,
  type PrismMockTargetOptions,
  type ProxyTargetOptions,
  type RunningTarget,
} from "./targets/local.js";
