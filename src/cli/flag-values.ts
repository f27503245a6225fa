/**
 * Values of flags that have a grammar: durations (`--timeout 30s`) and extra headers
 * (`-H x-goog-user-project:my-project`). Each problem is a UsageError that names the flag.
 */
import { UsageError } from "./usage-error.js";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
/** Longer than any run should take; beyond it a typo (`--timeout 15000` meant as ms) is more likely. */
const MAX_DURATION_MS = 24 * 3_600_000;

/**
 * A duration such as `500ms`, `15s`, `2m` or `1h`, in ms; a bare number is seconds (`--timeout 30`).
 * Must be above zero and at most 24 hours.
 */
export function parseDuration(flag: string, text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) {
    throw new UsageError(`--${flag} must be a duration such as 500ms, 15s or 2m; got ${JSON.stringify(text)}`);
  }
  const ms = Number(match[1]) * UNIT_MS[match[2] ?? "s"]!;
  if (!(ms > 0) || ms > MAX_DURATION_MS) {
    throw new UsageError(`--${flag} must be above 0 and at most 24h; got ${JSON.stringify(text)}`);
  }
  return ms;
}

/** RFC 9110 §5.1: a field name is a token. */
const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** RFC 9110 §5.5: a field value holds no CR, LF or NUL (nor other controls but tab). */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Carried by the token flags, which guard and redact it; a header given here would be neither. */
const TOKEN_HEADERS = new Set(["authorization", "proxy-authorization"]);

/** Parses `NAME:VALUE` items of -H/--header into a header record (names in lower case). */
export function parseHeaders(items: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const item of items) {
    const colon = item.indexOf(":");
    if (colon <= 0) throw new UsageError(`--header must be NAME:VALUE, such as x-goog-user-project:my-project; got ${JSON.stringify(item)}`);
    const name = item.slice(0, colon).trim().toLowerCase();
    const value = item.slice(colon + 1).trim();
    if (!FIELD_NAME.test(name)) throw new UsageError(`--header name ${JSON.stringify(name)} is not a valid header name`);
    if (TOKEN_HEADERS.has(name)) {
      throw new UsageError(`--header ${name} is refused: give the token with --token or --token-command, which keep it out of every report`);
    }
    if (!FIELD_VALUE.test(value)) {
      throw new UsageError(`--header ${name}: the value holds a line break or control character, which a header cannot carry`);
    }
    if (Object.hasOwn(headers, name)) throw new UsageError(`--header ${name} is given twice`);
    headers[name] = value;
  }
  return headers;
}

/** An integer flag within [min, max]. */
export function parseInteger(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${flag} must be an integer from ${min} to ${max}; got ${JSON.stringify(text)}`);
  }
  return n;
}
