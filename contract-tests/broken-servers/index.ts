/**
 * The broken servers: the correct fake behind a proxy that breaks one contract rule each. The kit
 * tests itself with them: every one must be caught by the check named in `caughtBy`.
 */
import { AGREEMENT_BREAKS } from "./agreement-breaks.js";
import { ERROR_BREAKS } from "./error-breaks.js";
import { HISTORY_BREAKS } from "./history-breaks.js";
import { LIFECYCLE_BREAKS } from "./lifecycle-breaks.js";
import { LISTING_BREAKS } from "./listing-breaks.js";
import { startBreakingProxy, type RunningProxy } from "./proxy.js";
import { SHAPE_BREAKS } from "./shape-breaks.js";
import { START_BREAKS } from "./start-breaks.js";
import type { BrokenServer } from "./types.js";

export type { BrokenServer } from "./types.js";
export { startBreakingProxy, type Breakage, type ProxiedRequest, type ProxiedResponse } from "./proxy.js";
export { BROKEN_SERVER_PARENT, CORPUS_RUN_OPTIONS, runAgainstBrokenServer, scenariosOf, sideBySide, withProxiedFake, type BrokenServerRun, type ProxiedFake } from "./run.js";

export const BROKEN_SERVERS: readonly BrokenServer[] = [
  ...LIFECYCLE_BREAKS,
  ...AGREEMENT_BREAKS,
  ...SHAPE_BREAKS,
  ...ERROR_BREAKS,
  ...LISTING_BREAKS,
  ...START_BREAKS,
  ...HISTORY_BREAKS,
];

/** Starts `server`'s breaking proxy in front of `upstream` (a running correct fake). */
export function startBrokenServer(server: BrokenServer, upstream: string): Promise<RunningProxy> {
  return startBreakingProxy(upstream, server.breakage(upstream));
}
