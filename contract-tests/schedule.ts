/**
 * Runs a session's scenarios side by side, like Schemathesis's workers: up to `concurrency` at once, in
 * two phases. First every scenario that only reads, so listings and pagination see a collection nobody
 * changes; then the scenarios that cancel or delete, each on operations it has claimed (RunState). A
 * throttled server slows all of them through the transport's shared gate. Progress is reported in
 * scenario order, each as soon as it and all before it are done, so a log reads the same whatever the
 * concurrency.
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
  const order = [...session.scenarios.filter((s) => !s.changesState), ...session.scenarios.filter((s) => s.changesState)];
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
  await pool(session.scenarios.filter((s) => !s.changesState), concurrency, session, finished);
  await pool(session.scenarios.filter((s) => s.changesState), concurrency, session, finished);
}
