/**
 * Freedoms of access: throttling and transient errors at any moment (429 RESOURCE_EXHAUSTED and 503
 * UNAVAILABLE, with Retry-After, RetryInfo or nothing), PERMISSION_DENIED for a missing token, and a
 * server that does not enforce auth at all (the user says so with --auth-not-enforced).
 */
import type { Breakage } from "../broken-servers/proxy.js";
import type { LegalServer } from "./types.js";
import { envelope } from "./upstream.js";

function retryInfo(code: number, status: string, retryDelay: string) {
  const answer = envelope(code, status, "Please slow down.");
  const error = (JSON.parse(answer.body) as { error: Record<string, unknown> }).error;
  return { ...answer, body: JSON.stringify({ error: { ...error, details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay }] } }) };
}

/**
 * A token bucket of `perSecond` requests a second (a burst of `burst`), and a quota that runs out every
 * `quota` requests whatever the pace (so a slow run meets throttling too): 429 with Retry-After and RetryInfo.
 */
function rateLimited(perSecond: number, burst: number, quota: number): Breakage {
  let tokens = burst;
  let last = Date.now();
  let served = 0;
  return {
    request: () => {
      const now = Date.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      served += 1;
      if (tokens >= 1 && served % quota !== 0) {
        tokens -= 1;
        return;
      }
      const answer = retryInfo(429, "RESOURCE_EXHAUSTED", "1s");
      answer.headers.set("retry-after", "1");
      return answer;
    },
  };
}

/** Every `every`-th request answers 503 UNAVAILABLE: half of them with a RetryInfo, half with no hint at all. */
function transientlyUnavailable(every: number): Breakage {
  let count = 0;
  return {
    request: () => {
      count += 1;
      if (count % every !== 0) return;
      return count % (2 * every) === 0 ? retryInfo(503, "UNAVAILABLE", "0.05s") : envelope(503, "UNAVAILABLE", "The service is currently unavailable.");
    },
  };
}

export const ACCESS_SERVERS: LegalServer[] = [
  {
    id: "throttled-429-retry-after",
    freedom: "throttling: 429 with Retry-After and RetryInfo (60 requests a second)",
    auth: true,
    expect: { throttled: true, note: /throttled \(429\) and retried after Retry-After/ },
    breakage: () => rateLimited(60, 20, 25),
  },
  {
    id: "transient-503",
    freedom: "transient 503, with RetryInfo or with no hint",
    auth: true,
    expect: { throttled: true, note: /throttled \(503\) and retried after (backoff|RetryInfo)/ },
    breakage: () => transientlyUnavailable(12),
  },
  {
    id: "forbidden-without-token",
    freedom: "403 PERMISSION_DENIED for a missing token",
    auth: true,
    expect: { note: /PERMISSION_DENIED, which the spec allows/ },
    breakage: () => ({
      response: (res) => (res.status === 401 ? envelope(403, "PERMISSION_DENIED", "The caller does not have permission.") : res),
    }),
  },
  {
    id: "auth-not-enforced",
    freedom: "a server that does not enforce auth (run with --auth-not-enforced)",
    auth: false,
    sendToken: true,
    capabilities: { auth: false },
    expect: { note: /does not enforce auth .*--auth-not-enforced/ },
    breakage: () => ({}),
  },
];
