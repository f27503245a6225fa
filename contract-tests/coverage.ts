/**
 * Coverage: which checks ran for which spec operation, and which operations lack a semantic scenario.
 */
import { COVERAGE_ALLOWLIST } from "./coverage-allowlist.js";
import { GENERIC_CHECKS } from "./checks/response.js";
import type { CheckResult, OperationCoverage } from "./results.js";
import type { Scenario } from "./scenario.js";
import type { SpecModel } from "./spec-model.js";

const GENERIC_CHECK_NAMES = new Set<string>(GENERIC_CHECKS.map((c) => c.name));

/** Per operation: generic checks that ran (passed or failed), and semantic/client scenarios that ran. */
export function coverageOf(spec: SpecModel, scenarios: Scenario[], results: CheckResult[]): Record<string, OperationCoverage> {
  const kinds = new Map(scenarios.map((s) => [s.id, s.kind]));
  const coverage: Record<string, OperationCoverage> = {};
  for (const op of spec.operations) coverage[op.operationId] = { generic: [], semantic: [] };
  for (const result of results) {
    if (result.status === "skipped") continue;
    const semantic = kinds.get(result.scenario) !== "generic";
    for (const id of result.operationIds) {
      const entry = coverage[id];
      if (!entry) continue;
      if (GENERIC_CHECK_NAMES.has(result.check) && !entry.generic.includes(result.check)) entry.generic.push(result.check);
      if (semantic && !entry.semantic.includes(result.scenario)) entry.semantic.push(result.scenario);
    }
  }
  return coverage;
}

/**
 * Spec operations that no semantic or client scenario names and the allowlist does not excuse. This is a
 * property of the kit, not of one run: a scenario skipped for a target's capabilities still covers.
 */
export function uncoveredOperations(
  spec: SpecModel,
  scenarios: Scenario[],
  allowlist: Readonly<Record<string, string>> = COVERAGE_ALLOWLIST,
): string[] {
  const named = new Set(scenarios.filter((s) => s.kind !== "generic").flatMap((s) => s.operationIds));
  return spec.operations.map((op) => op.operationId).filter((id) => !named.has(id) && !Object.hasOwn(allowlist, id));
}

/** Allowlist entries that excuse nothing: the operation is gone from the spec or now has a scenario. */
export function staleAllowlistEntries(
  spec: SpecModel,
  scenarios: Scenario[],
  allowlist: Readonly<Record<string, string>> = COVERAGE_ALLOWLIST,
): string[] {
  const named = new Set(scenarios.filter((s) => s.kind !== "generic").flatMap((s) => s.operationIds));
  const inSpec = new Set(spec.operations.map((op) => op.operationId));
  return Object.keys(allowlist).filter((id) => !inSpec.has(id) || named.has(id));
}
