/**
 * google.protobuf.Duration in proto3 JSON: seconds with up to nine fractional digits and a trailing `s`
 * ("3.5s", "0.000000001s"). Used for wait's `timeout` and RetryInfo's `retryDelay`, by the client and
 * the fake alike. Negative durations are valid protobuf but meaningless for either use, so only the
 * non-negative form the spec's `Duration` schema allows is accepted.
 */

const DURATION = /^([0-9]{1,12})(?:\.([0-9]{1,9}))?s$/;

/** Milliseconds in a Duration string, or undefined when the string is not one. Sub-millisecond parts round up. */
export function parseDurationMs(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const nanos = Number((m[2] ?? "").padEnd(9, "0"));
  return Number(m[1]) * 1000 + Math.ceil(nanos / 1e6);
}

/** Whether a string is a well-formed Duration. */
export function isDuration(text: string): boolean {
  return DURATION.test(text);
}

/** A Duration string for a non-negative number of milliseconds ("1500" → "1.5s"). */
export function formatDurationMs(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const nanos = Math.round((ms - whole * 1000) * 1e6);
  if (nanos === 0) return `${whole}s`;
  return `${whole}.${String(nanos).padStart(9, "0").replace(/0+$/, "")}s`;
}
