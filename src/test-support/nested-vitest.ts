/**
 * The environment for a vitest a test starts itself (over a copy of the project, or over files written
 * to misbehave). vitest marks its workers with VITEST* variables; a nested vitest that inherited them
 * would take itself for one of this run's workers instead of a run of its own.
 */
export function nestedVitestEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST"))), ...extra };
}
