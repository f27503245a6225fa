/**
 * Memory and list latency with 1,000 and 100,000 stored operations. Unfiltered pages (pageSize 50)
 * are read near the start and near the middle of the listing, sequentially, each request at its own
 * position (a page token made for it) so that the fake's page cache never answers: what is timed is
 * the ordered index. A page must cost the same at both sizes.
 */
import { PageTokens } from "../../src/fake/page-token.js";
import { BENCH_PARENT, BENCH_TOKEN_SECRET } from "./bench-ops.js";
import { spawnServer } from "./spawn-server.js";

export interface ScaleResult {
  operations: number;
  rssMb: number;
  storeMb: number;
  firstPageMs: number;
  middlePageMs: number;
  /** A filter that matches one operation at the end: this scan is the documented exception. */
  filteredScanMs: number;
}

async function medianMs(urlOf: (i: number) => string, requests: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const url = urlOf(i);
    const started = performance.now();
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function measureScale(sizes = [1_000, 100_000], requests = 300): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  const tokens = new PageTokens(BENCH_TOKEN_SECRET);
  for (const operations of sizes) {
    const server = await spawnServer(["fake", "--ops", String(operations)]);
    try {
      const list = `${server.url}/v1beta1/${BENCH_PARENT}/operations?pageSize=50`;
      // Sequence numbers start at 1 in insertion order; request i starts just after position `from + i`.
      const at = (from: number) => (i: number) =>
        `${list}&pageToken=${tokens.encode({ parent: BENCH_PARENT, filter: "", afterSeq: from + (i % 500) })}`;
      const last = `OP${String(operations - 1).padStart(9, "0")}`;
      await medianMs(at(0), 50); // warm-up
      results.push({
        operations,
        rssMb: server.rss / 2 ** 20,
        storeMb: (server.rss - server.baseRss) / 2 ** 20,
        firstPageMs: await medianMs(at(0), requests),
        middlePageMs: await medianMs(at(Math.floor(operations / 2) - 250), requests),
        filteredScanMs: await medianMs(() => `${list}&filter=${encodeURIComponent(`operation_id=${last}`)}`, 20),
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}
