/**
 * Run before every test file (vitest.config.ts `setupFiles`). A worker runs its files one after another
 * in one process (`isolate: false`), so what a file leaves behind in the process is what the next file
 * starts with. This guard fails the file that leaves the process changed, naming what it left, rather
 * than letting a later file fail for a reason it cannot see:
 * - fake timers still installed (a test that took them must restore them in `finally`);
 * - `process.env` changed (a test that needs a variable passes it to the child or function it starts);
 * - the working directory changed.
 */
import { afterAll, beforeAll, vi } from "vitest";

let env: Record<string, string | undefined> = {};
let cwd = "";

beforeAll(() => {
  env = { ...process.env };
  cwd = process.cwd();
});

/** The names of the variables that differ between two environments, sorted. */
export function changedVariables(before: Record<string, string | undefined>, after: Record<string, string | undefined>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

afterAll(() => {
  const left: string[] = [];
  if (vi.isFakeTimers()) {
    vi.useRealTimers();
    left.push("fake timers installed (restore them with vi.useRealTimers() in a finally)");
  }
  // Names only: a value could be a secret.
  const changed = changedVariables(env, process.env);
  if (changed.length > 0) {
    for (const name of changed) {
      if (env[name] === undefined) delete process.env[name];
      else process.env[name] = env[name];
    }
    left.push(`process.env changed: ${changed.join(", ")}`);
  }
  if (process.cwd() !== cwd) {
    left.push(`working directory changed to ${process.cwd()}`);
    process.chdir(cwd);
  }
  if (left.length > 0) throw new Error(`this file left the shared test process changed: ${left.join("; ")}`);
});
