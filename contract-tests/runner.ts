/**
 * Runs the conformance scenarios against a target and reports, check by check, where the target and the
 * spec disagree. Usable programmatically (`runConformance`) and step by step (`ConformanceSession`, which
 * the vitest suite uses to make one test per scenario).
 */
import { coverageOf, uncoveredOperations } from "./coverage.js";
import { RunState } from "./run-state.js";
import { SchemaValidator } from "./schema-validator.js";
import { MethodUnimplemented, NotExercised, ScenarioContext, ScenarioSkipped, type Scenario } from "./scenario.js";
import { phasesOf, runScenarios } from "./schedule.js";
import { changeScenarios } from "./scenarios/changes.js";
import { clientScenarios } from "./scenarios/client.js";
import { genericScenarios } from "./scenarios/generic.js";
import { historyScenarios } from "./history/scenarios.js";
import { lifecycleScenarios } from "./scenarios/lifecycle.js";
import { listingScenarios } from "./scenarios/listing.js";
import { readScenarios } from "./scenarios/reads.js";
import { MethodNotServed } from "./scenarios/served.js";
import { loadSpec, type SpecModel } from "./spec-model.js";
import { planStarts, type StartRequests } from "./start-requests.js";
import { traceScenario } from "./scenario-trace.js";
import { ThrottledError, ThrottleGate } from "./throttle.js";
import { createKitFetch, type KitFetch, type WireRecord } from "./transport.js";
import { hostileFinding } from "./hostile-answers.js";
import { checkTokenValue } from "../src/auth.js";
import { credentialSecrets } from "../src/credential-headers.js";
import { redactDeep } from "../src/redact.js";
import type { CheckContext } from "./checks/verdict.js";
import type { CheckResult, ConformanceReport } from "./results.js";
import type { Target } from "./target.js";

export type { CheckResult, CheckStatus, ConformanceReport, IncompleteReason, OperationCoverage, ThrottlingSummary } from "./results.js";
export { reportPassed, summarize } from "./results.js";
export { DEFAULT_CANCEL_TIMEOUT_MS, DEFAULT_OPERATION_TIMEOUT_MS } from "./run-state.js";
export { readStartRequestsFile, StartRequestsError, type StartRequest, type StartRequests } from "./start-requests.js";
export { DEFAULT_THROTTLE_BUDGET_MS } from "./throttle.js";

/** Default of `RunOptions.concurrency`. */
export const DEFAULT_CONCURRENCY = 6;

/** Called after each scenario with its results, how many scenarios are done, and how many in all. */
export type ScenarioProgress = (scenario: string, results: CheckResult[], done: number, total: number) => void;

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
  /** Called after each scenario (in the order they finish) with its results. @default undefined */
  onScenario?: ScenarioProgress;
  /**
   * Scenarios in flight at once (1 runs them one by one). Scenarios that change state run after the
   * others and each on operations of its own, so the results do not depend on it. @default 6
   */
  concurrency?: number;
  /** How long the kit polls for a cancel to take effect before the operation counts as still running. @default 10000 */
  cancelTimeoutMs?: number;
  /**
   * Total time the run may spend waiting out 429 and 503 answers (overlapping waits count once); when it
   * is spent the run ends as incomplete, "throttled", not as a failure. @default 60000
   */
  throttleBudgetMs?: number;
  /**
   * What the lifecycle scenarios send to each method that starts operations, by operationId (a
   * `--start-requests` file: `path` values beyond the parent, `body`); checked against the spec when the
   * session is made, before anything is sent (StartRequestsError). @default the spec's examples
   */
  startRequests?: StartRequests;
  /** How long a started operation may run before it counts as never finishing. @default 60000 */
  operationTimeoutMs?: number;
}

/**
 * Every scenario, in run order: reads and listing first, then the generic ones, the client's, then the
 * scenarios that cancel, delete or start operations, so earlier ones still find operations in every
 * state, then the standard deletes, which may remove what the others work on, and last the judge of
 * the run's history.
 */
export function listScenarios(spec: SpecModel | string = loadSpec()): Scenario[] {
  const model = typeof spec === "string" ? loadSpec(spec) : spec;
  const all = [...readScenarios, ...listingScenarios, ...genericScenarios(model), ...clientScenarios, ...changeScenarios, ...lifecycleScenarios(model), ...historyScenarios];
  return phasesOf(all).flat();
}

/** The scenarios whose id equals or starts with one of `only` (all when `only` is empty or absent). */
export function selectScenarios(scenarios: Scenario[], only: string[] | undefined): Scenario[] {
  if (!only || only.length === 0) return scenarios;
  return scenarios.filter((s) => only.some((prefix) => s.id === prefix || s.id.startsWith(prefix)));
}

/** Why a scenario cannot run on this target, or undefined when it can. */
function unmetPrecondition(scenario: Scenario, target: Target): string | undefined {
  const missing = (scenario.requires ?? []).filter((c) => !target.capabilities[c]);
  if (missing.includes("auth")) {
    return "the target does not enforce auth (capability auth false, --auth-not-enforced): requests without a token are not checked";
  }
  if (missing.length > 0) return `needs capability ${missing.join(", ")}; target ${target.name} has it false`;
  if (scenario.requiresToken && target.token === undefined) return "no token configured for the target";
  return undefined;
}

/** One run against one target: scenarios run one by one through `run`, or side by side (runConformance). */
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
  /** The run's transport: guarded, recording, throttle-aware. */
  readonly #fetch: KitFetch;
  readonly #throttle: ThrottleGate;
  readonly #state: RunState;
  readonly #order: Map<string, number>;
  readonly #reported: (check: string) => boolean;

  constructor(
    readonly target: Target,
    readonly options: RunOptions = {},
  ) {
    if (typeof target.token === "string") {
      checkTokenValue(target.token);
      this.#secrets.add(target.token);
    }
    // A key or cookie among the target's headers is as secret as its token.
    for (const secret of credentialSecrets(target.headers ?? {})) this.#secrets.add(secret);
    this.spec = loadSpec(options.specPath);
    this.scenarios = selectScenarios(listScenarios(this.spec), options.only);
    this.#order = new Map(this.scenarios.map((s, i) => [s.id, i]));
    const schemas = SchemaValidator.of(this.spec);
    this.#checks = { spec: this.spec, schemas, capabilities: target.capabilities, parent: target.parent };
    // Requests a user gave are checked even when nothing will be started: a bad file is a mistake either way.
    const starts = target.capabilities.startOperations || options.startRequests ? planStarts(this.spec, schemas, options.startRequests) : undefined;
    this.#throttle = new ThrottleGate(options.throttleBudgetMs);
    this.#state = new RunState({
      ...(options.cancelTimeoutMs !== undefined ? { cancelTimeoutMs: options.cancelTimeoutMs } : {}),
      ...(options.operationTimeoutMs !== undefined ? { operationTimeoutMs: options.operationTimeoutMs } : {}),
      ...(starts ? { starts } : {}),
      ...(options.only ? { only: options.only } : {}),
    });
    const history = this.#state.history;
    const onRecord = (record: WireRecord) => {
      history.add(record);
      options.onRecord?.(record);
    };
    this.#fetch = createKitFetch(target, { signal: options.signal, onRecord, secrets: this.#secrets, throttle: this.#throttle });
    const only = options.checks && options.checks.length > 0 ? new Set(options.checks) : undefined;
    const excluded = new Set(options.excludeChecks ?? []);
    this.#reported = (check) => (only === undefined || only.has(check)) && !excluded.has(check);
  }

  /** Whether the run was stopped by its signal. */
  get interrupted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Whether the throttle budget ran out: the run cannot complete. */
  get throttledOut(): boolean {
    return this.#throttle.exhausted;
  }

  /** The target as one scenario reaches it: the run's transport, noting when throttling stopped it. */
  #wiredFor(stopped: { byThrottling: boolean; hostile: Map<string, string> }): Target {
    const fetch = Object.assign(
      (input: RequestInfo | URL, init?: RequestInit) =>
        this.#fetch(input, init).catch((error: unknown) => {
          if (error instanceof ThrottledError) stopped.byThrottling = true;
          // An answer the transport refused fails its own check, whatever the scenario makes of the error.
          const finding = hostileFinding(error);
          if (finding && !stopped.hostile.has(finding.check)) stopped.hostile.set(finding.check, finding.message);
          throw error;
        }),
      { boundsAttempts: true as const },
    );
    return { ...this.target, fetch };
  }

  /** Runs one scenario; returns its results (also kept in `results`). Never throws for a target's fault. */
  async run(scenario: Scenario): Promise<CheckResult[]> {
    const started = performance.now();
    const base = { scenario: scenario.id, operationIds: scenario.operationIds };
    const skipped = (check: string, message: string, durationMs = 0): CheckResult =>
      ({ ...base, id: `${scenario.id}/${check}`, check, status: "skipped", message, durationMs });
    const unmet = this.interrupted
      ? "the run was interrupted before this scenario"
      : this.throttledOut
        ? "could not complete: throttled before this scenario"
        : unmetPrecondition(scenario, this.target);
    let own: CheckResult[];
    if (unmet) {
      own = [skipped(this.interrupted ? "interrupted" : this.throttledOut ? "throttled" : "capabilities", unmet)];
    } else {
      const stopped = { byThrottling: false, hostile: new Map<string, string>() };
      const ctx = new ScenarioContext(scenario, this.#wiredFor(stopped), this.#checks, this.#reported, this.#state);
      let extra: CheckResult | undefined;
      try {
        await traceScenario(scenario.id, () => scenario.run(ctx));
      } catch (error) {
        const durationMs = performance.now() - started;
        if (this.interrupted) {
          extra = skipped("interrupted", "interrupted while running", durationMs);
        } else if (stopped.byThrottling || error instanceof ThrottledError) {
          stopped.byThrottling = true;
        } else if (error instanceof MethodUnimplemented) {
          extra = skipped("unimplemented", error.message, durationMs);
        } else if (error instanceof ScenarioSkipped) {
          extra = skipped("capabilities", error.message, durationMs);
        } else if (error instanceof MethodNotServed) {
          extra = skipped("not-served", error.message, durationMs);
        } else if (error instanceof NotExercised) {
          this.notExercised.push(`${scenario.id}: ${error.message}`);
          extra = { ...base, id: `${scenario.id}/precondition`, check: "precondition", status: "skipped", message: error.message, durationMs };
        } else if (hostileFinding(error)) {
          // reported below, as the refused answer's own check
        } else {
          const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          extra = { ...base, id: `${scenario.id}/scenario`, check: "scenario", status: "failed", message: `Scenario aborted: ${message}`, durationMs };
        }
      }
      own = ctx.results(performance.now() - started);
      if (extra) own.push(extra);
      for (const [check, message] of stopped.hostile) {
        if (!this.#reported(check)) continue;
        own.push({ ...base, id: `${scenario.id}/${check}`, check, status: "failed", message, durationMs: performance.now() - started });
      }
      // Whatever the scenario saw once its requests were refused (an SDK call failing, say) proves nothing.
      if (stopped.byThrottling) own = [skipped("throttled", "could not complete: throttled while running", performance.now() - started)];
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

  /** Results in scenario order, whatever order the scenarios finished in. */
  #ordered(): CheckResult[] {
    const rank = (r: CheckResult) => this.#order.get(r.scenario) ?? Number.MAX_SAFE_INTEGER;
    return this.results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
  }

  /** The report of everything run so far. */
  report(): ConformanceReport {
    const report: ConformanceReport = {
      target: { name: this.target.name, baseUrl: this.target.baseUrl, capabilities: this.target.capabilities },
      results: this.#ordered(),
      coverage: coverageOf(this.spec, this.scenarios, this.results),
      uncovered: uncoveredOperations(this.spec, listScenarios(this.spec)),
      notExercised: [...this.notExercised].sort((a, b) => (this.#order.get(a.split(":")[0]!) ?? 0) - (this.#order.get(b.split(":")[0]!) ?? 0)),
      durationMs: performance.now() - this.#started,
      ...(this.interrupted ? { interrupted: true } : {}),
      ...(this.throttledOut ? { incomplete: "throttled" as const } : {}),
      throttling: this.#throttle.summary(),
      unimplemented: [...this.#state.unimplemented].sort(),
      notServed: [...this.#state.notServed].sort(),
    };
    return redactDeep(report, this.#secrets);
  }
}

/**
 * Runs every (selected) scenario against the target and reports. Up to `concurrency` scenarios run at
 * once; those that change state run after the others. Results are in scenario order either way.
 */
export async function runConformance(target: Target, options: RunOptions = {}): Promise<ConformanceReport> {
  const session = new ConformanceSession(target, options);
  await runScenarios(session, options.concurrency ?? DEFAULT_CONCURRENCY, options.onScenario);
  return session.report();
}
