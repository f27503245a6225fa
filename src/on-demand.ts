/**
 * What a client loads the first time it needs it, as one module so bundlers make one chunk of it: the
 * whole transport (retries, redirects, deadlines, a token function), polling an operation, and taking
 * the tokens out of an error. A call that succeeds at once needs none of it (transport.ts).
 */
export { answerError, apiErrorFromBody, notJsonError } from "./answer-error.js";
export { createFullTransport } from "./exchange.js";
export { operationResult, pollUntilDone } from "./lro.js";
export { redactError } from "./redact-error.js";
