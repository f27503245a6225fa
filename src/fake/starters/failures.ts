/**
 * Failures on demand for started operations: the `fail` fault rules (`createModel:fail:0.5:UNAVAILABLE`)
 * decide, when an operation starts, whether it will end with an error instead of its response. Drawn
 * from a generator of their own under the fault seed, so adding them never shifts the request faults.
 */
import { codeName, type CodeNumber } from "../../status.js";
import { mulberry32, type FaultRule } from "../faults.js";
import type { Status } from "../types.js";

type FailRule = Extract<FaultRule, { kind: "fail" }>;

/** Draws, per started operation, the error it will end with (or none). */
export class FailureInjector {
  readonly #rules: readonly FailRule[];
  readonly #random: () => number;

  constructor(rules: readonly FaultRule[], seed = 1) {
    this.#rules = rules.filter((r): r is FailRule => r.kind === "fail");
    this.#random = mulberry32(seed);
  }

  /** The error an operation started by `operationId` ends with, or undefined for its response. */
  decide(operationId: string): Status | undefined {
    let code: CodeNumber | undefined;
    for (const rule of this.#rules) {
      if (rule.method !== "*" && rule.method !== operationId) continue;
      // Draw for every matching rule, so one rule's outcome does not shift the others' sequence.
      if (this.#random() < rule.probability && code === undefined) code = rule.code;
    }
    if (code === undefined) return undefined;
    return { code, message: `${operationId} failed with ${codeName(code)}, injected by the fake's fault rules.` };
  }
}
