/**
 * google.protobuf.Duration in proto3 JSON: seconds with up to nine fractional digits and a trailing `s`
 * ("3.5s", "0.000000001s"). Used for wait's `timeout` and RetryInfo's `retryDelay`, by the client and
 * the fake alike. Negative durations are valid protobuf but meaningless for either use, so only the
 * non-negative form the spec's `Duration` schema allows is accepted, up to the largest Duration
 * (google/protobuf/duration.proto: seconds from -315,576,000,000 to +315,576,000,000, about 10,000 years).
 */

/** The largest `seconds` of a google.protobuf.Duration. */
export const MAX_DURATION_SECONDS = 315_576_000_000;

const DURATION = /^([0-9]{1,12})(?:\.([0-9]{1,9}))?s$/;

/** Milliseconds in a Duration string, or undefined when the string is not one. Sub-millisecond parts round up. */
export function parseDurationMs(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const seconds = Number(m[1]);
  if (seconds > MAX_DURATION_SECONDS) return undefined;
  const nanos = Number((m[2] ?? "").padEnd(9, "0"));
  return seconds * 1000 + Math.ceil(nanos / 1e6);
}

/** Whether a string is a well-formed Duration within the protobuf range. */
export function isDuration(text: string): boolean {
  const m = DURATION.exec(text);
  return m !== null && Number(m[1]) <= MAX_DURATION_SECONDS;
}

/**
 * The Duration string of a number of milliseconds, rounded to the nanosecond ("1500" → "1.5s"), or
 * undefined when it has none: negative, not finite, or past the largest Duration.
 */
export function durationOfMs(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  let seconds = Math.floor(ms / 1000);
  let nanos = Math.round((ms - seconds * 1000) * 1e6);
  // 999.9999999 ms rounds to a whole second: carry it, or "0.1000000000s" would lose a digit to the pad.
  if (nanos >= 1e9) {
    seconds += 1;
    nanos -= 1e9;
  } else if (nanos < 0) {
    // ms / 1000 can round up to the next whole number; borrow the second back.
    seconds -= 1;
    nanos += 1e9;
  }
  if (seconds > MAX_DURATION_SECONDS) return undefined;
  if (nanos === 0) return `${seconds}s`;
  return `${seconds}.${String(nanos).padStart(9, "0").replace(/0+$/, "")}s`;
}

/** A Duration string for a non-negative number of milliseconds ("1500" → "1.5s"); RangeError when it has none. */
export function formatDurationMs(ms: number): string {
  const text = durationOfMs(ms);
  if (text === undefined) throw new RangeError(`${ms} ms is not a Duration: expected 0 to ${MAX_DURATION_SECONDS} s`);
  return text;
}
