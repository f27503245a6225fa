/**
 * Auth as openapi-fetch middleware (its `onRequest` seam): the bearer token, and the rule that a token
 * never travels in clear text to a host that is not loopback. Also the User-Agent and x-goog-api-client
 * values.
 */
import type { Middleware } from "openapi-fetch";
import { InsecureTransportError } from "./errors.js";
import { SDK_VERSION } from "./version.js";

/** A bearer token, or a function giving one (called for each request, so refreshed tokens are used). */
export type TokenSource = string | (() => string | Promise<string>);

export interface AuthOptions {
  /** The OAuth 2.0 access token. @default undefined (no Authorization header) */
  token?: TokenSource | undefined;
  /** Put before the SDK's own User-Agent product token. @default undefined */
  userAgent?: string | undefined;
  /** Allow sending the token over plain http to a host that is not loopback. @default false */
  allowInsecureHttp?: boolean | undefined;
}

/** Whether a URL host is loopback: `localhost`, 127.0.0.0/8 or ::1 (RFC 6761 §6.3, RFC 4291 §2.5.3). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]" || host === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Throws InsecureTransportError when a token would go to `url` in clear text. */
export function assertTokenMayTravel(url: string, allowInsecureHttp: boolean): void {
  const parsed = new URL(url);
  if (parsed.protocol === "https:" || allowInsecureHttp) return;
  if (parsed.protocol === "http:" && isLoopbackHost(parsed.hostname)) return;
  throw new InsecureTransportError(`${parsed.protocol}//${parsed.host}`);
}

function runtimeToken(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return node ? `gl-node/${node}` : "gl-web/";
}

/** The User-Agent and x-goog-api-client values (Google's clients send both). */
export function identificationHeaders(userAgent?: string): { "User-Agent": string; "x-goog-api-client": string } {
  const own = `automl-ops-kit/${SDK_VERSION}`;
  return {
    "User-Agent": userAgent ? `${userAgent} ${own}` : own,
    "x-goog-api-client": `${runtimeToken()} ${own}`,
  };
}

/**
 * Middleware that authenticates each request. (The identification headers are static and go in the
 * client's default headers, which costs less than setting them on every request.)
 */
export function createAuthMiddleware(options: AuthOptions): Middleware {
  const token = options.token;
  return {
    async onRequest({ request }) {
      if (token === undefined) return undefined;
      assertTokenMayTravel(request.url, options.allowInsecureHttp === true);
      const value = typeof token === "string" ? token : await token();
      request.headers.set("Authorization", `Bearer ${value}`);
      return undefined;
    },
  };
}
