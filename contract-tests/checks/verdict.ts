/**
 * What a check can say. A check is a plain function making one assertion: it returns nothing when the
 * assertion holds, NOT_APPLICABLE when there is nothing to judge, a Note when it holds only in a tolerated way (a capability of the target), a Skip when
 * it does not apply, and throws a ContractViolation ("Received … / Documented …") when it fails.
 */
import type { Capabilities } from "../target.js";
import type { SchemaValidator } from "../schema-validator.js";
import type { SpecModel } from "../spec-model.js";

export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
  constructor(
    readonly summary: string,
    readonly received: string,
    readonly documented: string,
  ) {
    super(`${summary}\n  Received: ${received}\n  Documented: ${documented}`);
  }
}

/** Fails the current check, Schemathesis style. */
export function violation(summary: string, received: string, documented: string): never {
  throw new ContractViolation(summary, received, documented);
}

/** Passed, with something the reader should know (such as a 422 accepted from a non-strict target). */
export interface Note {
  note: string;
}
/** Did not apply; the reason is reported. */
export interface Skip {
  skip: string;
}
/** The check has nothing to judge here (an error-envelope check on a success): nothing is recorded. */
export const NOT_APPLICABLE = Symbol("not applicable");
export type CheckOutcome = void | Note | Skip | typeof NOT_APPLICABLE;

export const note = (text: string): Note => ({ note: text });
export const skip = (reason: string): Skip => ({ skip: reason });
export const isNote = (o: CheckOutcome): o is Note => typeof o === "object" && "note" in o;
export const isSkip = (o: CheckOutcome): o is Skip => typeof o === "object" && "skip" in o;

/** What checks may consult besides the exchange itself. */
export interface CheckContext {
  spec: SpecModel;
  schemas: SchemaValidator;
  capabilities: Capabilities;
  parent: string;
}

/** Short JSON for messages, cut at `max` characters. */
export function preview(value: unknown, max = 300): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text === undefined) return "(nothing)";
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
