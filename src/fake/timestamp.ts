/**
 * google.protobuf.Timestamp in proto3 JSON, for the fake's operations. (Durations are read by the
 * client's own src/duration.ts, so the fake and the client parse "3.5s" the same way.)
 */

/** The range of google.protobuf.Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z. */
export const MIN_TIMESTAMP_MS = Date.parse("0001-01-01T00:00:00Z");
export const MAX_TIMESTAMP_MS = Date.parse("9999-12-31T23:59:59.999Z");

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
