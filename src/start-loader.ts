/**
 * `client.start`: loads start.ts on first use and hands it the SDK's own error classes and name
 * parsers. start.ts imports none of them itself, so the bundler keeps it in a chunk of its own instead
 * of splitting the client's core modules into a chunk shared with it, which cost every app about
 * 0.6 kB gzipped whether it started operations or not (bench/sdk-startup.ts).
 */
import { InvalidOptionError, ResponseValidationError } from "./errors.js";
import { parseOperationName, parseResourceName } from "./names.js";
import { attemptsOf } from "./retry.js";
import type { StartingClient, StartTools } from "./start.js";
import type { StartMethod } from "./start-types.js";

/** The `start` method of `client`, whose requests go to `baseUrl`. */
export function createStartMethod(client: StartingClient, baseUrl: string): StartMethod {
  const tools: Omit<StartTools, "apiErrorFromBody"> = { client, baseUrl, InvalidOptionError, ResponseValidationError, parseOperationName, parseResourceName, attemptsOf };
  // apiErrorFromBody is the client's on-demand error path (on-demand.ts), loaded with start.ts.
  return (operationId, request) =>
    Promise.all([import("./start.js"), import("./on-demand.js")]).then(([start, onDemand]) =>
      start.startOperation({ ...tools, apiErrorFromBody: onDemand.apiErrorFromBody }, operationId, request),
    );
}
