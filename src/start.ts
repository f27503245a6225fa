/**
 * Starts any method of the spec that starts an operation, from the table `npm run generate` makes of
 * the spec's x-operation-info (generated/starters.ts), through the client's own openapi-fetch client
 * (`raw`: same auth, retries, timeouts and token guard). Input is checked before anything is sent: the
 * operationId, the shape of the resource name or parent (InvalidNameError), the body. The handle waits
 * with the client's own polling and checks that the operation ended with the declared type.
 *
 * The SDK pieces it uses come in `StartTools` (start-loader.ts says why); only types are imported here.
 */
import { STARTERS } from "../generated/starters.js";
import type * as answers from "./answer-error.js";
import type * as errors from "./errors.js";
import type * as names from "./names.js";
import type { Any, CallOptions, Operation, PollOptions } from "./options.js";
import type * as retry from "./retry.js";
import type { StartedOperation, StartRequest, StarterId } from "./start-types.js";

/** What starting needs of a client: its raw openapi-fetch client and the friendly LRO methods. */
export interface StartingClient {
  readonly raw: unknown;
  cancel(name: string, options?: CallOptions): Promise<void>;
  pollUntilDone(name: string, options?: PollOptions): Promise<Operation>;
  result(name: string, options?: PollOptions): Promise<Any | undefined>;
}

/** The client and the SDK's own error classes and parsers, as the client hands them over. */
export interface StartTools {
  client: StartingClient;
  /** The client's base URL, for the URL in errors. */
  baseUrl: string;
  apiErrorFromBody: typeof answers.apiErrorFromBody;
  InvalidOptionError: typeof errors.InvalidOptionError;
  ResponseValidationError: typeof errors.ResponseValidationError;
  parseOperationName: typeof names.parseOperationName;
  parseResourceName: typeof names.parseResourceName;
  attemptsOf: typeof retry.attemptsOf;
}

type RawRequest = (
  method: string,
  path: string,
  init: { params: { path: Record<string, string> }; body?: unknown; signal?: AbortSignal; parseAs: "text" },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

type Starter = (typeof STARTERS)[StarterId];

const TYPE_URL_PREFIX = "type.googleapis.com/";
const EMPTY = "google.protobuf.Empty";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function starterOf({ InvalidOptionError }: StartTools, operationId: unknown): Starter {
  if (typeof operationId !== "string" || !Object.hasOwn(STARTERS, operationId)) {
    throw new InvalidOptionError("operationId", operationId, `a method that starts operations: ${Object.keys(STARTERS).join(", ")}`);
  }
  return STARTERS[operationId as StarterId];
}

/** The path parameters of `request` for `starter`, its resource name checked segment by segment. */
function pathParams({ parseResourceName }: StartTools, starter: Starter, request: Record<string, unknown>): { name: string; params: Record<string, string> } {
  const field = starter.target;
  const name = request[field];
  const ids = parseResourceName(name, starter.segments.map(([collection]) => collection));
  return { name: name as string, params: Object.fromEntries(starter.segments.map(([, param], i) => [param, ids[i]!])) };
}

function checkBody({ InvalidOptionError }: StartTools, operationId: string, starter: Starter, body: unknown): void {
  if (body === undefined) {
    if (starter.body === "required") throw new InvalidOptionError("body", body, `the request body of ${operationId}`);
    return;
  }
  if (starter.body === "none") throw new InvalidOptionError("body", "(a body)", `no body: ${operationId} takes none`);
  if (!isPlainObject(body)) throw new InvalidOptionError("body", body, `a JSON object, the request body of ${operationId}`);
}

/** The operation the start answered, or the typed error of a failed call. */
function readAnswer(tools: StartTools, target: errors.RequestTarget, result: { data?: unknown; error?: unknown; response: Response }): Operation {
  const { apiErrorFromBody, attemptsOf, parseOperationName, ResponseValidationError } = tools;
  if (!result.response.ok) throw apiErrorFromBody(target, result.response.status, result.error, attemptsOf(result.response));
  let body: unknown;
  try {
    body = JSON.parse(typeof result.data === "string" ? result.data : "");
  } catch {
    throw new ResponseValidationError(target, ["body is not JSON"], result.data);
  }
  const name = isPlainObject(body) ? body.name : undefined;
  try {
    parseOperationName(name as string);
  } catch {
    throw new ResponseValidationError(target, ["the answer is not an Operation with a name projects/*/locations/*/operations/*"], body);
  }
  return body as Operation;
}

/** Starts `operationId` with `request` on the tools' client; resolves once the server has answered with the Operation. */
export async function startOperation<K extends StarterId, R>(
  tools: StartTools,
  operationId: K,
  request: StartRequest<K>,
): Promise<StartedOperation<R>> {
  const { client, baseUrl, InvalidOptionError, ResponseValidationError } = tools;
  const starter = starterOf(tools, operationId);
  if (!isPlainObject(request)) throw new InvalidOptionError("request", request, `{ ${starter.target}, body } for ${operationId}`);
  const { name: resource, params } = pathParams(tools, starter, request);
  const { body, signal } = request as { body?: unknown; signal?: AbortSignal };
  checkBody(tools, operationId, starter, body);
  const path = starter.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(params[param]!));
  const send = (client.raw as { request: RawRequest }).request;
  const result = await send(starter.method, starter.path, { params: { path: params }, ...(body === undefined ? {} : { body }), ...(signal ? { signal } : {}), parseAs: "text" });
  const operation = readAnswer(tools, { method: starter.method, url: `${baseUrl}${path}` }, result);
  const name = operation.name!;
  const declared = TYPE_URL_PREFIX + starter.responseType;
  return {
    name,
    operation,
    pollUntilDone: (options) => client.pollUntilDone(name, options),
    cancel: (options) => client.cancel(name, options),
    async result(options) {
      const response = await client.result(name, options);
      // AIP-151 allows a done operation with neither error nor response; for Empty that means the same.
      if (response === undefined && starter.responseType === EMPTY) return { "@type": declared } as R;
      if (response?.["@type"] !== declared) {
        const got = response === undefined ? "no response" : `a response of type ${String(response["@type"])}`;
        throw new ResponseValidationError({ method: "GET", url: `${baseUrl}/v1beta1/${name}` }, [`${operationId} on ${resource} ended with ${got}; declared ${declared}`], response);
      }
      return response as R;
    },
  };
}
