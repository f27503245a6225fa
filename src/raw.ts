/**
 * `raw`: the openapi-fetch client over the same transport (auth, redirects, deadlines, retries), with its
 * paths and types from the spec. openapi-fetch is imported on the first raw request (raw-client.ts), so
 * an app that only uses the friendly methods never loads it (bench/sdk-startup.ts: the entry chunk).
 * Middleware registered with `use` is kept here as well, so the friendly methods know to go through
 * openapi-fetch, and its middleware, whenever there is any.
 */
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import type { FriendlyCall } from "./raw-client.js";
import type { Transport } from "./transport.js";

export interface RawClient {
  /** The openapi-fetch client (as `Client<paths>`), loaded on first use. */
  readonly client: Client<paths>;
  /** Whether any middleware is registered, so calls must go through openapi-fetch. */
  hasMiddleware(): boolean;
  /** A friendly call through openapi-fetch and its middleware. */
  through(call: FriendlyCall, body: string | undefined): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

type Method = (...args: unknown[]) => Promise<unknown>;

const METHODS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

/** The raw client of `baseUrl`, sending through `transport` with `headers` as its defaults. */
export function createRawClient(baseUrl: string, transport: Transport, headers: Record<string, string>): RawClient {
  const middleware: Middleware[] = [];
  let loaded: Client<paths> | undefined;
  let loading: Promise<typeof import("./raw-client.js")> | undefined;
  const load = () =>
    (loading ??= import("./raw-client.js").then((module) => {
      loaded = module.createOpenapiClient(baseUrl, transport, headers, middleware);
      return module;
    }));
  const facade: Record<string, unknown> = {
    use(...added: Middleware[]) {
      for (const m of added) {
        if (!m) continue;
        // The check openapi-fetch makes, made here too so a mistake shows at `use`, not at the next request.
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        middleware.push(m);
        loaded?.use(m);
      }
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const i = middleware.indexOf(m);
        if (i !== -1) middleware.splice(i, 1);
        loaded?.eject(m);
      }
    },
  };
  for (const method of METHODS) {
    facade[method] = (...args: unknown[]) => load().then(() => (loaded as unknown as Record<string, Method>)[method]!(...args));
  }
  return {
    client: facade as unknown as Client<paths>,
    hasMiddleware: () => middleware.length > 0,
    through: (call, body) => load().then((module) => module.throughOpenapiClient(loaded!, call, body)),
  };
}
