/**
 * Memory and list latency with 1,000 and 100,000 stored operations. The unfiltered page (pageSize 50)
 * is read at the start and at the middle of the listing (a page token pointing halfway), sequentially;
 * a page must cost the same at both sizes, since the store keeps an ordered index and never scans.
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

async function medianMs(url: string, requests: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
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
      // Sequence numbers start at 1 in insertion order, so halfway is operations / 2.
      const middle = tokens.encode({ parent: BENCH_PARENT, filter: "", afterSeq: Math.floor(operations / 2) });
      const last = `OP${String(operations - 1).padStart(9, "0")}`;
      await medianMs(list, 50); // warm-up
      results.push({
        operations,
        rssMb: server.rss / 2 ** 20,
        storeMb: (server.rss - server.baseRss) / 2 ** 20,
        firstPageMs: await medianMs(list, requests),
        middlePageMs: await medianMs(`${list}&pageToken=${middle}`, requests),
        filteredScanMs: await medianMs(`${list}&filter=${encodeURIComponent(`operation_id=${last}`)}`, 20),
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}
