/**
 * automl-ops-kit/fake: a stateful fake of Cloud AutoML v1beta1 `projects.locations.operations`.
 *
 *   const fake = await createFakeServer({ clock: createManualClock(), requireAuth: true });
 *   // point a client at fake.url; move time with the clock; inspect fake.store
 *   await fake.close();
 */
export { createFakeServer } from "./server.js";
export { createFakeHandler, type FakeHandler } from "./handler.js";
export { OperationStore, type CancelOutcome, type IndexPage } from "./store.js";
export { createManualClock, systemClock, isManualClock, type Clock, type ManualClock } from "./clock.js";
export { parseFaultSpec, FaultInjector, type FaultRule, type FaultMethod, type FaultDecision } from "./faults.js";
export { errors, statusError, FakeError, ERROR_DOMAIN, type FieldViolation } from "./errors.js";
export { checkResponse } from "./self-check.js";
export { defaultSeed, richSeed, seedOperations, readSeedFile, DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./seed.js";
export { checkStateFolder, loadState, saveState, stateOf, type SavedState } from "./state-file.js";
export { StateSaver, STATE_SAVE_INTERVAL_MS, type StateSaverOptions } from "./state-saver.js";
export { STANDARD_PARAMETERS } from "./standard-parameters.js";
export { CORS_ALLOWED_HEADERS } from "./cors.js";
export { MAX_JSON_DEPTH } from "./json-depth.js";
export { parseFilter, type ParsedFilter, type FilterTerm } from "./filter.js";
export { resolveRoute, type MethodName, type Route } from "./router.js";
export { JSON_CONTENT_TYPE } from "./respond.js";
export { CONTROL_PREFIX } from "./control.js";
export { runFakeCommand, FAKE_USAGE, type FakeCommandIo } from "./cli.js";
export type {
  Any,
  DetailKind,
  OperationKind,
  FakeHandlerOptions,
  FakeServer,
  FakeServerOptions,
  ListOperationsResponse,
  Operation,
  OperationInput,
  OperationMetadata,
  SeedName,
  SelfCheckViolation,
  Status,
} from "./types.js";
export { StarterService, type StarterServiceOptions } from "./starters/service.js";
export { ResourceRegistry } from "./starters/resources.js";
export { DEFAULT_RESOURCE_IDS, defaultResources } from "./starters/resource-seed.js";
export { DEFAULT_START_DURATION_MS, parseStartDuration, type StartDurations } from "./starters/durations.js";
export { loadStarterCatalog, type StarterCatalog } from "./starters/catalog.js";
export type { StartRoute } from "./starters/route.js";
