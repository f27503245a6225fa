/**
 * google.protobuf.Duration in proto3 JSON: decimal seconds with up to nine fractional digits and a
 * trailing `s` ("3.5s", "0.000000001s"). Negative durations are valid protobuf but meaningless as a
 * wait timeout, so the fake accepts only the non-negative form the spec's `Duration` schema allows.
 */

const DURATION = /^([0-9]{1,12})(?:\.([0-9]{1,9}))?s$/;

/** Milliseconds of a Duration string, or undefined when it is not one. Sub-millisecond parts round up. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]);
  const fraction = match[2] ?? "";
  const nanos = Number(fraction.padEnd(9, "0"));
  return seconds * 1000 + Math.ceil(nanos / 1e6);
}

/** A Duration string for a number of milliseconds ("1.5s", "2s"). */
export function formatDuration(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const rest = Math.round(ms - whole * 1000);
  return rest === 0 ? `${whole}s` : `${whole}.${String(rest).padStart(3, "0").replace(/0+$/, "")}s`;
}

/** RFC 3339 in UTC with `Z` and millisecond precision, as proto3 JSON writes a Timestamp. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Milliseconds of an RFC 3339 UTC timestamp, or undefined when it is not one. */
export function parseTimestamp(text: string): number | undefined {
  if (!TIMESTAMP.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
