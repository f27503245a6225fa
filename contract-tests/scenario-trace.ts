/**
 * Which scenario sent each exchange, and which checks judged it, so a HAR viewer or the HTML report can
 * group a run by scenario and lead from a failed check to the request that shows it. The runner runs each
 * scenario inside `traceScenario`; the transport tags every record it makes with the scenario in whose
 * async context the request was sent (the SDK's calls included, since they share that context), and the
 * scenario context reports each verdict here.
 *
 * A verdict is about the exchanges sent since the scenario's previous verdict (the same attribution as a
 * check's `timeMs`): a scenario sends what a check needs, then judges it, and several checks in a row judge
 * the same exchanges. A check that judges an exchange made before others were sent is attributed to those
 * later ones too; the attribution is a guide for readers, never an input to a verdict.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** What a trace adds to a wire record. */
export interface ExchangeTags {
  /** The id of the scenario that sent the request; absent for requests outside any scenario (the preflight's). */
  scenario?: string;
  /** Checks that judged this exchange (passed, noted or failed), in first-use order. */
  checks?: string[];
  /** The checks among `checks` that failed on it. */
  failedChecks?: string[];
}

function addOnce(list: string[] | undefined, name: string): string[] {
  if (list === undefined) return [name];
  if (!list.includes(name)) list.push(name);
  return list;
}

/** The trace of one scenario run: the exchanges a verdict would be about. */
export class ScenarioTrace {
  #window: ExchangeTags[] = [];
  #afterVerdict = false;

  constructor(readonly scenario: string) {}

  /** Tags a record the scenario just made (mutated in place: later verdicts add their checks to it). */
  record(tags: ExchangeTags): void {
    tags.scenario = this.scenario;
    if (this.#afterVerdict) {
      this.#window = [];
      this.#afterVerdict = false;
    }
    this.#window.push(tags);
  }

  /** A check judged what the scenario sent since its previous verdict. */
  verdict(check: string, failed: boolean): void {
    for (const tags of this.#window) {
      tags.checks = addOnce(tags.checks, check);
      if (failed) tags.failedChecks = addOnce(tags.failedChecks, check);
    }
    this.#afterVerdict = true;
  }
}

const current = new AsyncLocalStorage<ScenarioTrace>();

/** Runs `fn` (a scenario's run) with a trace of `scenario` that its requests and verdicts reach. */
export function traceScenario<T>(scenario: string, fn: () => Promise<T>): Promise<T> {
  return current.run(new ScenarioTrace(scenario), fn);
}

/** The trace of the scenario whose async context this is, if any. */
export function currentTrace(): ScenarioTrace | undefined {
  return current.getStore();
}
