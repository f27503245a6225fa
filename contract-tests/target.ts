/**
 * A conformance target: where the server lives, which parent holds its operations, and what it can do.
 * Capabilities decide which checks run; the target's name is only a label in reports.
 */

export interface Capabilities {
  /** State persists between calls and answers are computed from it (a cancel shows in the next get,
   * a filter filters, an unknown id is NOT_FOUND). Prism's mock answers from static examples. @default false */
  stateful: boolean;
  /** cancel and delete may be called on the target's operations. @default false */
  destructive: boolean;
  /** Bad input is answered as the service would (400 INVALID_ARGUMENT). A target that may answer 422
   * instead (Prism, pitfalls #8) counts a 422 as a rejection and reports it as a note. @default true */
  strictStatusCodes: boolean;
  /** Unknown paths and `GET …:cancel` are rejected; Prism matches paths loosely. @default true */
  strictRouting: boolean;
  /** The target refuses requests without a token (checked only when a token is configured). @default false */
  auth: boolean;
  /**
   * The methods that start operations (x-operation-info) may be called: each lifecycle scenario starts
   * one, which creates, deploys or deletes resources on the target and can cost money on a real service.
   * @default false
   */
  startOperations: boolean;
}

export type TokenSource = string | (() => string | Promise<string>);

export interface Target {
  /** A label for reports; never used to decide what runs. */
  name: string;
  /** Base URL without a trailing slash, such as `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** The parent whose operations are used: `projects/P/locations/L`. */
  parent: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: TokenSource;
  capabilities: Capabilities;
  /** The fetch used for every request. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Extra headers on every request, such as `x-goog-user-project`. @default {} */
  headers?: Record<string, string>;
  /** Deadline of each request, in ms. @default 15000 */
  timeoutMs?: number;
  /** Let the token travel over plain http to a host that is not loopback. @default false */
  allowInsecureHttp?: boolean;
  /** The largest response body read, in bytes after decoding; past it the check responseSizeBounded fails. @default 33_554_432 (32 MiB) */
  maxResponseBytes?: number;
}

/** Deadline of each request when the target sets none. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** A server known to be the real thing or a faithful stand-in: strict, stateful, nothing destroyed by default. */
export const DEFAULT_CAPABILITIES: Capabilities = {
  stateful: false,
  destructive: false,
  strictStatusCodes: true,
  strictRouting: true,
  auth: false,
  startOperations: false,
};

/** Prism's mock on our spec: stateless, loose routing, 422 possible; it enforces the spec's security. */
export const PRISM_MOCK_CAPABILITIES: Capabilities = {
  stateful: false,
  destructive: true,
  strictStatusCodes: false,
  strictRouting: false,
  auth: true,
  startOperations: true,
};

/** Our fake: stateful and strict; destroying its operations or starting new ones harms nobody. */
export const FAKE_CAPABILITIES: Capabilities = {
  stateful: true,
  destructive: true,
  strictStatusCodes: true,
  strictRouting: true,
  auth: false,
  startOperations: true,
};

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;

/** Splits `projects/P/locations/L` into its path parameters; throws on any other shape. */
export function parentParams(parent: string): { projectsId: string; locationsId: string } {
  if (!PARENT.test(parent)) {
    throw new Error(`parent must look like projects/{project}/locations/{location}; got ${JSON.stringify(parent)}`);
  }
  const [, projectsId, , locationsId] = parent.split("/") as [string, string, string, string];
  return { projectsId, locationsId };
}

/** The token to send, resolved from a string or a provider; undefined when none is configured. */
export async function resolveToken(target: Target): Promise<string | undefined> {
  if (target.token === undefined) return undefined;
  return typeof target.token === "function" ? await target.token() : target.token;
}

/** Builds a target, filling unspecified capabilities from DEFAULT_CAPABILITIES and checking the parent. */
export function defineTarget(
  target: Omit<Target, "capabilities"> & { capabilities?: Partial<Capabilities> },
): Target {
  parentParams(target.parent);
  return {
    ...target,
    baseUrl: target.baseUrl.replace(/\/+$/, ""),
    capabilities: { ...DEFAULT_CAPABILITIES, ...target.capabilities },
  };
}
