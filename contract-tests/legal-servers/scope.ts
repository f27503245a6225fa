/**
 * Servers whose scope and timing are their own business: one that serves the operations resource alone
 * (every other path is 404, as a server that never heard of models and datasets answers), and one whose
 * first listed running operations finish within two seconds while the others run for an hour. Neither
 * says anything about the contract; the kit must pass both with the bundled spec and a user's flags.
 */
import { DEFAULT_PARENT, defaultSeed } from "../../src/fake/index.js";
import type { Breakage, ProxiedRequest } from "../broken-servers/proxy.js";
import { mapEveryOperation, metadataOf } from "../broken-servers/rewrite.js";
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

/**
 * Ids of the operations listed first. They finish one after another, 2.5 to 5.2 s after the server
 * starts (a fake takes a second or so to start on a busy machine): whenever the kit lists them, those
 * still running finish within about two seconds.
 */
export const FINISHING_FIRST_IDS = Array.from({ length: 10 }, (_, i) => `SOON${1_000_000_001 + i}`);

/** The default seed with the soon-finishing operations before it, so they are listed first (insertion order). */
function finishingFirstSeed() {
  const now = Date.now();
  const soon = FINISHING_FIRST_IDS.map((id, i) => ({ name: `${DEFAULT_PARENT}/operations/${id}`, kind: "deployModelDetails" as const, createTime: now, duration: 2_500 + 300 * i }));
  return { seed: [...soon, ...defaultSeed(now)] };
}

/**
 * The soon-finishing operations also look like the longest runners, so a kit ranking candidates by their
 * metadata meets them first too: a createTime a day back (the same in every view) and no progress
 * reported while they run. Both are the server's to say.
 */
function looksLongRunning(): Breakage {
  const dayBack = new Date(Date.now() - 86_400_000).toISOString();
  return {
    response: (res, req) =>
      mapEveryOperation(res, req, (op) => {
        if (!FINISHING_FIRST_IDS.some((id) => String(op.name).endsWith(`/operations/${id}`))) return op;
        const { progressPercent, ...metadata } = metadataOf(op);
        return { ...op, metadata: { ...metadata, createTime: dayBack, ...(op.done === true ? { progressPercent } : {}) } };
      }),
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
  {
    id: "first-listed-finish-soon",
    freedom: "the first listed running operations finish within seconds (and look the longest-running), the others run for an hour",
    auth: true,
    fake: finishingFirstSeed,
    expect: {},
    breakage: looksLongRunning,
  },
];
