/**
 * A skipped scenario says which flag would run it: the runner knows capabilities, the CLI knows the
 * flags behind them. The hint is worked out from the scenario's own requirements and the target, not
 * from the wording of the runner's message.
 */
import type { ConformanceReport } from "../../contract-tests/runner.js";
import type { Scenario } from "../../contract-tests/scenario.js";
import type { Capabilities, Target } from "../../contract-tests/target.js";

/** The flag behind each capability; the others come from --profile. */
const FLAG_OF: Partial<Record<keyof Capabilities, string>> = {
  destructive: "pass --allow-destructive to let it cancel and delete",
  startOperations: "pass --start-operations to let it start operations (it creates and changes resources on the server)",
};

/** How to run a scenario the target cannot run as configured; undefined when nothing would. */
export function hintFor(scenario: Scenario, target: Target, profile: string): string | undefined {
  const missing = (scenario.requires ?? []).filter((c) => !target.capabilities[c]);
  const hints = missing.map((c) => FLAG_OF[c] ?? `--profile ${profile} says the server lacks ${c}`);
  if (missing.length === 0 && scenario.requiresToken && target.token === undefined) hints.push("pass --token or --token-command");
  return hints.length > 0 ? hints.join("; ") : undefined;
}

/** The report with each scenario skipped for a capability or a token also naming the flag that enables it. */
export function withSkipHints(report: ConformanceReport, scenarios: readonly Scenario[], target: Target, profile: string): ConformanceReport {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const results = report.results.map((r) => {
    const scenario = byId.get(r.scenario);
    if (r.check !== "capabilities" || r.status !== "skipped" || !scenario) return r;
    const hint = hintFor(scenario, target, profile);
    return hint ? { ...r, message: `${r.message ?? "skipped"} (${hint})` } : r;
  });
  return { ...report, results };
}
