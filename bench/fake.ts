/**
 * The fake's benchmarks, measured side by side in one run and printed as ratios:
 *   1. get and list (pageSize 50) requests per second, fake ÷ bare node:http (goal: get ≥ 0.9, list ≥ 0.6);
 *   2. RSS and page latency at 1,000 and 100,000 operations (goal: same page cost; RSS ≤ 300 MB);
 *   3. 1,000 concurrent cancels, distinct and of one operation (goal: each CANCELLED once, no error).
 *
 *   npm run bench:fake [-- --seconds 2] [-- --only throughput|scale|cancel]
 */
import { measureCancelRace } from "./fake/cancel-race.js";
import { measureScale } from "./fake/scale.js";
import { measureThroughput } from "./fake/throughput.js";

const i = process.argv.indexOf("--seconds");
const seconds = i >= 0 ? Number(process.argv[i + 1]) : 2;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
let failed = false;

if (!only || only === "throughput") {
console.log(`# Throughput (autocannon, 32 connections, ${seconds} s per run, 4 rounds alternating)`);
for (const r of await measureThroughput(seconds)) {
  const goal = r.method === "get" ? 0.9 : 0.6;
  const pass = r.ratio >= goal;
  failed ||= !pass;
  console.log(`${r.method.padEnd(5)} bare ${fmt(r.bareRps, 0)} req/s  fake ${fmt(r.fakeRps, 0)} req/s  ratio ${fmt(r.ratio)}  ${pass ? "ok" : `BELOW ${goal}`}`);
}

}

if (!only || only === "scale") {
console.log("\n# Store size (pageSize 50, median of sequential requests)");
const scale = await measureScale();
for (const r of scale) {
  console.log(
    `${String(r.operations).padStart(7)} ops  RSS ${fmt(r.rssMb, 0)} MB (store ~${fmt(r.storeMb, 0)} MB)  first page ${fmt(r.firstPageMs)} ms  middle page ${fmt(r.middlePageMs)} ms  filtered scan ${fmt(r.filteredScanMs)} ms`,
  );
}
const [small, large] = scale;
if (small && large) {
  const firstRatio = large.firstPageMs / small.firstPageMs;
  const middleRatio = large.middlePageMs / small.middlePageMs;
  const pass = middleRatio < 1.5 && firstRatio < 1.5 && large.rssMb <= 300;
  failed ||= !pass;
  console.log(`page cost 100k ÷ 1k: first ${fmt(firstRatio)}  middle ${fmt(middleRatio)}; RSS at 100k ${fmt(large.rssMb, 0)} MB ≤ 300 MB  ${pass ? "ok" : "FAIL"}`);
}

}

if (!only || only === "cancel") {
console.log("\n# Concurrent cancels");
for (const r of await measureCancelRace()) {
  const pass = r.failed === 0 && r.ok === r.requests && r.transitions === r.cancelledOps && r.cancelledOps === (r.scenario.includes("distinct") ? r.requests : 1);
  failed ||= !pass;
  console.log(`${r.scenario.padEnd(14)} ${r.ok}/${r.requests} answered {}  ${r.failed} failed  ${r.cancelledOps} CANCELLED  ${r.transitions} transitions  ${fmt(r.ms, 0)} ms  ${pass ? "ok" : "FAIL"}`);
}
}
process.exitCode = failed ? 1 : 0;
