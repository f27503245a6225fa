/**
 * Redirects followed only within the origin the request was meant for, so the Authorization header is
 * never handed to another host (RFC 9110 §15.4). Requests go out with `redirect: "manual"`; a redirect to
 * another origin comes back as the 3xx response itself and the client reports it as an ApiError.
 */

const MAX_HOPS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Wraps `fetch` to follow same-origin redirects (up to five hops) and return any other one as is. */
export function followSameOriginRedirects(baseFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    let request = input instanceof Request && init === undefined ? input : new Request(input, init);
    for (let hop = 0; ; hop++) {
      // Keep the body for 307/308, which resend it (RFC 9110 §15.4.8).
      const pristine = request.body ? request.clone() : request;
      const response = await baseFetch(request);
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || location === null || hop >= MAX_HOPS) return response;
      const next = new URL(location, request.url);
      if (next.origin !== new URL(request.url).origin) return response;
      const keepMethod = response.status === 307 || response.status === 308 || pristine.method === "GET";
      request = new Request(next, {
        method: keepMethod ? pristine.method : "GET",
        headers: pristine.headers,
        body: keepMethod && pristine.body ? await pristine.arrayBuffer() : null,
        signal: pristine.signal,
        redirect: "manual",
      });
    }
  };
}
