/**
 * Serves the methods a spec says start operations (x-operation-info), with no code per method: the
 * body is checked against the method's request schema (a bad one is INVALID_ARGUMENT and starts
 * nothing), the resource it works on and the resources its body names must exist (else NOT_FOUND), then
 * an operation is created in the store under the parent's operations. Its metadata carries the declared
 * detail member, its progress follows the clock, and it ends with the declared response, or with the
 * error a `fail` fault rule drew. A create adds its resource, a delete removes it, when the operation
 * succeeds.
 */
import type { Clock } from "../clock.js";
import { errors } from "../errors.js";
import { METADATA_TYPE } from "../operation-view.js";
import type { FaultRule } from "../faults.js";
import type { OperationStore } from "../store.js";
import type { Operation } from "../types.js";
import type { JsonObject } from "../../spec/document.js";
import { typeUrl } from "../../spec/operation-info.js";
import { checkRequestBody } from "./body-check.js";
import { loadStarterCatalog, type StarterCatalog } from "./catalog.js";
import { resolveStartDurations, type StartDurations } from "./durations.js";
import { FailureInjector } from "./failures.js";
import { createsResponse, detailOf, responseOf } from "./outcome.js";
import { ResourceRegistry } from "./resources.js";
import { createStartRouter, type StartRoute } from "./route.js";
import { starterErrors } from "./start-errors.js";

export interface StarterServiceOptions {
  /** The spec whose starters are served. @default the bundled spec */
  specPath?: string;
  store: OperationStore;
  clock: Clock;
  /** Full names of the resources that exist at start. */
  resources: Iterable<string>;
  /** Run time of started operations. @default 3 s each */
  durations?: StartDurations;
  /** The fake's fault rules: `fail` rules apply here; every rule's method must exist. @default [] */
  faults?: readonly FaultRule[];
  /** Seed of the failure draws. @default 1 */
  faultSeed?: number;
}

const OPERATIONS_METHODS = ["get", "list", "cancel", "delete", "wait", "*"];

export class StarterService {
  readonly catalog: StarterCatalog;
  readonly resources: ResourceRegistry;
  /** The route of a request to a starter, or undefined; throws INVALID_ARGUMENT for a malformed id. */
  readonly resolve: (method: string, path: string) => StartRoute | undefined;
  readonly #store: OperationStore;
  readonly #clock: Clock;
  readonly #durationOf: (operationId: string) => number;
  readonly #failures: FailureInjector;
  #lastId = 0;

  constructor(options: StarterServiceOptions) {
    this.catalog = loadStarterCatalog(options.specPath);
    const { ids, starters, specPath } = this.catalog;
    for (const starter of starters) {
      if (typeUrl(starter.info.metadataType) !== METADATA_TYPE) {
        throw new Error(`spec ${specPath}: ${starter.operationId}'s metadata is ${starter.info.metadataType}; the fake's operations carry ${METADATA_TYPE}`);
      }
    }
    // Each starter's detail member is a property of its metadata schema (readStarters checks it): the
    // store takes operations of that kind too, so a method added to the spec needs no code here.
    options.store.acceptDetailKinds(starters.map((s) => s.info.metadataDetail));
    for (const rule of options.faults ?? []) {
      if (!OPERATIONS_METHODS.includes(rule.method) && !ids.includes(rule.method)) {
        throw new Error(`fault rule for ${rule.method}: the spec ${specPath} has no such method (${[...OPERATIONS_METHODS, ...ids].join(", ")})`);
      }
    }
    this.#store = options.store;
    this.#clock = options.clock;
    this.resources = new ResourceRegistry(options.clock, options.resources);
    this.resolve = createStartRouter(starters);
    this.#durationOf = resolveStartDurations(options.durations ?? {}, ids);
    this.#failures = new FailureInjector(options.faults ?? [], options.faultSeed ?? 1);
  }

  /** Starts the operation of `route` with the request body (undefined: none sent); returns it as answered. */
  start(route: StartRoute, body: JsonObject | undefined): Operation {
    const { starter } = route;
    const { document, compiler } = this.catalog;
    if (!starter.body && body !== undefined) throw errors.bodyNotAllowed(starter.operationId);
    const request = body ?? {};
    if (starter.body) checkRequestBody(compiler, starter.operationId, starter.body.schema, request);
    if (starter.target === "name" && !this.resources.has(route.resource)) {
      throw starterErrors.resourceNotFound(starter.segments[starter.segments.length - 1]!.collection, route.resource);
    }
    for (const { property, collection } of starter.references) {
      const value = request[property];
      const name = `${route.operationsParent}/${collection}/${String(value)}`;
      if (typeof value === "string" && !this.resources.has(name)) throw starterErrors.resourceNotFound(collection, name);
    }
    const now = this.#clock.now();
    const duration = this.#durationOf(starter.operationId);
    const created = starter.standard === "create" ? `${route.resource}/${starter.collection}/${this.#newId(now)}` : undefined;
    const error = this.#failures.decide(starter.operationId);
    const operation = this.#create(route.operationsParent, now, {
      kind: starter.info.metadataDetail,
      details: detailOf(document, starter, request),
      duration,
      worksOn: created ?? route.resource,
      ...(error
        ? { error }
        : { response: createsResponse(document, starter) ? responseOf(document, starter, request, created, now + duration) : { "@type": typeUrl(starter.info.responseType) } }),
    });
    const record = this.#store.record(operation.name!)!;
    if (created !== undefined) this.resources.onSuccess(record, "create", created);
    if (starter.standard === "delete") this.resources.onSuccess(record, "delete", route.resource);
    return operation;
  }

  /** Creates the operation under `parent` with a fresh id (ids a seed already took are skipped). */
  #create(parent: string, now: number, input: Omit<Parameters<OperationStore["create"]>[0], "name">): Operation {
    for (;;) {
      const name = `${parent}/operations/${this.#newId(now)}`;
      if (this.#store.record(name)) continue;
      return this.#store.create({ ...input, name, createTime: now });
    }
  }

  /** A 19-digit id like the service's: the clock's milliseconds and a counter, unique within this fake. */
  #newId(now: number): string {
    this.#lastId += 1;
    return `${Math.floor(now)}${String(this.#lastId % 1_000_000).padStart(6, "0")}`;
  }
}
