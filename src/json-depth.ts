/**
 * How deep a JSON text nests, checked before anything walks the parsed value. `JSON.parse` itself takes
 * 100,000 nested arrays, but `JSON.stringify`, a validator or any recursive walk of the result then
 * overflows the stack (a RangeError, pitfalls 21). The limit is protobuf's default recursion limit (100),
 * which Google's JSON parsers apply to these messages too, and the fake's limit on request bodies.
 */
import { ResponseTooDeepError, type RequestTarget } from "./errors.js";

/** Deepest nesting of arrays and objects accepted in an answer (`{}` is depth 1). */
export const MAX_JSON_DEPTH = 100;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * The depth of `text`'s nesting once it passes `limit` (so the scan stops early), else 0 or the depth.
 * Strings are skipped with `indexOf`, so the loop visits about one character per token: on a list page
 * of this API it costs a few microseconds. Text too short to nest past the limit is not scanned.
 */
export function jsonDepthPast(text: string, limit: number = MAX_JSON_DEPTH): number {
  // Nesting past `limit` needs more than `limit` openers and as many closers.
  if (text.length <= 2 * limit) return 0;
  let depth = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return 0;
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return depth;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return 0;
}

/** Throws ResponseTooDeepError when `text` nests past `limit`. */
export function checkJsonDepth(text: string, target: RequestTarget, limit: number = MAX_JSON_DEPTH): void {
  if (jsonDepthPast(text, limit) > limit) throw new ResponseTooDeepError(target, limit);
}

/** Whether a parsed value nests past `limit`; the walk stops there, so it never goes deep itself. */
function valueDepthPast(value: unknown, limit: number, depth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth >= limit) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (valueDepthPast(child, limit, depth + 1)) return true;
  }
  return false;
}

/** Throws ResponseTooDeepError when an already parsed value (openapi-fetch's error body) nests past `limit`. */
export function checkValueDepth(value: unknown, target: RequestTarget, limit: number = MAX_JSON_DEPTH): void {
  if (valueDepthPast(value, limit, 0)) throw new ResponseTooDeepError(target, limit);
}
