/**
 * What a broken server is: the correct fake behind a proxy with one contract break, and the check
 * of the conformance suite that must catch it.
 */
import type { FakeServerOptions } from "../../src/fake/index.js";
import type { RunOptions } from "../runner.js";
import type { Breakage } from "./proxy.js";

export interface BrokenServer {
  /** Kebab-case id, such as `cancel-does-nothing`. */
  id: string;
  /** What the server gets wrong, as a test names it: "a cancel that does nothing". */
  description: string;
  /** Id of the check result that must fail: `<scenario>/<check>`, such as
   * `cancel-running-ends-cancelled/cancelEndedOperation`. */
  caughtBy: string;
  /** What the failure message must say, when the same check catches several breaks. */
  reason?: RegExp;
  /** The scenarios worth running against it (the runner's `only`). @default the scenario of `caughtBy` */
  scenarios?: string[];
  /** Settings of the run against it, such as a short --operation-timeout. @default CORPUS_RUN_OPTIONS */
  options?: RunOptions;
  /** How long the fake behind it runs started operations, where the break needs to be seen running. @default QUICK_START_DURATIONS */
  startDurations?: FakeServerOptions["startDurations"];
  /** The fake behind it refuses requests without a token, and the suite sends one (for auth breaks). @default false */
  requiresAuth?: boolean;
  /**
   * The one rule it breaks. Built per start, so state (seen page tokens…) never leaks between runs;
   * given the upstream fake's URL for breaks that call it themselves.
   */
  breakage: (upstream: string) => Breakage;
}
