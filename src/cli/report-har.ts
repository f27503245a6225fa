/**
 * A HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/) of every exchange of a run, the
 * SDK's included, so a failure can be opened in a browser's network panel. The token is redacted
 * wherever it occurs: headers, URLs, bodies, error messages.
 */
import type { WireRecord } from "../../contract-tests/transport.js";
import { redactDeep } from "../redact.js";
import { SDK_VERSION } from "../version.js";
import { stringifySafeJson } from "./escape.js";

interface HarNameValue {
  name: string;
  value: string;
}

/** One page for the whole run: Chrome's importer reads `log.pages`, and groups entries under it. */
const PAGE_ID = "conformance-run";

function headerList(headers: ReadonlyArray<[string, string]>): HarNameValue[] {
  return headers.map(([name, value]) => ({ name, value }));
}

function queryOf(url: string): HarNameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function headerValue(headers: ReadonlyArray<[string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function entryOf(record: WireRecord) {
  const requestBytes = record.requestBody === undefined ? 0 : Buffer.byteLength(record.requestBody);
  const responseBytes = Buffer.byteLength(record.responseBody);
  const time = Math.max(0, record.timeMs);
  return {
    pageref: PAGE_ID,
    startedDateTime: new Date(record.startedAt).toISOString(),
    time,
    request: {
      method: record.method,
      url: record.url,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: headerList(record.requestHeaders),
      queryString: queryOf(record.url),
      ...(record.requestBody !== undefined
        ? { postData: { mimeType: headerValue(record.requestHeaders, "content-type") ?? "", text: record.requestBody, params: [] } }
        : {}),
      headersSize: -1,
      bodySize: requestBytes,
    },
    response: {
      status: record.status,
      statusText: record.statusText,
      httpVersion: record.status === 0 ? "" : "HTTP/1.1",
      cookies: [],
      headers: headerList(record.responseHeaders),
      content: {
        size: responseBytes,
        mimeType: headerValue(record.responseHeaders, "content-type") ?? "x-unknown",
        text: record.responseBody,
      },
      redirectURL: headerValue(record.responseHeaders, "location") ?? "",
      headersSize: -1,
      bodySize: record.status === 0 ? -1 : responseBytes,
      // Chrome's own HAR export names a failed request's reason `_error`.
      ...(record.error !== undefined ? { _error: record.error } : {}),
    },
    cache: {},
    // Only the whole exchange is measured: it is all wait (HAR 1.2 requires send, wait and receive).
    timings: { send: 0, wait: time, receive: 0 },
    ...(record.error !== undefined ? { comment: record.error } : {}),
  };
}

/** The HAR document of `records`, redacted of `secrets`, entries in the order they were sent. */
export function buildHar(records: readonly WireRecord[], options: { title: string; startedAt: Date; secrets: Iterable<string> }) {
  const entries = [...records].sort((a, b) => a.startedAt - b.startedAt).map(entryOf);
  const har = {
    log: {
      version: "1.2",
      creator: { name: "automl-ops-kit", version: SDK_VERSION },
      pages: [{ startedDateTime: options.startedAt.toISOString(), id: PAGE_ID, title: options.title, pageTimings: {} }],
      entries,
    },
  };
  return redactDeep(har, options.secrets);
}

/** The HAR document as JSON text. */
export function formatHar(records: readonly WireRecord[], options: { title: string; startedAt: Date; secrets: Iterable<string> }): string {
  return stringifySafeJson(buildHar(records, options), 2) + "\n";
}
