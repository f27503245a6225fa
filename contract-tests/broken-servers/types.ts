/**
 * What a broken server is: the correct fake behind a proxy with one contract break, and the check
 * of the conformance suite that must catch it.
 */
import type { Breakage } from "./proxy.js";

export interface BrokenServer {
  /** Kebab-case id, such as `cancel-does-nothing`. */
  id: string;
  /** What the server gets wrong, as a test names it: "a cancel that does nothing". */
  description: string;
  /** Id of the check that must fail against this server, such as `cancel-running-ends-cancelled`. */
  caughtBy: string;
  /** The scenarios worth running against it (the runner's `only`); all scenarios when absent. */
  scenarios?: string[];
  /** The one rule it breaks. Built per start, so state (seen page tokens…) never leaks between runs. */
  breakage: () => Breakage;
}
