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
    // 307 and 308 resend the method and body (RFC 9110 §15.4.8); the others turn into a GET.
    const keepMethod = response.status === 307 || response.status === 308 || init.method === "GET";
    url = next.href;
    init = keepMethod ? init : { ...init, method: "GET", body: null };
    response = await send(url, init);
  }
  return response;
}
