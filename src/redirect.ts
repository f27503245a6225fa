/**
 * Redirects followed only within the origin the request was meant for, so the Authorization header is
 * never handed to another host (RFC 9110 §15.4). Requests go out with `redirect: "manual"`; a redirect to
 * another origin comes back as the 3xx response itself and the client reports it as an ApiError.
 */

const MAX_HOPS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Wraps `fetch` to follow same-origin redirects (up to five hops) and return any other one as is. */
export function followSameOriginRedirects(
  baseFetch: typeof fetch,
): (url: string, init: RequestInit) => Promise<Response> {
  return async (url, init) => {
    for (let hop = 0; ; hop++) {
      const response = await baseFetch(url, init);
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || location === null || hop >= MAX_HOPS) return response;
      const next = new URL(location, url);
      if (next.origin !== new URL(url).origin) return response;
      // 307 and 308 resend the method and body (RFC 9110 §15.4.8); the others turn into a GET.
      const keepMethod = response.status === 307 || response.status === 308 || init.method === "GET";
      url = next.href;
      init = keepMethod ? init : { ...init, method: "GET", body: null };
    }
  };
}
