/**
 * CORS (the Fetch standard's CORS protocol), so a page on another origin can call the fake, as Prism's
 * `--cors` lets it call the mock. On by default when the fake is bound to loopback.
 *
 * - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an allowed origin is
 *   answered 204 with the methods of the API, the headers Google's clients send (`authorization`,
 *   `content-type`, `x-goog-api-client`, `x-goog-user-project`, `x-goog-request-params`) plus any other
 *   the page asks for, and a max age; from another origin, 403 PERMISSION_DENIED.
 * - `Access-Control-Allow-Private-Network` only for origins named in the policy, or, when any origin is
 *   allowed, for pages on loopback.
 * - The control routes answer no CORS at all (control.ts).
 * - Every answer to a request with an allowed `Origin` carries `Access-Control-Allow-Origin` (the
 *   origin itself, with `Vary: Origin`, so credentialed requests work too) and exposes `Retry-After`
 *   and `WWW-Authenticate`, which clients read on errors.
 */
import type { IncomingMessage } from "node:http";

export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "x-goog-api-client",
  "x-goog-user-project",
  "x-goog-request-params",
] as const;
const ALLOWED_METHODS = "GET, POST, DELETE";
const EXPOSED_HEADERS = "retry-after, www-authenticate";
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

/** Which origins may call: all, or a set of exact origins. */
export type CorsPolicy = { any: true } | { any: false; origins: ReadonlySet<string> };

/** The policy for the `cors` option (undefined: CORS off). */
export function corsPolicy(option: boolean | readonly string[]): CorsPolicy | undefined {
  if (option === false) return undefined;
  if (option === true) return { any: true };
  return { any: false, origins: new Set(option.map((origin) => origin.replace(/\/+$/, ""))) };
}

/** True for an address on the loopback interface, where CORS is on by default. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function allows(policy: CorsPolicy, origin: string): boolean {
  return policy.any || policy.origins.has(origin);
}

/** The headers for an answer to a request from `origin`, or undefined when that origin is not allowed. */
export function corsHeaders(policy: CorsPolicy, origin: string): Record<string, string> | undefined {
  if (!allows(policy, origin)) return undefined;
  return { "access-control-allow-origin": origin, vary: "Origin", "access-control-expose-headers": EXPOSED_HEADERS };
}

/** True when the request is a CORS preflight. */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === "OPTIONS" && req.headers.origin !== undefined && req.headers["access-control-request-method"] !== undefined;
}

/** The headers of a 204 answer to a preflight from an allowed origin, or undefined when it is not allowed. */
export function preflightHeaders(policy: CorsPolicy, req: IncomingMessage): Record<string, string> | undefined {
  const origin = req.headers.origin!;
  const base = corsHeaders(policy, origin);
  if (!base) return undefined;
  const asked = req.headers["access-control-request-headers"];
  const headers = new Set<string>(CORS_ALLOWED_HEADERS);
  if (typeof asked === "string" && HEADER_LIST.test(asked.trim())) {
    for (const name of asked.split(",")) headers.add(name.trim().toLowerCase());
  }
  const answer: Record<string, string> = {
    ...base,
    vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": [...headers].join(", "),
    "access-control-max-age": "600",
  };
  // Private Network Access (WICG): a page served from a more public address asks before it may call a fake
  // on loopback. Granted only to origins named with --cors-origin, or by default to pages on loopback
  // themselves: a page on the internet never gets to reach a developer's fake.
  if (req.headers["access-control-request-private-network"] === "true" && mayReachPrivateNetwork(policy, origin)) {
    answer["access-control-allow-private-network"] = "true";
  }
  return answer;
}

function mayReachPrivateNetwork(policy: CorsPolicy, origin: string): boolean {
  if (!policy.any) return true; // named with --cors-origin, and corsHeaders checked it is
  try {
    return isLoopback(new URL(origin).hostname);
  } catch {
    return false;
  }
}
