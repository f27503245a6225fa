/**
 * Hand-made exchanges and operations for the checks' own tests: each named for the state it shows.
 */
import type { Exchange } from "../exchange.js";
import { SchemaValidator } from "../schema-validator.js";
import { loadSpec } from "../spec-model.js";
import { FAKE_CAPABILITIES, type Capabilities } from "../target.js";
import type { OperationJson } from "./operation.js";
import type { CheckContext } from "./verdict.js";

export const PARENT = "projects/demo/locations/us-central1";
export const META = {
  "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata",
  createTime: "2026-11-20T10:00:00Z",
  updateTime: "2026-11-20T10:05:00.5Z",
};

export const RUNNING_OP: OperationJson = { name: `${PARENT}/operations/RUN1`, metadata: { ...META, progressPercent: 40 } };
export const SUCCEEDED_OP: OperationJson = {
  name: `${PARENT}/operations/SUC1`,
  metadata: META,
  done: true,
  response: { "@type": "type.googleapis.com/google.protobuf.Empty" },
};
export const CANCELLED_OP: OperationJson = { name: `${PARENT}/operations/RUN1`, metadata: META, done: true, error: { code: 1, message: "Operation was cancelled." } };
export const FAILED_OP: OperationJson = { name: `${PARENT}/operations/ERR1`, metadata: META, done: true, error: { code: 7, message: "denied" } };

export const NOT_FOUND_BODY = { error: { code: 404, message: "Operation not found.", status: "NOT_FOUND" } };
export const INVALID_ARGUMENT_BODY = { error: { code: 400, message: "pageSize must not be negative.", status: "INVALID_ARGUMENT" } };

export interface ExchangeFixture {
  operationId?: string;
  status: number;
  /** A JSON value, or a raw string sent as is. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  method?: string;
  malformed?: boolean;
}

/** An exchange as `send` would record it, for `getOperation` unless told otherwise. */
export function exchangeOf(fixture: ExchangeFixture): Exchange {
  const text = fixture.body === undefined ? "" : typeof fixture.body === "string" ? fixture.body : JSON.stringify(fixture.body);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const headers: Record<string, string> = { ...fixture.headers };
  if (text) headers["content-type"] = fixture.contentType ?? "application/json; charset=utf-8";
  const exchange: Exchange = {
    operationId: fixture.operationId ?? "getOperation",
    request: { method: fixture.method ?? "GET", url: `http://127.0.0.1:1/v1beta1/${PARENT}/operations/RUN1`, headers: {} },
    response: { status: fixture.status, headers, text, ...(json !== undefined ? { json } : {}) },
    durationMs: 1,
  };
  if (fixture.malformed) exchange.malformed = true;
  return exchange;
}

let shared: Pick<CheckContext, "spec" | "schemas"> | undefined;

/** A check context on the kit's spec, with the given capabilities (the fake's by default). */
export function checkContext(capabilities: Partial<Capabilities> = {}): CheckContext {
  if (!shared) {
    const spec = loadSpec();
    shared = { spec, schemas: SchemaValidator.of(spec) };
  }
  return { ...shared, capabilities: { ...FAKE_CAPABILITIES, ...capabilities }, parent: PARENT };
}

/** The "Received … / Documented …" shape every failure message has. */
export const RECEIVED_DOCUMENTED = /\n {2}Received: [^\n]+\n {2}Documented: /;
