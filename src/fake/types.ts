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
  /** When a cancel took effect (it then ends CANCELLED): ms or RFC 3339, while it runs. @default not cancelled */
  cancelTime?: number | string;
}

/** The seeds built in: "default" (what the real service sends), "rich" (every error detail type), "none". */
export type SeedName = "default" | "rich" | "none";

/** Options of `createFakeHandler` (and of `createFakeServer`). */
export interface FakeHandlerOptions {
  /**
   * The operations to start with (and to go back to on reset): a list, or a built-in seed of the demo
   * project. "default" holds what the real service sends, which Google's own clients can read; "rich"
   * lays out the same operations with errors and partial failures carrying every google.rpc detail type.
   * @default "default"
   */
  seed?: SeedName | readonly OperationInput[];
  /**
   * The operations to start with instead of the seed (a saved state); reset still goes back to the seed.
   * @default the seed
   */
  initialOperations?: readonly OperationInput[];
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
  /**
   * CORS for browser pages on other origins: true answers any origin, a list only those origins (such as
   * "http://localhost:5173"), false none. @default true (createFakeServer: true when bound to loopback)
   */
  cors?: boolean | readonly string[];
  /**
   * Locations (`projects/P/locations/L`) whose list is unreachable: list answers UNAVAILABLE, or with
   * `returnPartialSuccess=true` an empty page naming the location in `unreachable`. @default []
   */
  unreachable?: readonly string[];
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
  /**
   * Hosts a request may name (its `Host`, or an absolute-form target's authority) besides `localhost`,
   * `127.0.0.1`, `[::1]` and the bound address with the fake's port: a name (with the fake's port) or
   * `name:port` (exactly, for a port a container or proxy maps); `"*"` accepts any. Any other host gets
   * 403 PERMISSION_DENIED, which stops DNS rebinding. @default []
   */
  allowedHosts?: readonly string[];
  /** Connections served at once; each one past it gets 503 UNAVAILABLE with Retry-After and is closed. @default 4096 */
  maxConnections?: number;
  /** Headers not complete this long after a request began get 408 and the connection closes. @default 10_000 */
  headersTimeoutMs?: number;
  /** A request (headers and body) not complete this long after it began gets 408 and the connection closes. @default 30_000 */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this long. @default 5_000 */
  keepAliveTimeoutMs?: number;
  /** close() lets responses in flight finish for this long, then cuts them. @default 10_000 */
  shutdownGraceMs?: number;
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
  /** Its clock (a manual clock when one was given). */
  clock: Clock;
  /** Goes back to the seed: every operation as the seed lays it out from the clock's now. */
  reset(): void;
  /**
   * Stops accepting connections, answers pending waits at once, lets responses in flight finish (within
   * `shutdownGraceMs`), then ends every connection; resolves when closed.
   */
  close(): Promise<void>;
}
