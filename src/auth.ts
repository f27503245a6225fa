/**
 * Auth as openapi-fetch middleware (its `onRequest` seam): the bearer token, and the rule that a token
 * never travels in clear text to a host that is not loopback. Also the User-Agent and x-goog-api-client
 * values.
 */
import { InsecureTransportError, InvalidOptionError } from "./errors.js";
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

const CHARACTER_NAMES: Record<string, string> = {
  "\r": "a carriage return",
  "\n": "a line feed",
  "\0": "a NUL",
  " ": "a space",
  "\t": "a tab",
};

/**
 * What makes a token unfit for an Authorization header, described without the token itself; undefined
 * when it is fit. A bearer token is visible ASCII (RFC 6750 §2.1's b64token is a subset): a line break
 * or NUL would split or end the header (RFC 9110 §5.5), so such a token is refused, never sent.
 */
export function tokenProblem(token: string): string | undefined {
  if (token.length === 0) return "an empty token";
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    const ch = token[i]!;
    const what = CHARACTER_NAMES[ch] ?? (c < 0x20 || c === 0x7f ? "a control character" : "a character outside ASCII");
    return `a token of ${token.length} characters with ${what} at position ${i + 1}`;
  }
  return undefined;
}

/** Throws InvalidOptionError (whose message never holds the token) unless the token fits a header. */
export function checkTokenValue(token: unknown, option = "token"): asserts token is string {
  const problem = typeof token === "string" ? tokenProblem(token) : `a ${typeof token}, not a string`;
  if (problem !== undefined) {
    throw new InvalidOptionError(option, undefined, "visible ASCII characters only (RFC 6750 bearer token)", { problem });
  }
}

/** Throws InsecureTransportError when a token would go to `url` in clear text. */
export function assertTokenMayTravel(url: string, allowInsecureHttp: boolean): void {
  const parsed = new URL(url);
  if (parsed.protocol === "https:" || allowInsecureHttp) return;
  if (parsed.protocol === "http:" && isLoopbackHost(parsed.hostname)) return;
  throw new InsecureTransportError(`${parsed.protocol}//${parsed.host}`);
}

/** The globals that tell the runtime apart; each absent where the runtime does not define it. */
export interface RuntimeGlobals {
  Deno?: { version?: { deno?: unknown } };
  Bun?: { version?: unknown };
  process?: { versions?: { node?: unknown } };
  navigator?: { userAgent?: unknown };
}

/**
 * The runtime part of x-goog-api-client, as Google's JavaScript libraries write it: `gl-node/<version>`
 * in Node (google-gax, google-auth-library), `gl-deno/<Deno.version.deno>` in Deno (nodejs-storage's
 * getRuntimeTrackingString), and in a browser, which has no runtime version, `gl-web/` with the
 * library's own version (google-gax's fallback clients). Deno and Bun also define
 * `process.versions.node` (the Node version they are compatible with), so they are looked for first;
 * Bun, for which Google's libraries have no token of their own, is named in the same form as Deno. Where
 * the globals are hidden, `navigator.userAgent` ("Deno/2.1.4", "Bun/1.1.38") still tells them apart.
 */
export function runtimeToken(scope: RuntimeGlobals = globalThis as RuntimeGlobals): string {
  const agent = typeof scope.navigator?.userAgent === "string" ? scope.navigator.userAgent : "";
  const fromAgent = /^(Deno|Bun)\/(\S+)/.exec(agent);
  const deno = scope.Deno?.version?.deno ?? (fromAgent?.[1] === "Deno" ? fromAgent[2] : undefined);
  if (typeof deno === "string") return `gl-deno/${deno}`;
  const bun = scope.Bun?.version ?? (fromAgent?.[1] === "Bun" ? fromAgent[2] : undefined);
  if (typeof bun === "string") return `gl-bun/${bun}`;
  const node = scope.process?.versions?.node;
  if (typeof node === "string") return `gl-node/${node}`;
  return `gl-web/${SDK_VERSION}`;
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
 * Guards every request that carries the token: it must go over https or to loopback (unless
 * allowInsecureHttp). Requests under the client's own base URL share one verdict, so the URL is parsed
 * once per client rather than once per request; others (`raw` with a `baseUrl` of its own) are checked
 * each time.
 */
export function createTokenGuard(baseUrl: string, allowInsecureHttp: boolean): (url: string) => void {
  let safePrefix: string | undefined;
  try {
    assertTokenMayTravel(baseUrl, allowInsecureHttp);
    safePrefix = `${baseUrl}/`;
  } catch {
    safePrefix = undefined;
  }
  return (url) => {
    if (safePrefix === undefined || !url.startsWith(safePrefix)) assertTokenMayTravel(url, allowInsecureHttp);
  };
}
