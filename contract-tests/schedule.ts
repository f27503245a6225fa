/**
 * Runs a session's scenarios side by side, like Schemathesis's workers: up to `concurrency` at once, in
 * phases. First every scenario that only reads, so listings and pagination see a collection nobody
 * changes; then the scenarios that cancel, delete or start operations, each on operations it has claimed
 * or started (RunState); then those that remove resources the others work on (standard deletes); last
 * the judge of the run's history, which sees all of it. A throttled server slows all of them through the
 * transport's shared gate. Progress is reported in scenario order, each as soon as it and all before it
 * are done, so a log reads the same whatever the concurrency.
 */
import type { CheckResult } from "./results.js";
import type { Scenario } from "./scenario.js";

/** What the scheduler needs of a session. */
export interface ScenarioRunner {
  readonly scenarios: Scenario[];
  readonly interrupted: boolean;
  run(scenario: Scenario): Promise<CheckResult[]>;
}

export type OnScenarioDone = (scenario: string, results: CheckResult[], done: number, total: number) => void;

/** Runs `scenarios` with at most `concurrency` in flight; stops starting new ones once interrupted. */
async function pool(
  scenarios: Scenario[],
  concurrency: number,
  session: ScenarioRunner,
  finished: (scenario: Scenario, results: CheckResult[]) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < scenarios.length && !session.interrupted) {
      const scenario = scenarios[next++]!;
      finished(scenario, await session.run(scenario));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, scenarios.length) }, worker));
}

/** Runs every scenario of the session; calls `onScenario` as each one finishes. */
export async function runScenarios(session: ScenarioRunner, concurrency: number, onScenario?: OnScenarioDone): Promise<void> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1; got ${concurrency}`);
  }
  const phases = phasesOf(session.scenarios);
  const order = phases.flat();
  const total = order.length;
  const waiting = new Map<Scenario, CheckResult[]>();
  let reported = 0;
  const finished = (scenario: Scenario, results: CheckResult[]) => {
    waiting.set(scenario, results);
    while (reported < total && waiting.has(order[reported]!)) {
      const next = order[reported]!;
      const own = waiting.get(next)!;
      waiting.delete(next);
      reported += 1;
      onScenario?.(next.id, own, reported, total);
    }
  };
  for (const phase of phases) await pool(phase, concurrency, session, finished);
}

/** The scenarios in the phases they run in, each in the order given: reads, changes, removals, and the history's judges. */
export function phasesOf(scenarios: readonly Scenario[]): Scenario[][] {
  const judges = (s: Scenario) => s.judgesHistory === true;
  const removes = (s: Scenario) => s.removesResources === true && !judges(s);
  return [
    scenarios.filter((s) => !s.changesState && !removes(s) && !judges(s)),
    scenarios.filter((s) => s.changesState && !removes(s) && !judges(s)),
    scenarios.filter(removes),
    scenarios.filter(judges),
  ];
}
