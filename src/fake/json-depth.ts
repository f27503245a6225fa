/**
 * Nesting limits for untrusted JSON. V8's JSON.parse, JSON.stringify and any recursive walk (ajv's
 * validators, error messages that quote a value) overflow the stack somewhere past 4,000 levels, which
 * surfaced as a 500 "Maximum call stack size exceeded". Protobuf's JSON parsers stop at 100 levels
 * (the default recursion limit of protobuf's parsers), so the fake refuses anything deeper, before
 * building or walking it.
 */

import { MAX_JSON_DEPTH } from "../json-depth.js";

/** The deepest nesting of arrays and objects accepted in a body, a seed or a state file: the SDK's own limit. */
export { MAX_JSON_DEPTH };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text nests arrays and objects deeper than `max`. A single pass over the bytes
 * that skips strings; the text need not be valid JSON (parsing comes after, and reports its own errors).
 */
export function jsonTextTooDeep(text: Uint8Array, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * True when a value built in code nests arrays and objects deeper than `max`. Iterative, so it is
 * safe on values that would overflow a recursive walk; a cycle is reported as too deep, since each
 * turn around it goes one level deeper.
 */
export function valueTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}
