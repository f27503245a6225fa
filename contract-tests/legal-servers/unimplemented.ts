/**
 * google.longrunning lets a server leave out list, cancel, delete and wait: "If the server doesn't
 * support this method, it returns UNIMPLEMENTED", whatever the request holds (auth aside, it is never
 * read). One server per method.
 */
import { methodOf, type Method } from "../broken-servers/rewrite.js";
import type { LegalServer } from "./types.js";
import { envelope } from "./upstream.js";

function without(method: Method, operationId: string): LegalServer {
  return {
    id: `${method}-unimplemented`,
    freedom: `UNIMPLEMENTED (501) for ${method}`,
    auth: true,
    expect: { unimplemented: [operationId], note: new RegExp(`${operationId} .*UNIMPLEMENTED`) },
    breakage: () => ({
      request: (req) => (methodOf(req) === method ? envelope(501, "UNIMPLEMENTED", `Method ${method} is not implemented.`) : undefined),
    }),
  };
}

export const UNIMPLEMENTED_SERVERS: LegalServer[] = [
  without("list", "listOperations"),
  without("cancel", "cancelOperation"),
  without("delete", "deleteOperation"),
  without("wait", "waitOperation"),
];
