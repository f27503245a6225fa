/**
 * Throughput and client CPU of get, list (one page of 50) and cancel against a local node:http server
 * (127.0.0.1, a child process): raw fetch, bare openapi-fetch, this SDK with default options (retries
 * on), the SDK validating responses and, for get, Google's AutoMlClient (REST transport). Sequential and
 * 32 concurrent, measured side by side in one run, with a pass or MISS marker for each goal of the SDK
 * with default options: throughput >= 0.95× raw fetch, client CPU per request (process.cpuUsage) <=
 * 1.1× raw fetch's.
 *
 * The machine is shared, so every round runs one short slice of each contender, in an order shuffled per
 * round, and a ratio is the median over rounds of the contender's slice against raw fetch's slice of the
 * same round: a neighbour's burst slows the slices next to each other alike. Each slice starts after a
 * full garbage collection, so none pays for the garbage of the one before (with a fixed rotation each
 * contender always followed the same one). req/s and µs are medians over rounds.
 *
 *   npm run bench:sdk:throughput [-- --rounds 16 --requests 1000 --methods get,list,cancel --baseline DIR]
 *
 * `--requests` is per slice for get and cancel; list slices are a quarter of it (each page is ~50 times
 * the body). `--baseline DIR` adds the SDK of another checkout (DIR/src/index.ts) as a contender.
 * `--only NAME` runs one contender alone (for `node --cpu-prof`); its table has no ratios.
 */
import { spawn } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { contenders, loadBaseline, RAW, SDK, type Contender, type Method } from "./sdk/contenders.js";

const argValue = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROUNDS = Number(argValue("--rounds") ?? 16);
const REQUESTS = Number(argValue("--requests") ?? 1000);
const METHODS = (argValue("--methods") ?? "get,list,cancel").split(",") as Method[];
const BASELINE = argValue("--baseline");
const ONLY = argValue("--only");
const CONCURRENCY = 32;
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

/** Requests per second, and the client's own CPU time per request in µs (less sensitive to a busy machine). */
async function run(call: () => Promise<unknown>, requests: number, concurrency: number): Promise<{ rate: number; cpuUs: number }> {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async () => {
    while (next++ < requests) await call();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { rate: requests / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / requests };
}

// A full collection between slices, outside the measured time (node's --expose-gc, set from here
// because the bench runs under tsx).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** A seeded shuffle (mulberry32), so the orders are the same from run to run. */
let seed = 0x5eed;
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const goals: string[] = [];
const mark = (ok: boolean) => (ok ? "pass" : "MISS");

async function measure(method: Method, list: Contender[]): Promise<void> {
  const requests = method === "list" ? Math.max(1, Math.round(REQUESTS / 4)) : REQUESTS;
  for (const [, call] of list) await run(call, 200, 8); // warm-up: JIT, connections, validators
  for (const [mode, concurrency] of [["sequential", 1], [`${CONCURRENCY} concurrent`, CONCURRENCY]] as const) {
    const rates = new Map<string, number[]>(list.map(([name]) => [name, []]));
    const cpus = new Map<string, number[]>(list.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Short slices in a new order each round: a busy neighbour slows every contender alike.
      for (const [name, call] of shuffled(list)) {
        collectGarbage();
        const { rate, cpuUs } = await run(call, requests, concurrency);
        rates.get(name)!.push(rate);
        cpus.get(name)!.push(cpuUs);
      }
    }
    const raws = rates.get(RAW);
    const rawCpus = cpus.get(RAW);
    console.log(`\n${method}, ${mode}: ${ROUNDS} rounds × ${requests} requests each, medians`);
    console.log(`  ${"contender".padEnd(28)} ${"req/s".padStart(7)}   throughput   client CPU/req`);
    for (const [name] of list) {
      const rate = median(rates.get(name)!);
      const cpu = median(cpus.get(name)!);
      if (raws === undefined || rawCpus === undefined) {
        console.log(`  ${name.padEnd(28)} ${rate.toFixed(0).padStart(7)}   ${cpu.toFixed(0).padStart(5)} µs`);
        continue;
      }
      // Paired by round: each slice against raw fetch's slice of the same round.
      const rateRatio = median(rates.get(name)!.map((r, i) => r / raws[i]!));
      const cpuRatio = median(cpus.get(name)!.map((c, i) => c / rawCpus[i]!));
      const goal = name === SDK ? `   [${mark(rateRatio >= GOAL_THROUGHPUT)} ≥${GOAL_THROUGHPUT}× | ${mark(cpuRatio <= GOAL_CPU)} CPU ≤${GOAL_CPU}×]` : "";
      console.log(
        `  ${name.padEnd(28)} ${rate.toFixed(0).padStart(7)}   ${rateRatio.toFixed(2)}× raw    ${cpu.toFixed(0).padStart(5)} µs (${cpuRatio.toFixed(2)}× raw)${goal}`,
      );
      if (name === SDK) {
        goals.push(`  ${mark(rateRatio >= GOAL_THROUGHPUT)}  ${method} ${mode}: throughput ${rateRatio.toFixed(2)}× raw fetch (goal ≥ ${GOAL_THROUGHPUT}×)`);
        goals.push(`  ${mark(cpuRatio <= GOAL_CPU)}  ${method} ${mode}: client CPU ${cpuRatio.toFixed(2)}× raw fetch (goal ≤ ${GOAL_CPU}×)`);
      }
    }
  }
}

const server = await startServer();
try {
  const baseline = BASELINE ? await loadBaseline(BASELINE) : undefined;
  for (const method of METHODS) {
    const all = await contenders(method, server.port, baseline);
    await measure(method, ONLY ? all.filter(([name]) => name === ONLY) : all);
  }
  if (goals.length) console.log(`\nGoals of the SDK with default options\n${goals.join("\n")}`);
} finally {
  server.stop();
}
