/**
 * A scenario drives the target through one behaviour and applies checks along the way. Every exchange it
 * makes also gets the generic checks. Results are kept per (scenario, check): a check fails when any of
 * its applications failed, and is skipped when none applied.
 */
import { send, type CallOptions, type Exchange } from "./exchange.js";
import { RunState } from "./run-state.js";
import { currentTrace } from "./scenario-trace.js";
import { GENERIC_CHECKS } from "./checks/response.js";
import { ContractViolation, isNote, isSkip, NOT_APPLICABLE, type CheckContext, type CheckOutcome } from "./checks/verdict.js";
import type { Capabilities, Target } from "./target.js";
import type { CheckResult, CheckStatus } from "./results.js";

export type ScenarioKind = "generic" | "semantic" | "client";

export interface Scenario {
  /** Unique and stable, such as `cancel-running-ends-cancelled`. */
  id: string;
  /** What it proves, as a test name. */
  title: string;
  kind: ScenarioKind;
  /** Spec operationIds it exercises (for coverage). */
  operationIds: string[];
  /** Capabilities the target needs; without them the scenario is skipped with that reason. */
  requires?: Array<keyof Capabilities>;
  /** Also needs a configured token. @default false */
  requiresToken?: boolean;
  /**
   * May cancel or delete operations. Such scenarios run after all the others (so reads and listings see
   * an unchanged collection) and claim the operations they change (so no two change the same one).
   * @default false
   */
  changesState?: boolean;
  /**
   * May remove a resource other scenarios work on (a standard delete of a model or dataset): runs after
   * every other scenario, those that change state included. @default false
   */
  removesResources?: boolean;
  /**
   * Judges the run's history (history/): runs once every other scenario has finished, so it sees all
   * they did. @default false
   */
  judgesHistory?: boolean;
  run(ctx: ScenarioContext): Promise<void>;
}

/**
 * Thrown by `ctx.notExercised`: the target had nothing to test this with (no operation of the kind the
 * scenario needs, a start it refused). It fails the run (exit 1) because the server gave the kit nothing
 * to test, so use it only for that: where the kit's own choice or timing fell short (every operation it
 * waited on finished meanwhile), a scenario passes with a note instead (scenarios/wait.ts).
 */
export class NotExercised extends Error {
  override readonly name = "NotExercised";
}

/**
 * Thrown by `ctx.skip`: the run chose not to do what the scenario would do (remove a resource it did not
 * make, say), as a missing flag would; reported skipped with the reason, like a missing capability, and
 * not as untested.
 */
export class ScenarioSkipped extends Error {
  override readonly name = "ScenarioSkipped";
}

/**
 * Thrown when the scenario needs a method the target answers UNIMPLEMENTED, which google.longrunning
 * allows for list, cancel, delete and wait: the scenario is skipped, like a missing capability, and the
 * report lists the method.
 */
export class MethodUnimplemented extends Error {
  override readonly name = "MethodUnimplemented";
  constructor(readonly operationId: string) {
    super(`needs ${operationId}, which the target answers 501 UNIMPLEMENTED (allowed by google.longrunning)`);
  }
}

interface Tally {
  check: string;
  operationIds: Set<string>;
  passed: number;
  failures: string[];
  skips: string[];
  notes: string[];
  /** Time of this check's verdicts: each takes the time since the scenario's previous verdict. */
  ms: number;
}

export class ScenarioContext {
  readonly #tallies = new Map<string, Tally>();
  #sinceVerdict = performance.now();

  /**
   * @param target the target as the run reaches it: its `fetch` is the run's guarded transport.
   * @param reported whether a check's outcome goes into the results (--checks, --exclude-checks); a
   *   check left out still runs, so the scenario's own flow is unchanged. @default every check
   * @param run what the run's scenarios share: claims, settings, what was learnt of the target.
   */
  constructor(
    readonly scenario: Scenario,
    readonly target: Target,
    readonly checks: CheckContext,
    readonly reported: (check: string) => boolean = () => true,
    readonly run: RunState = new RunState(),
  ) {}

  /** Sends a request to a spec operation and applies every generic check to the exchange. */
  async call(operationId: string, options: CallOptions = {}): Promise<Exchange> {
    const exchange = await send(this.target, this.checks.spec.operation(operationId), options);
    if (exchange.response.status === 501) this.run.unimplemented.add(operationId);
    for (const check of GENERIC_CHECKS) this.check(check.name, [operationId], () => check(exchange, this.checks));
    return exchange;
  }

  /** Applies one check and records its outcome; returns whether it held (passed or noted). */
  check(name: string, operationIds: string[], apply: () => CheckOutcome): boolean {
    try {
      const outcome = apply();
      if (outcome === NOT_APPLICABLE || !this.reported(name)) return true;
      const tally = this.#tally(name, operationIds);
      if (isSkip(outcome)) {
        tally.skips.push(outcome.skip);
        return true;
      }
      if (isNote(outcome)) tally.notes.push(outcome.note);
      tally.passed += 1;
      currentTrace()?.verdict(name, false);
      return true;
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      if (!this.reported(name)) return false;
      this.#tally(name, operationIds).failures.push(error.message);
      currentTrace()?.verdict(name, true);
      return false;
    }
  }

  /** Applies a named check function with its arguments (its name is the check's name). */
  apply<A extends unknown[]>(fn: (...args: A) => CheckOutcome, ...args: A): boolean {
    return this.check(fn.name, this.scenario.operationIds, () => fn(...args));
  }

  /** Ends the scenario: the target offered nothing to exercise it with. */
  notExercised(reason: string): never {
    throw new NotExercised(reason);
  }

  /** Ends the scenario as skipped: the run will not do what it would (the reason says what would let it). */
  skip(reason: string): never {
    throw new ScenarioSkipped(reason);
  }

  /** Ends the scenario: it needs a method the target (legally) does not implement. */
  unimplemented(operationId: string): never {
    this.run.unimplemented.add(operationId);
    throw new MethodUnimplemented(operationId);
  }

  #tally(check: string, operationIds: string[]): Tally {
    let tally = this.#tallies.get(check);
    if (!tally) {
      tally = { check, operationIds: new Set(), passed: 0, failures: [], skips: [], notes: [], ms: 0 };
      this.#tallies.set(check, tally);
    }
    const now = performance.now();
    tally.ms += now - this.#sinceVerdict;
    this.#sinceVerdict = now;
    operationIds.forEach((id) => tally.operationIds.add(id));
    return tally;
  }

  /** One CheckResult per check applied, in first-use order. */
  results(durationMs: number): CheckResult[] {
    return [...this.#tallies.values()].map((t) => {
      const status: CheckStatus = t.failures.length > 0 ? "failed" : t.passed > 0 ? "passed" : "skipped";
      const result: CheckResult = {
        id: `${this.scenario.id}/${t.check}`,
        scenario: this.scenario.id,
        check: t.check,
        operationIds: [...t.operationIds],
        status,
        durationMs,
        timeMs: t.ms,
      };
      const more = t.failures.length > 1 ? `\n(and ${t.failures.length - 1} more failures of this check)` : "";
      if (status === "failed") result.message = `${t.failures[0]}${more}`;
      if (status === "skipped") result.message = [...new Set(t.skips)].join("; ");
      if (t.notes.length > 0) result.notes = [...new Set(t.notes)];
      return result;
    });
  }
}
