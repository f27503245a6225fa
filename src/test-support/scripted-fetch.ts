/**
 * A fetch that answers from a script, one step per request, and records what it was sent. A step is a
 * Response factory, an error to throw, or a function of the request. No mocking framework needed.
 */

export type Step = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export interface ScriptedFetch {
  fetch: typeof fetch;
  /** What each request carried, in order. */
  requests: RecordedRequest[];
}

/** JSON response with the given status. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The AIP-193 error envelope for a code name. */
export function envelope(httpStatus: number, status: string, message = "failed", details: unknown[] = []): Response {
  return json({ error: { code: httpStatus, message, status, details } }, httpStatus);
}

/** A fetch that plays `steps` in order; after the last, it repeats the last step. */
export function scriptedFetch(...steps: Step[]): ScriptedFetch {
  const requests: RecordedRequest[] = [];
  let next = 0;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : "",
    });
    if (request.signal.aborted) throw request.signal.reason;
    const step = steps[Math.min(next++, steps.length - 1)];
    if (step === undefined) throw new Error("scriptedFetch: no steps");
    if (step instanceof Error) throw step;
    if (step instanceof Response) return step.clone();
    return step(request);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

/**
 * Requests a `hang` step holds. A real fetch in flight is reachable from its socket; a promise that only
 * an abort listener can settle is not, and undici links a Request's signal to its parent through a
 * WeakRef, so without this the whole chain could be collected and the abort never arrive.
 */
const hanging = new Set<Request>();

/** A step that never answers until the request's signal aborts. */
export function hang(request: Request): Promise<Response> {
  hanging.add(request);
  return new Promise((_, reject) => {
    request.signal.addEventListener(
      "abort",
      () => {
        hanging.delete(request);
        reject(request.signal.reason);
      },
      { once: true },
    );
  });
}
