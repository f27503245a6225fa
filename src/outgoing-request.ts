/**
 * A plain stand-in for `Request`, given to openapi-fetch through its `Request` option. openapi-fetch
 * builds a Request for every call and hands it to fetch, which copies it once more (undici clones the
 * headers and links the signal): about a tenth of a local `get` (bench/sdk-throughput.ts). With this
 * stand-in the transport calls `fetch(url, init)` once, at the edge, and a retry can resend the body
 * without cloning a stream: the bodies of this API are JSON strings.
 *
 * Middleware added to `client.raw` sees this object: `url`, `method`, `headers`, `body`, `signal`,
 * `redirect`, `clone()`, `text()` and `json()` behave as on a Request.
 */

/** The signal of a request made without one: it never aborts. */
const NEVER_ABORTED = new AbortController().signal;

export class OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL | OutgoingRequest, init: RequestInit = {}) {
    const base = input instanceof OutgoingRequest ? input : undefined;
    this.url = base ? base.url : String(input);
    this.method = (init.method ?? base?.method ?? "GET").toUpperCase();
    // openapi-fetch hands over a Headers it built for this call alone: keep it rather than copy it.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? base?.headers);
    this.body = init.body ?? base?.body ?? null;
    this.signal = init.signal ?? base?.signal ?? NEVER_ABORTED;
    this.redirect = init.redirect ?? base?.redirect ?? "follow";
  }

  clone(): OutgoingRequest {
    return new OutgoingRequest(this, { headers: new Headers(this.headers) });
  }

  text(): Promise<string> {
    return new Response(this.body).text();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** The init for `fetch(url, init)`; `signal` replaces the request's own when given. */
  init(signal?: AbortSignal): RequestInit {
    const own = this.signal === NEVER_ABORTED ? undefined : this.signal;
    const init: RequestInit = { method: this.method, headers: this.headers, redirect: this.redirect };
    if (this.body !== null) init.body = this.body;
    if (signal ?? own) init.signal = signal ?? own;
    return init;
  }
}

/** What a transport was given, as an OutgoingRequest (a real Request is read into one). */
export async function toOutgoingRequest(input: RequestInfo | URL | OutgoingRequest, init?: RequestInit): Promise<OutgoingRequest> {
  if (input instanceof OutgoingRequest) return init === undefined ? input : new OutgoingRequest(input, init);
  if (typeof Request !== "undefined" && input instanceof Request) {
    const body = input.body ? await input.clone().arrayBuffer() : null;
    const { method, headers, signal, redirect } = input;
    return new OutgoingRequest(input.url, { method, headers, signal, redirect, body, ...init });
  }
  return new OutgoingRequest(input as string | URL, init);
}
