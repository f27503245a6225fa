/**
 * automl-ops-kit: a typed client for the Cloud AutoML v1beta1 `projects.locations.operations` resource.
 * Imports nothing Node-only: runs on plain fetch in Node, browsers, Deno and Bun.
 */
export { createOperationsClient, type OperationsClient } from "./client.js";
export type { OperationsRawClient } from "./raw-type.js";
export {
  DEFAULT_BASE_URL,
  type Any,
  type CallOptions,
  type ListOperationsResponse,
  type ListOptions,
  type Operation,
  type OperationMetadata,
  type OperationsClientOptions,
  type PollOptions,
  type Status,
  type WaitOptions,
} from "./options.js";
export {
  AutomlOpsError,
  ApiError,
  NetworkError,
  DeadlineError,
  OperationError,
  InvalidNameError,
  InvalidOptionError,
  InsecureTransportError,
  ResponseValidationError,
  ResponseTooLargeError,
  ResponseTooDeepError,
  GoogleAuthError,
  TokenError,
  type ErrorInfo,
  type RequestTarget,
} from "./errors.js";
export {
  operationName,
  locationName,
  parseOperationName,
  parseLocationName,
  parseResourceName,
  type OperationRef,
  type LocationRef,
} from "./names.js";
export { isLoopbackHost, type AuthOptions, type TokenSource } from "./auth.js";
export { retryAfterMs, type RetryOptions } from "./retry.js";
export { formatDurationMs, parseDurationMs } from "./duration.js";
export { Code, codeName, codeNumber, codeFromHttpStatus, httpStatusOf, type CodeName, type CodeNumber } from "./status.js";
export { SDK_VERSION } from "./version.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./bounded-body.js";
export { DEFAULT_TIMEOUT_MS, DEFAULT_WAIT_TIMEOUT_MS } from "./default-deadline.js";
export { MAX_JSON_DEPTH } from "./json-depth.js";
export type { StartedOperation, StartedResponse, StartMethod, StartRequest, StarterId } from "./start-types.js";
