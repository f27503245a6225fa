/**
 * Redirects followed only within the origin the request was meant for, so the Authorization header is
 * never handed to another host (RFC 9110 §15.4). Requests go out with `redirect: "manual"`; a redirect to
 * another origin comes back as the 3xx response itself and the client reports it as an ApiError.
 */

const MAX_HOPS = 5;

/** Whether a status is a redirect with a Location to follow (checked before any header is read). */
export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * Follows same-origin redirects from `first` (up to five hops) with `send`, and returns the first answer
 * that is not one, or a redirect elsewhere as it is.
 */
export async function followSameOriginRedirects(
  first: Response,
  url: string,
  init: RequestInit,
  send: (url: string, init: RequestInit) => Promise<Response>,
): Promise<Response> {
  let response = first;
  for (let hop = 0; hop < MAX_HOPS && isRedirect(response.status); hop++) {
    const location = response.headers.get("location");
    if (location === null) return response;
    const next = new URL(location, url);
    if (next.origin !== new URL(url).origin) return response;
    void response.body?.cancel().catch(() => {});
    url = next.href;
    init = redirectedInit(response.status, init);
    response = await send(url, init);
  }
  return response;
}

/**
 * The request a redirect asks for, as fetch makes it (Fetch standard, HTTP-redirect fetch; RFC 9110
 * §15.4): 303 turns any method but GET and HEAD into a GET, 301 and 302 turn a POST into a GET, both
 * without the body and its Content-Type; 307 and 308 resend the method and the body.
 */
export function redirectedInit(status: number, init: RequestInit): RequestInit {
  const method = (init.method ?? "GET").toUpperCase();
  const toGet = (status === 303 && method !== "GET" && method !== "HEAD") || ((status === 301 || status === 302) && method === "POST");
  if (!toGet) return init;
  const headers = new Headers(init.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  return { ...init, method: "GET", body: null, headers };
}
