/**
 * What a legal server is: the correct fake behind a proxy that uses one freedom the contract gives
 * (api-facts, "What a server may do"), and what the report must say where the kit saw it.
 */
import type { ProxiedFake } from "../broken-servers/run.js";

export interface LegalServer extends ProxiedFake {
  /** Kebab-case id, such as `cancel-asynchronous`. */
  id: string;
  /** The freedom it uses, as the table names it: "asynchronous, best-effort cancel". */
  freedom: string;
  /** What the report must show; every listed expectation must hold. */
  expect: {
    /** Matched against every result's notes and every skip's reason. */
    note?: RegExp;
    /** The report's `unimplemented`. */
    unimplemented?: string[];
    /** The report's `throttling` counts retries. */
    throttled?: boolean;
  };
}
