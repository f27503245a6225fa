/**
 * Faults on demand, repeatable under a seed: a share of a method's responses as 503 UNAVAILABLE or
 * 429 RESOURCE_EXHAUSTED (with Retry-After and RetryInfo), added latency, a dropped connection, or a
 * share of the operations a method starts that end with a chosen error.
 *
 * CLI grammar, one rule per `--fault`:
 *
 *   SPEC    := METHOD ":" KIND ":" VALUE [ ":" EXTRA ]
 *   METHOD  := get | list | cancel | delete | wait | * | the operationId of a method that starts operations
 *   KIND    := 503 | 429 | drop | latency | fail
 *   503, 429, drop: VALUE is the probability in [0, 1]; EXTRA (503/429 only) the Retry-After as a
 *                   Duration, default "1s".                          e.g. get:503:0.3, cancel:429:1:2s
 *   latency:        VALUE is the added delay in ms; EXTRA the probability, default 1.
 *                                                                     e.g. *:latency:50, list:latency:200:0.5
 *   fail:           (METHOD a starter or *) VALUE is the probability that an operation it starts ends with
 *                   an error; EXTRA the google.rpc.Code, by name or number, default INTERNAL.
 *                                                                     e.g. createModel:fail:0.5:RESOURCE_EXHAUSTED
 *
 * Rules are checked in order for each request; the first error or drop that fires wins, and every
 * latency that fires is added.
 */
import { parseDurationMs } from "../duration.js";
import { Code, codeName, codeNumber, type CodeNumber } from "../status.js";
import type { MethodName } from "./router.js";
import { bundledStarterIds } from "./starters/catalog.js";

/** A method of the operations resource, `*`, or the operationId of a method that starts operations. */
export type FaultMethod = Exclude<MethodName, "start"> | "*" | (string & {});

export type FaultRule =
  | { method: FaultMethod; kind: "503" | "429"; probability: number; retryAfterMs?: number }
  | { method: FaultMethod; kind: "drop"; probability: number }
  | { method: FaultMethod; kind: "latency"; ms: number; probability?: number }
  | { method: FaultMethod; kind: "fail"; probability: number; code: CodeNumber };

/** What to do to one request. */
export interface FaultDecision {
  latencyMs: number;
  outcome: { kind: "none" } | { kind: "503" | "429"; retryAfterMs: number } | { kind: "drop" };
}

const METHODS: readonly string[] = ["get", "list", "cancel", "delete", "wait", "*"];

function failureCode(text: string | undefined, spec: string): CodeNumber {
  if (text === undefined) return Code.INTERNAL;
  const code = /^[0-9]+$/.test(text) ? Number(text) : codeNumber(text);
  if (code === undefined || code === Code.OK || codeName(code) === undefined) {
    throw new Error(`fault ${JSON.stringify(spec)}: fail takes a google.rpc.Code other than OK, by name or number`);
  }
  return code as CodeNumber;
}

function probability(text: string | undefined, spec: string): number {
  if (text === undefined) return 1;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`fault ${JSON.stringify(spec)}: probability must be a number from 0 to 1, not ${JSON.stringify(text)}`);
  }
  return value;
}

/**
 * Parses one CLI fault rule; throws an Error whose message says what is wrong. `starters` are the
 * operationIds a rule may name besides the operations methods. @default those of the bundled spec
 */
export function parseFaultSpec(spec: string, starters: readonly string[] = bundledStarterIds()): FaultRule {
  const [method = "", kind = "", value, extra, ...rest] = spec.split(":");
  if (!METHODS.includes(method) && !starters.includes(method)) {
    throw new Error(`fault ${JSON.stringify(spec)}: method must be one of ${METHODS.join(", ")}, or a method that starts operations (${starters.join(", ")})`);
  }
  if (rest.length > 0) throw new Error(`fault ${JSON.stringify(spec)}: too many fields`);
  const m = method as FaultMethod;
  switch (kind) {
    case "503":
    case "429": {
      const rule: FaultRule = { method: m, kind, probability: probability(value, spec) };
      if (extra !== undefined) {
        const ms = parseDurationMs(extra);
        if (ms === undefined) throw new Error(`fault ${JSON.stringify(spec)}: Retry-After must be a Duration such as 2s`);
        rule.retryAfterMs = ms;
      }
      return rule;
    }
    case "drop":
      if (extra !== undefined) throw new Error(`fault ${JSON.stringify(spec)}: drop takes only a probability`);
      return { method: m, kind, probability: probability(value, spec) };
    case "latency": {
      const ms = Number(value);
      if (value === undefined || !/^[0-9]+$/.test(value) || ms > 60_000) {
        throw new Error(`fault ${JSON.stringify(spec)}: latency takes a delay in ms from 0 to 60000`);
      }
      return { method: m, kind, ms, probability: probability(extra, spec) };
    }
    case "fail":
      if (!starters.includes(method) && method !== "*") {
        throw new Error(`fault ${JSON.stringify(spec)}: fail applies to the operations a method starts; ${method} starts none`);
      }
      return { method: m, kind, probability: probability(value, spec), code: failureCode(extra, spec) };
    default:
      throw new Error(`fault ${JSON.stringify(spec)}: kind must be 503, 429, drop or latency (or fail, for the operations a method starts)`);
  }
}

/** mulberry32: a small, fast, seedable generator; enough for picking faults repeatably. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decides the faults of each request; the same seed and request order give the same faults. */
export class FaultInjector {
  private readonly random: () => number;

  constructor(
    private readonly rules: readonly FaultRule[],
    seed = 1,
  ) {
    this.random = mulberry32(seed);
  }

  /** `method`: a method of the operations resource, or the operationId of a starter. */
  decide(method: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, outcome: { kind: "none" } };
    for (const rule of this.rules) {
      // `fail` rules end started operations (starters/failures.ts); they are no request fault.
      if (rule.kind === "fail" || (rule.method !== "*" && rule.method !== method)) continue;
      // Draw for every matching rule, so one rule's outcome does not shift the others' sequence.
      const fires = this.random() < (rule.probability ?? 1);
      if (!fires) continue;
      if (rule.kind === "latency") decision.latencyMs += rule.ms;
      else if (decision.outcome.kind === "none") {
        decision.outcome = rule.kind === "drop" ? { kind: "drop" } : { kind: rule.kind, retryAfterMs: rule.retryAfterMs ?? 1000 };
      }
    }
    return decision;
  }
}
