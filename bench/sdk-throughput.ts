/**
 * Throughput and client CPU of get, list (one page of 50) and cancel against a local node:http server
 * (127.0.0.1, a child process): raw fetch, raw fetch again (the run's noise), raw fetch with the SDK's
 * headers, bare openapi-fetch, this SDK with default options (retries on), the SDK validating responses
 * and, for get, Google's AutoMlClient (REST transport). Sequential and 32 concurrent, measured side by
 * side in one run, with a pass or MISS marker for each goal of the SDK with default options: throughput
 * >= 0.95× raw fetch, client CPU per request (process.cpuUsage) <= 1.1× raw fetch's.
 *
 * The machine is shared, so the contenders take turns in short slices (bench/sdk/slices.ts): one request
 * each when sequential, 512 (16 per connection) at 32 in flight, in an order shuffled per round, so a
 * change in the machine's load falls on all of them alike. The rounds are spread over `--processes`
 * fresh processes run one after another, so no one process's JIT and heap decide the figures. A
 * contender's figure is the mean over its slices without its slowest 2%: a collection or a scheduler
 * pause lands on whichever contender runs at that moment, and would otherwise decide the mean. Raw fetch
 * measured twice ("again") shows how far apart two equal contenders land in the run.
 *
 *   npm run bench:sdk:throughput [-- --processes 4 --rounds 2500 --concurrent-rounds 40 --methods get,list,cancel --baseline DIR]
 *
 * `--rounds` and `--concurrent-rounds` are per process. `--baseline DIR` adds the SDK of another
 * checkout (DIR/src/index.ts) as a contender. `--only NAME` runs one contender alone, for a profile: the
 * measuring processes take node's flags from this one (`node --cpu-prof --import tsx
 * bench/sdk-throughput.ts --only …` writes a profile of each); its table has no ratios.
 */
import { spawn } from "node:child_process";
import type { Method } from "./sdk/contenders.js";
import { RAW, SDK } from "./sdk/contenders.js";
import type { SliceResults } from "./sdk/slices.js";

const argValue = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const PROCESSES = Math.max(1, Number(argValue("--processes") ?? 4));
const ROUNDS = Number(argValue("--rounds") ?? 2500);
const CONCURRENT_ROUNDS = Number(argValue("--concurrent-rounds") ?? 40);
const METHODS = (argValue("--methods") ?? "get,list,cancel").split(",") as Method[];
const BASELINE = argValue("--baseline");
const ONLY = argValue("--only");
const CONCURRENCY = 32;
/**
 * Requests in a concurrent slice: 16 per connection, so the start and the end of a slice, when fewer
 * than 32 are in flight, are a small part of it (at 4 per connection they were most of it, and the
 * figures were those of bursts).
 */
const CONCURRENT_SLICE = CONCURRENCY * 16;
/** The share of each contender's slowest slices left out of its mean. */
const TRIM = 0.02;
const GOAL_THROUGHPUT = 0.95;
const GOAL_CPU = 1.1;

async function startServer(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./sdk/operation-server.ts", import.meta.url).pathname, "--serve"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.stdout.on("data", (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  return { port, stop: () => child.stdin.end() };
}

/** One group's slices for one method and mode, pooled over PROCESSES processes run one after another. */
async function slices(port: number, method: Method, group: "main" | "google", concurrency: number): Promise<SliceResults> {
  const pooled: SliceResults = {};
  for (let p = 0; p < PROCESSES; p++) {
    const sequential = concurrency === 1;
    const args = ["--port", String(port), "--method", method, "--group", group, "--concurrency", String(concurrency)];
    args.push("--slice", String(sequential ? 1 : CONCURRENT_SLICE), "--rounds", String(sequential ? ROUNDS : CONCURRENT_ROUNDS));
    args.push("--seed", String(0x5eed + p));
    if (BASELINE !== undefined) args.push("--baseline", BASELINE);
    if (ONLY !== undefined) args.push("--only", ONLY);
    // The child runs with this process's node flags: tsx's loader, and --cpu-prof when profiling.
    const child = spawn(process.execPath, [...process.execArgv, new URL("./sdk/slices.ts", import.meta.url).pathname, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (code !== 0) throw new Error(`a measuring process (${group}, ${method}) exited with ${code}`);
    for (const [name, samples] of Object.entries(JSON.parse(out) as SliceResults)) (pooled[name] ??= []).push(...samples);
  }
  return pooled;
}

/** The mean of `values` without the largest `TRIM` share of them. */
function trimmedMean(values: number[]): number {
  const kept = [...values].sort((a, b) => a - b).slice(0, Math.max(1, Math.ceil(values.length * (1 - TRIM))));
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

const goals: string[] = [];
const mark = (ok: boolean) => (ok ? "pass" : "MISS");

/**
 * The rows of one group: each contender's throughput and CPU per request, and their ratios to the
 * group's raw fetch (whose own row is left out for the Google group: it is that group's yardstick).
 */
function rows(results: SliceResults, method: Method, mode: string, slice: number, rawRow: boolean): void {
  const figures = (samples: SliceResults[string]) => ({
    rate: slice / (trimmedMean(samples.map(([ms]) => ms)) / 1000),
    cpuUs: trimmedMean(samples.map(([, cpu]) => cpu)) / slice,
  });
  const raw = results[RAW] && figures(results[RAW]);
  for (const [name, samples] of Object.entries(results)) {
    if (name === RAW && !rawRow) continue;
    const { rate, cpuUs } = figures(samples);
    if (raw === undefined) {
      console.log(`  ${name.padEnd(28)} ${rate.toFixed(0).padStart(7)}   ${cpuUs.toFixed(0).padStart(5)} µs`);
      continue;
    }
    const rateRatio = rate / raw.rate;
    const cpuRatio = cpuUs / raw.cpuUs;
    const goal = name === SDK ? `   [${mark(rateRatio >= GOAL_THROUGHPUT)} ≥${GOAL_THROUGHPUT}× | ${mark(cpuRatio <= GOAL_CPU)} CPU ≤${GOAL_CPU}×]` : "";
    console.log(
      `  ${name.padEnd(28)} ${rate.toFixed(0).padStart(7)}   ${rateRatio.toFixed(3)}× raw   ${cpuUs.toFixed(0).padStart(5)} µs (${cpuRatio.toFixed(3)}× raw)${goal}`,
    );
    if (name === SDK) {
      goals.push(`  ${mark(rateRatio >= GOAL_THROUGHPUT)}  ${method} ${mode}: throughput ${rateRatio.toFixed(3)}× raw fetch (goal ≥ ${GOAL_THROUGHPUT}×)`);
      goals.push(`  ${mark(cpuRatio <= GOAL_CPU)}  ${method} ${mode}: client CPU ${cpuRatio.toFixed(3)}× raw fetch (goal ≤ ${GOAL_CPU}×)`);
    }
  }
}

async function measure(port: number, method: Method): Promise<void> {
  for (const [mode, concurrency] of [["sequential", 1], [`${CONCURRENCY} concurrent`, CONCURRENCY]] as const) {
    const main = await slices(port, method, "main", concurrency);
    const google = method === "get" && ONLY === undefined ? await slices(port, method, "google", concurrency) : {};
    const slice = concurrency === 1 ? 1 : CONCURRENT_SLICE;
    const rounds = concurrency === 1 ? ROUNDS : CONCURRENT_ROUNDS;
    console.log(`\n${method}, ${mode}: ${PROCESSES} processes × ${rounds} rounds × ${slice} request${slice === 1 ? "" : "s"} a slice, trimmed means`);
    console.log(`  ${"contender".padEnd(28)} ${"req/s".padStart(7)}   throughput   client CPU/req`);
    rows(main, method, mode, slice, true);
    rows(google, method, mode, slice, false);
  }
}

const server = await startServer();
try {
  for (const method of METHODS) await measure(server.port, method);
  if (goals.length) console.log(`\nGoals of the SDK with default options\n${goals.join("\n")}`);
} finally {
  server.stop();
}
