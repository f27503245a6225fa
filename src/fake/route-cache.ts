/**
 * Routes of recent request paths, so a client polling the same operation pays for parsing, decoding
 * and checking its path once. Resolving a path is pure (method and path give the route, or an error),
 * and routes are never changed after they are made, so a route can be handed out again as it is.
 * Only successes are kept: errors are built anew, with the path they name. The cache is bounded: when
 * full it starts over, so a client sending endless distinct paths costs memory only up to the bound.
 */
import type { Route } from "./router.js";

/** Paths remembered per method before the cache starts over. */
const MAX_PATHS = 1024;

export type Resolve = (method: string, path: string) => Route;

/** `resolve`, remembering the routes of the last paths per method. */
export function cachedResolver(resolve: Resolve): Resolve {
  const byMethod = new Map<string, Map<string, Route>>();
  return (method, path) => {
    let routes = byMethod.get(method);
    const known = routes?.get(path);
    if (known) return known;
    const route = resolve(method, path);
    if (!routes) byMethod.set(method, (routes = new Map()));
    else if (routes.size >= MAX_PATHS) routes.clear();
    routes.set(path, route);
    return route;
  };
}
