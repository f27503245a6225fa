/**
 * The legal servers: the correct fake behind a proxy that uses one freedom each. The kit tests itself
 * with them: every one must pass the whole suite with zero failures, and the report must say where the
 * kit saw the freedom.
 */
import { ACCESS_SERVERS } from "./access.js";
import { HISTORY_SERVERS } from "./history.js";
import { LIFECYCLE_SERVERS } from "./lifecycle.js";
import { LISTING_SERVERS } from "./listing.js";
import { SCOPE_SERVERS } from "./scope.js";
import { START_SERVERS } from "./starts.js";
import type { LegalServer } from "./types.js";
import { UNIMPLEMENTED_SERVERS } from "./unimplemented.js";
import { WIRE_SERVERS } from "./wire.js";

export type { LegalServer } from "./types.js";
export { asynchronousCancel } from "./lifecycle.js";
export { operationsOnly } from "./scope.js";
export { evidenceOf, runAgainstLegalServer, unmetExpectations, type LegalServerRun } from "./run.js";

export const LEGAL_SERVERS: readonly LegalServer[] = [
  ...UNIMPLEMENTED_SERVERS,
  ...LIFECYCLE_SERVERS,
  ...LISTING_SERVERS,
  ...WIRE_SERVERS,
  ...ACCESS_SERVERS,
  ...START_SERVERS,
  ...HISTORY_SERVERS,
  ...SCOPE_SERVERS,
];
