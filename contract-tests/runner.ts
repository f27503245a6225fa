/**
 * Runs the conformance scenarios against a target and reports, check by check, where the target and the
 * spec disagree. Usable programmatically (`runConformance`) and step by step (`ConformanceSession`, which
 * the vitest suite uses to make one test per scenario).
 */
import { coverageOf, uncoveredOperations } from "./coverage.js";
import { SchemaValidator } from "./schema-validator.js";
import { NotExercised, ScenarioContext, type Scenario } from "./scenario.js";
import { changeScenarios } from "./scenarios/changes.js";
import { clientScenarios } from "./scenarios/client.js";
import { genericScenarios } from "./scenarios/generic.js";
import { listingScenarios } from "./scenarios/listing.js";
import { readScenarios } from "./scenarios/reads.js";
import { loadSpec, type SpecModel } from "./spec-model.js";
import { createKitFetch, type WireRecord } from "./transport.js";
import { checkTokenValue } from "../src/auth.js";
import { redactDeep } from "../src/redact.js";
import type { CheckContext } from "./checks/verdict.js";
import type { CheckResult, ConformanceReport } from "./results.js";
import type { Target } from "./target.js";

export type { CheckResult, CheckStatus, ConformanceReport, OperationCoverage } from "./results.js";
export { reportPassed, summarize } from "./results.js";

export interface RunOptions {
  /** The spec to check against. @default the kit's spec/automl-v1beta1-operations.yaml */
  specPath?: string;
  /** Called after each check result is recorded. */
  onProgress?: (result: CheckResult, done: number, total: number) => void;
  /** Run only scenarios whose id equals or starts with one of these. @default all */
  only?: string[];
  /** Report only these checks (by function name, such as `statusCodeConformance`). @default all */
  checks?: string[];
  /** Leave these checks out of the report. @default none */
  excludeChecks?: string[];
  /**
   * Stops the run: requests in flight are aborted, no further scenario starts, and the report holds
   * what ran (`interrupted: true`). @default undefined
   */
  signal?: AbortSignal;
  /** Called with every exchange sent on the wire, the SDK's included (for HAR). Not redacted. @default undefined */
  onRecord?: (record: WireRecord) => void;
}

/**
 * Every scenario, in run order: reads and listing first, then the generic ones, the client's, and the
 * scenarios that cancel or delete last, so earlier ones still find operations in every state.
 */
export function listScenarios(spec: SpecModel | string = loadSpec()): Scenario[] {
  const model = typeof spec === "string" ? loadSpec(spec) : spec;
  return [...readScenarios, ...listingScenarios, ...genericScenarios(model), ...clientScenarios, ...changeScenarios];
}

/** The scenarios whose id equals or starts with one of `only` (all when `only` is empty or absent). */
export function selectScenarios(scenarios: Scenario[], only: string[] | undefined): Scenario[] {
  if (!only || only.length === 0) return scenarios;
  return scenarios.filter((s) => only.some((prefix) => s.id === prefix || s.id.startsWith(prefix)));
}

/** Why a scenario cannot run on this target, or undefined when it can. */
function unmetPrecondition(scenario: Scenario, target: Target): string | undefined {
  const missing = (scenario.requires ?? []).filter((c) => !target.capabilities[c]);
  if (missing.length > 0) return `needs capability ${missing.join(", ")}; target ${target.name} has it false`;
  if (scenario.requiresToken && target.token === undefined) return "no token configured for the target";
  return undefined;
}

/** One run against one target: scenarios run one at a time, results accumulate. */
export class ConformanceSession {
  readonly spec: SpecModel;
  readonly scenarios: Scenario[];
  readonly results: CheckResult[] = [];
  readonly notExercised: string[] = [];
  readonly #checks: CheckContext;
  readonly #started = performance.now();
  readonly #ran = new Set<string>();
  /** Tokens the run has sent; every result and the report are redacted of them. */
  readonly #secrets = new Set<string>();
  /** The target as scenarios reach it: through the guarded, recording transport. */
  readonly #wired: Target;
  readonly #reported: (check: string) => boolean;

  constructor(
    readonly target: Target,
    readonly options: RunOptions = {},
  ) {
    if (typeof target.token === "string") {
      checkTokenValue(target.token);
      this.#secrets.add(target.token);
    }
    this.spec = loadSpec(options.specPath);
    this.scenarios = selectScenarios(listScenarios(this.spec), options.only);
    this.#checks = { spec: this.spec, schemas: new SchemaValidator(this.spec), capabilities: target.capabilities, parent: target.parent };
    const fetch = createKitFetch(target, { signal: options.signal, onRecord: options.onRecord, secrets: this.#secrets });
    this.#wired = { ...target, fetch };
    const only = options.checks && options.checks.length > 0 ? new Set(options.checks) : undefined;
    const excluded = new Set(options.excludeChecks ?? []);
    this.#reported = (check) => (only === undefined || only.has(check)) && !excluded.has(check);
  }

  /** Whether the run was stopped by its signal. */
  get interrupted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Runs one scenario; returns its results (also kept in `results`). Never throws for a target's fault. */
  async run(scenario: Scenario): Promise<CheckResult[]> {
    const started = performance.now();
    const base = { scenario: scenario.id, operationIds: scenario.operationIds };
    const unmet = this.interrupted ? "the run was interrupted before this scenario" : unmetPrecondition(scenario, this.target);
    let own: CheckResult[];
    if (unmet) {
      const check = this.interrupted ? "interrupted" : "capabilities";
      own = [{ ...base, id: `${scenario.id}/${check}`, check, status: "skipped", message: unmet, durationMs: 0 }];
    } else {
      const ctx = new ScenarioContext(scenario, this.#wired, this.#checks, this.#reported);
      let extra: CheckResult | undefined;
      try {
        await scenario.run(ctx);
      } catch (error) {
        const durationMs = performance.now() - started;
        if (this.interrupted) {
          extra = { ...base, id: `${scenario.id}/interrupted`, check: "interrupted", status: "skipped", message: "interrupted while running", durationMs };
        } else if (error instanceof NotExercised) {
          this.notExercised.push(`${scenario.id}: ${error.message}`);
          extra = { ...base, id: `${scenario.id}/precondition`, check: "precondition", status: "skipped", message: error.message, durationMs };
        } else {
          const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          extra = { ...base, id: `${scenario.id}/scenario`, check: "scenario", status: "failed", message: `Scenario aborted: ${message}`, durationMs };
        }
      }
      own = ctx.results(performance.now() - started);
      if (extra) own.push(extra);
    }
    own = redactDeep(own, this.#secrets);
    this.#ran.add(scenario.id);
    // The total is an estimate: each scenario not yet run counts as one result.
    const total = this.results.length + own.length + this.scenarios.filter((s) => !this.#ran.has(s.id)).length;
    for (const result of own) {
      this.results.push(result);
      this.options.onProgress?.(result, this.results.length, total);
    }
    return own;
  }

  /** The report of everything run so far. */
  report(): ConformanceReport {
    return redactDeep({
      target: { name: this.target.name, baseUrl: this.target.baseUrl, capabilities: this.target.capabilities },
      results: [...this.results],
      coverage: coverageOf(this.spec, this.scenarios, this.results),
      uncovered: uncoveredOperations(this.spec, listScenarios(this.spec)),
      notExercised: [...this.notExercised],
      durationMs: performance.now() - this.#started,
      ...(this.interrupted ? { interrupted: true } : {}),
    }, this.#secrets);
  }
}

/** Runs every (selected) scenario against the target, in order, and reports. */
export async function runConformance(target: Target, options: RunOptions = {}): Promise<ConformanceReport> {
  const session = new ConformanceSession(target, options);
  for (const scenario of session.scenarios) {
    if (session.interrupted) break;
    await session.run(scenario);
  }
  return session.report();
}
