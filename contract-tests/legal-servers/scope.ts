/**
 * Servers whose scope and timing are their own business: one that serves the operations resource alone
 * (every other path is 404, as a server that never heard of models and datasets answers), and one whose
 * first listed running operations finish within two seconds while the others run for an hour. Neither
 * says anything about the contract; the kit must pass both with the bundled spec and a user's flags.
 */
import type { Breakage, ProxiedRequest } from "../broken-servers/proxy.js";
import type { LegalServer } from "./types.js";

const OPERATIONS_PATH = /^\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/operations(\/[^/]+)?$/;

/** What a front end answers for a path it routes nowhere: an HTML page, not Google's error envelope. */
const NOT_ROUTED_PAGE = "<!DOCTYPE html>\n<title>Error 404 (Not Found)</title>\n<p>The requested URL was not found on this server.</p>\n";

/** Whether the request addresses the operations resource (list, get, cancel, delete, wait, or a method it refuses there). */
export function addressesOperations(req: ProxiedRequest): boolean {
  return OPERATIONS_PATH.test(req.url.pathname);
}

/** Every path outside `…/operations` answers 404, whatever the method, body or token. */
export function operationsOnly(): Breakage {
  return {
    request: (req) => {
      if (addressesOperations(req)) return;
      return { status: 404, headers: new Headers({ "content-type": "text/html; charset=utf-8" }), body: NOT_ROUTED_PAGE };
    },
  };
}

export const SCOPE_SERVERS: LegalServer[] = [
  {
    id: "operations-resource-only",
    freedom: "a server of the operations resource alone (404 on models and datasets), run as a user would: no --start-operations",
    auth: true,
    // --token and --allow-destructive, nothing else: the methods that start operations are not the user's to test here.
    capabilities: { startOperations: false },
    expect: { note: /needs capability startOperations/ },
    breakage: operationsOnly,
  },
];
