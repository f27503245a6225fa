/**
 * The fake's public types: what an operation is made from, and the options of the handler and server.
 */
import type { components } from "../../generated/schema.js";
import type { Clock } from "./clock.js";
import type { FaultRule } from "./faults.js";
import type { OperationStore } from "./store.js";
import type { ResourceRegistry } from "./starters/resources.js";

export type Operation = components["schemas"]["Operation"];
export type OperationMetadata = components["schemas"]["OperationMetadata"];
export type Status = components["schemas"]["Status"];
export type Any = components["schemas"]["Any"];
export type ListOperationsResponse = components["schemas"]["ListOperationsResponse"];

/** The `…Details` member of AutoML's OperationMetadata that names an operation's kind of work. */
export type DetailKind =
  | "createModelDetails"
  | "deleteDetails"
  | "deployModelDetails"
  | "undeployModelDetails"
  | "importDataDetails"
  | "batchPredictDetails"
  | "exportDataDetails"
  | "exportModelDetails"
  | "exportEvaluatedExamplesDetails";

/**
 * An operation's detail member: one of AutoML's (DetailKind), or the one a method of the served spec
 * declares (x-operation-info.metadataDetail, a property of its metadata schema).
 */
export type OperationKind = DetailKind | (string & {});

/**
 * What an operation is made from (seed files, `store.create`, the control route). Its state is derived
 * from the clock at read time: running until `createTime + duration`, then done with `error` when given,
 * else with `response`.
 */
export interface OperationInput {
  /** `projects/{project}/locations/{location}/operations/{operation}`. */
  name: string;
  /** The kind of work: a DetailKind, or a detail member a starter of the served spec declares. @default "createModelDetails" */
  kind?: OperationKind;
  /** The `…Details` object of that kind. @default {} (or a plausible outputInfo for export kinds) */
  details?: Record<string, unknown>;
  /** When it started: ms since the epoch or an RFC 3339 timestamp. @default the clock's now */
  createTime?: number | string;
  /** How long it runs: ms, or a Duration string such as "3600s". @default 3_600_000 (an hour) */
  duration?: number | string;
  /** The result once done without `error`. @default per kind (a Model for createModel, else Empty) */
  response?: Any;
  /** Finish with this error instead of a response; `code` must not be 0. */
  error?: Status;
  /** The resource it works on, for the `worksOn` filter. @default a model or dataset name of its project */
  worksOn?: string;
  /** Partial failures reported in the metadata (at most 20). */
  partialFailures?: Status[];
}

/** Options of `createFakeHandler` (and of `createFakeServer`). */
export interface FakeHandlerOptions {
  /** The operations to start with: a list, or "default" for the demo project's seed. @default "default" */
  seed?: "default" | "none" | readonly OperationInput[];
  /** The time source; a `createManualClock()` lets tests move time. @default systemClock */
  clock?: Clock;
  /** Faults to inject (see `parseFaultSpec` for the CLI grammar). @default [] */
  faults?: readonly FaultRule[];
  /** Seed of the fault generator, so a run of faults is repeatable. @default 1 */
  faultSeed?: number;
  /** Answer UNAUTHENTICATED (401) to requests without a non-empty bearer token. @default false */
  requireAuth?: boolean;
  /** Serve the test-only control route `/__control/…` (add operations, advance a manual clock). @default false */
  control?: boolean;
  /** Validate each response against the spec before sending it; a violation is logged and answered as INTERNAL. @default false */
  selfCheck?: boolean;
  /** Called with each self-check violation. @default logs to stderr */
  onViolation?: (violation: SelfCheckViolation) => void;
  /** The longest a wait may last, in clock ms (the service's deadline for wait is 300 s). @default 300_000 */
  maxWaitMs?: number;
  /** Page size when the request gives none (or 0). @default 50 */
  defaultPageSize?: number;
  /** Larger page sizes are coerced down to this (AIP-158). @default 1000 */
  maxPageSize?: number;
  /** Largest request body accepted, in bytes. @default 65_536 */
  bodyLimit?: number;
  /** Secret that signs page tokens; tokens of a fake with another secret are refused. @default random */
  tokenSecret?: string;
  /** The spec file whose methods that start operations (x-operation-info) are served. @default the bundled spec */
  spec?: string;
  /**
   * Models, datasets and other resources that exist at start, by full name; "default" is the datasets and
   * models of `DEFAULT_RESOURCE_IDS` under projects/demo/locations/us-central1. @default "default"
   */
  resources?: "default" | "none" | readonly string[];
  /** How long started operations run, by operationId or `*`: ms or a Duration string. @default 3 s each */
  startDurations?: Readonly<Record<string, number | string>>;
}

/** A self-check finding: the response sent (or about to be sent) does not match the spec. */
export interface SelfCheckViolation {
  method: string;
  path: string;
  status: number;
  problems: string[];
}

/** Options of `createFakeServer`. */
export interface FakeServerOptions extends FakeHandlerOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Address to bind. @default "127.0.0.1" */
  host?: string;
}

/** A running fake server. */
export interface FakeServer {
  /** Base URL such as `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  port: number;
  /** The operations it serves; change them directly in tests. */
  store: OperationStore;
  /** The models, datasets and other resources the methods that start operations work on. */
  resources: ResourceRegistry;
  /** Stops listening, ends open connections and waits; resolves when closed. */
  close(): Promise<void>;
}
