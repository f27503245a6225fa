/**
 * Confirming a corpus run before reporting it. The corpora run many suites side by side, their fakes
 * and proxies in one event loop, and on a busy machine a timing verdict (a wait that returns at once,
 * a cancel that shows within the cancel timeout, the polls that see progress go back) can fall on the
 * wrong side. A run whose outcome is not the expected one is run again, one confirmation at a time,
 * before it is reported (pitfalls #23; style lesson 17): a real break fails both runs, and the second
 * run's outcome is the one shown.
 */
import { sideBySide } from "../broken-servers/run.js";

const oneAtATime = sideBySide(1);

/** Runs `run`; when `expected` refuses its outcome, runs it again alone and resolves with that. */
export async function confirmed<T>(run: () => Promise<T>, expected: (outcome: T) => boolean): Promise<T> {
  const first = await run();
  if (expected(first)) return first;
  const second = await oneAtATime(run);
  // Said either way, so a run that often needs confirming shows in the log before it fails.
  console.warn(`a run side by side did not give the expected outcome; run again alone, it ${expected(second) ? "did" : "did not either"}`);
  return second;
}
