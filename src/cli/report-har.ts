/**
 * A HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/) of every exchange of a run, the
 * SDK's included, so a failure can be opened in a browser's network panel: a page per scenario, and on
 * each entry the checks that judged it (`_checks`, `_failedChecks`). The token is redacted wherever it
 * occurs: headers, URLs, bodies, error messages.
 */
import type { WireRecord } from "../../contract-tests/transport.js";
import { redactDeep } from "../redact.js";
import { SDK_VERSION } from "../version.js";
import { stringifySafeJson } from "./escape.js";

interface HarNameValue {
  name: string;
  value: string;
}

/**
 * One page per scenario (`id` = the scenario's id), so a viewer groups the run by scenario (Chrome's
 * importer reads `log.pages` and groups entries under their `pageref`); requests outside any scenario
 * (the preflight's probe) sit on a page of the run's own.
 */
export const RUN_PAGE_ID = "conformance-run";

/** What the HAR is of. */
export interface HarOptions {
  title: string;
  startedAt: Date;
  secrets: Iterable<string>;
  /** Page titles by scenario id (the scenario's title). @default the scenario id */
  scenarioTitles?: ReadonlyMap<string, string>;
}

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
    pageref: record.scenario ?? RUN_PAGE_ID,
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
    // Custom fields start with "_" (HAR 1.2): the checks that judged this exchange, and those it failed.
    _checks: record.checks ?? [],
    ...(record.failedChecks ? { _failedChecks: record.failedChecks } : {}),
  };
}

/** A page per scenario in the order the scenarios first sent, and the run's page first when it has entries. */
function pagesOf(sorted: readonly WireRecord[], options: HarOptions) {
  const firsts = new Map<string, number>();
  for (const record of sorted) {
    const id = record.scenario ?? RUN_PAGE_ID;
    if (!firsts.has(id)) firsts.set(id, record.startedAt);
  }
  if (firsts.size === 0) firsts.set(RUN_PAGE_ID, options.startedAt.getTime());
  return [...firsts].map(([id, at]) => ({
    startedDateTime: new Date(at).toISOString(),
    id,
    title: id === RUN_PAGE_ID ? options.title : (options.scenarioTitles?.get(id) ?? id),
    pageTimings: {},
  }));
}

/** The HAR document of `records`, redacted of `secrets`, entries in the order they were sent. */
export function buildHar(records: readonly WireRecord[], options: HarOptions) {
  const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt);
  const har = {
    log: {
      version: "1.2",
      creator: { name: "automl-ops-kit", version: SDK_VERSION },
      pages: pagesOf(sorted, options),
      entries: sorted.map(entryOf),
    },
  };
  return redactDeep(har, options.secrets);
}

/** The HAR document as JSON text. */
export function formatHar(records: readonly WireRecord[], options: HarOptions): string {
  return stringifySafeJson(buildHar(records, options), 2) + "\n";
}
